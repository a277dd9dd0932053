/**
 * ECharts, loaded on first use (its own chunk) with only the line and bar charts, so pages
 * without a chart never download it. Colours come from the theme's CSS variables; the data
 * is also given as a table for screen readers (the canvas alone says nothing).
 */
import { useEffect, useRef } from "react";

export interface Series {
  name: string;
  values: number[];
  kind: "line" | "bar";
  /** A CSS variable name for the colour (severity colours only where the series is a severity). */
  color: string;
}

export interface ChartProps {
  label: string;
  categories: string[];
  series: Series[];
  height?: number;
  /** Formats axis and tooltip numbers for the locale. */
  format?: (n: number) => string;
}

const loadEcharts = () => import("./echarts-setup");

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

export function Chart(props: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadEcharts().then((echarts) => {
      if (disposed || !host.current) return;
      const chart = echarts.init(host.current, null, { renderer: "svg" });
      const text = cssVar("--fg-muted");
      chart.setOption({
        animation: false,
        textStyle: { color: text },
        grid: { left: 48, right: 16, top: 32, bottom: 28 },
        legend: { top: 0, textStyle: { color: text } },
        tooltip: {
          trigger: "axis",
          ...(props.format && {
            valueFormatter: (v: unknown) =>
              typeof v === "number" && props.format ? props.format(v) : String(v),
          }),
        },
        xAxis: {
          type: "category",
          data: props.categories,
          axisLabel: { color: text },
        },
        yAxis: {
          type: "value",
          axisLabel: { color: text },
          splitLine: { lineStyle: { color: cssVar("--border") } },
        },
        series: props.series.map((s) => ({
          name: s.name,
          type: s.kind,
          data: s.values,
          color: cssVar(s.color),
          showSymbol: false,
        })),
      });
      const onResize = () => chart.resize();
      window.addEventListener("resize", onResize);
      dispose = () => {
        window.removeEventListener("resize", onResize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [props.categories, props.series, props.format]);
  return (
    <figure className="chart">
      <div ref={host} style={{ height: props.height ?? 240 }} aria-hidden="true" data-chart="echarts" />
      <table className="sr-only">
        <caption>{props.label}</caption>
        <thead>
          <tr>
            <th scope="col">{props.label}</th>
            {props.series.map((s) => (
              <th scope="col" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.categories.map((c, i) => (
            <tr key={c}>
              <th scope="row" translate="no">
                {c}
              </th>
              {props.series.map((s) => (
                <td key={s.name} translate="no">
                  {s.values[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="sr-only">{props.label}</figcaption>
    </figure>
  );
}
