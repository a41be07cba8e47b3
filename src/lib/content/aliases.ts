/**
 * The old addresses of an entry (`aliases` in its front matter), after
 * Hugo's field of the same name: an entry renamed or moved keeps the
 * address media printed, and the build writes a page there that sends the
 * reader on (src/pages/[...alias]/index.html.ts). An alias is a path on
 * this site from its root, as editors write links: `/learners/lin-zhenbang/`,
 * without the base path the build puts in front (its rule: alias-path.ts).
 */

/** The aliases of an entry's front matter as the schema gives them (`aliases` is optional). */
export function aliasesOf(data: Record<string, unknown>): readonly string[] {
  return Array.isArray(data.aliases) ? (data.aliases as string[]) : [];
}
