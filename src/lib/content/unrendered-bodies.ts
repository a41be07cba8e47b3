/**
 * Markdown entries with a body but no rendering at all. Astro's glob loader
 * catches a renderer's error (a body nested deeper than Sätteri builds,
 * src/lib/markdown/nesting.ts, or whatever a later version refuses), logs
 * one English line and keeps the entry with `rendered` unset: the page would
 * publish with an empty article. (A body that renders to nothing, such as
 * one HTML comment, has `rendered` with empty HTML, and is no mistake.) `npm run check` refuses what it knows
 * of; this catches the rest, and a build run without the check.
 * MDX entries have no `rendered` (they compile to a component), so only
 * Markdown files are judged.
 */
export interface EntryBody {
  filePath?: string | undefined;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

export function unrenderedBodies(entries: readonly EntryBody[]): string[] {
  return entries
    .filter((e) => e.filePath?.endsWith('.md') && e.body?.trim() && e.rendered === undefined)
    .map((e) => e.filePath!);
}
