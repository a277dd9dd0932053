/**
 * The public status page: one plain HTML document, French and English side by side, readable
 * on a phone (no script, no external resource), saying when it was last updated. Every
 * service name is escaped; nothing but names, statuses and times is shown.
 */
import type { ServiceStatus, StatusList } from "./status-list.js";

const LABELS: Record<ServiceStatus, { fr: string; en: string; mark: string }> = {
  reopened: { fr: "Rouvert", en: "Reopened", mark: "✓" },
  closed: { fr: "Fermé", en: "Closed", mark: "✕" },
  inspection: { fr: "En vérification", en: "Under inspection", mark: "…" },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function when(iso: string): string {
  return escapeHtml(iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC"));
}

export function statusHtml(list: StatusList): string {
  const count = (s: ServiceStatus) =>
    `<li class="${s}"><strong>${list.counts[s]}</strong> <span lang="fr">${LABELS[s].fr}</span> / <span lang="en">${LABELS[s].en}</span></li>`;
  const rows = list.services
    .map(
      (s) =>
        `<tr class="${s.status}"><td>${escapeHtml(s.name)}</td><td>${LABELS[s.status].mark} <span lang="fr">${LABELS[s.status].fr}</span> / <span lang="en">${LABELS[s.status].en}</span></td><td>${when(s.since)}</td></tr>`,
    )
    .join("\n");
  const empty = `<p><span lang="fr">Aucun service public n'est touché.</span> / <span lang="en">No public service is affected.</span></p>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>État des services / Service status</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;line-height:1.4;color:#111}
h1{font-size:1.4rem}ul.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
ul.counts li{border:1px solid #999;border-radius:.4rem;padding:.5rem .8rem}
table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}
@media (max-width:32rem){thead{display:none}tr{display:block;border-bottom:1px solid #ccc;padding:.3rem 0}td{display:block;border:0;padding:.1rem .4rem}}
</style>
</head>
<body>
<h1><span lang="fr">État des services publics</span> / <span lang="en">Public service status</span></h1>
<p><span lang="fr">Mis à jour le</span> / <span lang="en">Updated</span>: <time datetime="${escapeHtml(list.updatedAt)}">${when(list.updatedAt)}</time></p>
<ul class="counts">
${count("reopened")}
${count("closed")}
${count("inspection")}
</ul>
${
  list.services.length === 0
    ? empty
    : `<table>
<thead><tr><th><span lang="fr">Service</span> / <span lang="en">Service</span></th><th><span lang="fr">État</span> / <span lang="en">Status</span></th><th><span lang="fr">Depuis</span> / <span lang="en">Since</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
</body>
</html>
`;
}
