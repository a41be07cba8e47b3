/**
 * Ranges exceljs fills cell by cell as it loads a workbook, counted before it
 * does. A merge makes an object of every cell it covers, and each merge is
 * compared with every earlier one; a defined name (名称) gets an entry for
 * every cell it names. A few kilobytes can so ask for billions of cells: one
 * merge or name over the whole sheet (`A1:XFD1048576`), or 60,000 merges,
 * and the import ran out of memory or never ended. A real form merges its
 * title, headers and a region down its rows: a few hundred merges at most.
 */
import type JSZip from 'jszip';

export interface RangeLimits {
  /** Merges in all worksheets together. */
  merges: number;
  /** Cells covered by merges, all worksheets together (a whole-row title, A1:XFD1, is 16,384). */
  mergedCells: number;
  /** Cells named by defined names together. */
  namedCells: number;
}

export const RANGE_LIMITS: RangeLimits = { merges: 2000, mergedCells: 200_000, namedCells: 200_000 };

export type RangeCheck =
  | { ok: true }
  | { ok: false; reason: 'merges'; count: number }
  | { ok: false; reason: 'merged-cells'; largest: string }
  | { ok: false; reason: 'named-cells'; name: string; largest: string };

/** `A1`, `$XFD$1048576`: a column's letters and a row's digits, `$` or not. */
const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/**
 * The cells in `ref` (`A2:B9`, `$A$1`), as exceljs counts them whichever
 * corner comes first; a ref that is not one or two cells is counted as
 * endless, so that nothing passes that exceljs may read in some other way.
 */
export function cellsIn(ref: string): number {
  const corners = ref.trim().split(':');
  const [first, last = first] = corners.map((corner) => CELL.exec(corner));
  if (corners.length > 2 || !first || !last) return Infinity;
  const rows = Math.abs(Number(last[2]) - Number(first[2])) + 1;
  const columns = Math.abs(columnNumber(last[1] ?? '') - columnNumber(first[1] ?? '')) + 1;
  return rows * columns;
}

/**
 * Every `<mergeCell ref="…">`, with a namespace prefix too (which exceljs
 * passes over: counting it is safe). Written to scan once, whatever the file:
 * a value ends at its quote or at a `<`, which no attribute may hold.
 */
const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^<>]*?\sref\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
/** Where each defined name starts (not `<definedNames`), and its name (`name="…"`) in the tag. */
const DEFINED_NAME = /<(?:[\w.-]+:)?definedName\b/;
const NAME_ATTRIBUTE = /\sname\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/;
const NAME_END = /<\/(?:[\w.-]+:)?definedName\s*>/;
/** Markup within a name's text, which the XML parser leaves out: comments, CDATA, tags. */
const MARKUP = /<[^<>]*>?/g;
/** The cells or ranges a name's formula refers to (`Sheet1!$A$1:$B$2,Sheet1!$D$4`), with or without `$`. */
const REFERENCE = /(?<![\w$])\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text as the XML parser gives it: `&#36;A&#36;1` is `$A$1`. */
function unescapeXml(text: string): string {
  return text.replace(/&(?:#(x[0-9a-f]+|\d+)|(\w+));/gi, (entity, code: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name] ?? entity;
    const point = Number(code?.[0]?.toLowerCase() === 'x' ? `0${code}` : code);
    return point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });
}

function checkMerges(sheets: readonly string[], limits: RangeLimits): RangeCheck {
  let count = 0;
  let cells = 0;
  let largest = { cells: 0, ref: '' };
  for (const xml of sheets)
    for (const [, double, single] of xml.matchAll(MERGE)) {
      const ref = unescapeXml(double ?? single ?? '');
      const size = cellsIn(ref);
      count += 1;
      cells += size;
      if (size > largest.cells) largest = { cells: size, ref };
    }
  if (count > limits.merges) return { ok: false, reason: 'merges', count };
  if (cells > limits.mergedCells) return { ok: false, reason: 'merged-cells', largest: largest.ref };
  return { ok: true };
}

function checkNames(workbook: string, limits: RangeLimits): RangeCheck {
  let cells = 0;
  let largest = { cells: 0, ref: '', name: '' };
  for (const element of workbook.split(DEFINED_NAME).slice(1)) {
    const tagEnd = element.indexOf('>');
    const [, double, single] = NAME_ATTRIBUTE.exec(element.slice(0, tagEnd)) ?? [];
    const end = element.search(NAME_END);
    const text = unescapeXml(element.slice(tagEnd + 1, end < 0 ? undefined : end).replace(MARKUP, ''));
    for (const [ref] of text.matchAll(REFERENCE)) {
      const size = cellsIn(ref);
      cells += size;
      if (size > largest.cells) largest = { cells: size, ref, name: unescapeXml(double ?? single ?? '') };
    }
  }
  if (cells > limits.namedCells) return { ok: false, reason: 'named-cells', name: largest.name, largest: largest.ref };
  return { ok: true };
}

/**
 * Whether the merges and defined names of the workbook `zip` stay within
 * `limits`. It takes the zip checkInflatedSize opened: the parts read here
 * are then known to be small.
 */
export async function checkRanges(zip: JSZip, limits: RangeLimits = RANGE_LIMITS): Promise<RangeCheck> {
  // The parts exceljs reads as worksheets and as the workbook, found by its own tests of their names.
  const parts = (test: (name: string) => boolean) =>
    Promise.all(
      Object.values(zip.files)
        .filter((entry) => !entry.dir && test(entry.name.replace(/^\//, '')))
        .map((entry) => entry.async('string')),
    );
  const merges = checkMerges(await parts((name) => /xl\/worksheets\/sheet(\d+)[.]xml/.test(name)), limits);
  if (!merges.ok) return merges;
  return checkNames((await parts((name) => name === 'xl/workbook.xml')).join(''), limits);
}
