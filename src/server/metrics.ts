/**
 * Prometheus metrics in the text exposition format
 * (https://prometheus.io/docs/instrumenting/exposition_formats/): request counts and
 * duration histograms by method, route and status, and the upload queue depth.
 */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

export class Metrics {
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${labelValue(route)}",status="${status}"`;
    let s = this.series.get(key);
    if (!s) {
      s = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.series.set(key, s);
    }
    s.count++;
    s.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++)
      if (seconds <= (BUCKETS[i] ?? 0)) s.buckets[i] = (s.buckets[i] ?? 0) + 1;
  }

  render(gauges: Record<string, { help: string; value: number }>): string {
    const lines: string[] = [
      "# HELP needle_http_requests_total HTTP requests by method, route and status.",
      "# TYPE needle_http_requests_total counter",
    ];
    const keys = [...this.series.keys()].sort();
    for (const key of keys)
      lines.push(`needle_http_requests_total{${key}} ${this.series.get(key)?.count ?? 0}`);
    lines.push(
      "# HELP needle_http_request_duration_seconds HTTP request durations.",
      "# TYPE needle_http_request_duration_seconds histogram",
    );
    for (const key of keys) {
      const s = this.series.get(key);
      if (!s) continue;
      BUCKETS.forEach((le, i) => {
        lines.push(`needle_http_request_duration_seconds_bucket{${key},le="${le}"} ${s.buckets[i] ?? 0}`);
      });
      lines.push(`needle_http_request_duration_seconds_bucket{${key},le="+Inf"} ${s.count}`);
      lines.push(`needle_http_request_duration_seconds_sum{${key}} ${s.sum}`);
      lines.push(`needle_http_request_duration_seconds_count{${key}} ${s.count}`);
    }
    for (const [name, g] of Object.entries(gauges).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${g.value}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

function labelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
