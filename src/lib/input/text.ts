import { readFileSync } from 'node:fs';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { WHOLE_FILE } from './problems.ts';

/**
 * Turning the bytes of an editor's file into text. Editors on Windows save
 * with a byte-order mark (not an error); older Chinese editors save as GBK,
 * which is reported rather than decoded into nonsense.
 */
export type TextResult = { ok: true; text: string } | { ok: false; problems: InputProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, file: string): TextResult {
  try {
    // The decoder drops a leading byte-order mark itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problems: [{ file, field: WHOLE_FILE, message: inputText.file.notUtf8 }] };
  }
}

/**
 * Reads and decodes a file. A file that cannot be read at all (missing, a
 * folder, no permission) throws the file system's error: that is not a
 * problem in the file, and a command-line tool reports it as a usage error.
 * Use `readTextFile` where it is one more problem in a list.
 */
export function readText(path: string, file: string): TextResult {
  return decodeText(readFileSync(path), file);
}

/** Like readText, but a file that cannot be read is a problem too (for the build's and `npm run check`'s list). */
export function readTextFile(path: string, file: string): TextResult {
  try {
    return readText(path, file);
  } catch (error) {
    return { ok: false, problems: [{ file, field: WHOLE_FILE, message: unreadableReason(error) }] };
  }
}

/** Why a file could not be read, in words. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return inputText.file.missing;
  if (code === 'EISDIR') return inputText.file.isFolder;
  if (code === 'EACCES' || code === 'EPERM') return inputText.file.noPermission;
  return inputText.file.unreadable(code ?? String(error));
}
