/**
 * Whether a workbook stays within what exceljs can safely hold once its parts
 * are inflated, measured before exceljs reads it. A city's spreadsheet is
 * untrusted (it comes by e-mail; an editor's account may be taken over), and a
 * 1 MB .xlsx can inflate to gigabytes of rows: exceljs holds the whole
 * workbook in memory, and ran out of it. Sizes are counted as the parts
 * inflate, through jszip as exceljs opens the file, so a zip header that
 * lies about sizes changes nothing, and inflating stops soon after a limit.
 */
import JSZip from 'jszip';

const MB = 1024 * 1024;

export interface InflatedLimits {
  /** All parts exceljs parses into cells, styles, strings (everything but pictures), together. */
  parsed: number;
  /** Pictures (`xl/media/`), which exceljs keeps as bytes: a poster pasted in is fine. */
  pictures: number;
}

/**
 * A city's event list or the Ministry's form inflates to well under 1 MB.
 * exceljs takes about 45 times a workbook's XML in memory at worst (10 MB of
 * one-cell rows peaked at 470 MB, 25 MB at 850 MB), so 10 MB keeps an import
 * under half a gigabyte while leaving ten times the largest real list.
 */
export const INFLATED_LIMITS: InflatedLimits = { parsed: 10 * MB, pictures: 50 * MB };

/** exceljs's own test for parts it keeps as bytes. */
const isPicture = (name: string) => /xl\/media\//.test(name);

/** When within the limits, the opened zip, for the checks that read its parts next (xlsx-ranges.ts). */
export type InflatedSize =
  { ok: true; zip: JSZip } | { ok: false; reason: 'not-a-zip' } | { ok: false; reason: 'too-large'; limitMb: number };

/** Inflates `entry` and counts its bytes, stopping as soon as they pass `budget`; resolves with the count. */
function inflatedBytes(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        // Nothing reads on: jszip stops inflating once its output is not taken.
        stream.removeAllListeners('data');
        stream.pause();
        resolve(count);
      }
    });
    stream.on('end', () => resolve(count));
    stream.on('error', reject);
  });
}

export async function checkInflatedSize(bytes: Uint8Array, limits: InflatedLimits = INFLATED_LIMITS): Promise<InflatedSize> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: 'not-a-zip' };
  }
  const left = { ...limits };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const kind = isPicture(entry.name) ? 'pictures' : 'parsed';
    let size: number;
    try {
      size = await inflatedBytes(entry, left[kind]);
    } catch {
      // A part that does not inflate: exceljs will say so in its own way, and readXlsx in Chinese.
      return { ok: false, reason: 'not-a-zip' };
    }
    left[kind] -= size;
    if (left[kind] < 0) return { ok: false, reason: 'too-large', limitMb: limits[kind] / MB };
  }
  return { ok: true, zip };
}
