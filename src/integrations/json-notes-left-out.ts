/** Vite's plugin shape, as far as this one needs it (astro.config.mjs hands it to Vite). */
interface JsonPlugin {
  name: string;
  enforce: 'pre';
  transform: (code: string, id: string) => { code: string; map: null } | null;
}

/**
 * The data files under src/ carry `about` notes for the people who edit them
 * (query-fillers.json, miswritten.json: what a list is for and why). A page's
 * script that imports such a file would ship the notes to every reader: 1.7 KB
 * gzip of the search page's script, close to the budget of 20 KB. They are
 * left out, at any depth, of the JSON Vite bundles; Node, the commands and the
 * tests read the files whole. The plugin runs before Vite's own JSON plugin:
 * the file's data as it is, less its notes.
 */
export function jsonNotesPlugin(): JsonPlugin {
  return {
    name: 'learning-week:json-notes-left-out',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.json') || !file.includes('/src/')) return null;
      return { code: JSON.stringify(withoutNotes(JSON.parse(code))), map: null };
    },
  };
}

/** `value` with every object's `about` note dropped. */
export function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, note]) => !(key === 'about' && typeof note === 'string'))
      .map(([key, inner]) => [key, withoutNotes(inner)]),
  );
}
