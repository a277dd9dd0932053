/**
 * The French-mode check: every visible text node must come from the French dictionary (a
 * message, or a piece of one around its `{placeholders}`), or be data the page marks
 * `translate="no"` (names, paths, versions), a <time>, or carry no letters at all.
 */
import type { Page } from "playwright-core";
import { z } from "zod";

// Runs in the page. Kept as script text because this project's TypeScript has no DOM types.
const SCRIPT = `(messages) => {
  const allowed = new Set();
  for (const m of messages) {
    allowed.add(m.trim());
    for (const piece of m.split(/\\{\\w+\\}/)) if (piece.trim()) allowed.add(piece.trim());
  }
  const escape = (s) => s.replace(/[.*+?^$()|[\\]\\\\]/g, "\\\\$&");
  const patterns = messages
    .filter((m) => m.includes("{"))
    .map((m) => new RegExp("^" + escape(m.trim()).replace(/\\{\\w+\\}/g, ".+?") + "$", "s"));
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || "").trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    if (parent.closest('[translate="no"], time, script, style, [data-chart], .brand')) continue;
    if (!/\\p{L}/u.test(text)) continue;
    if (allowed.has(text) || patterns.some((p) => p.test(text))) continue;
    out.push(text);
  }
  return out;
}`;

/** Text nodes that are not translated UI text: what the page shows outside the dictionary. */
export async function strayTexts(page: Page, messages: readonly string[]): Promise<string[]> {
  const result: unknown = await page.evaluate(`(${SCRIPT})(${JSON.stringify(messages)})`);
  return z.array(z.string()).parse(result);
}
