/**
 * Reads a statistics file from disk. A file that cannot be read at all
 * (missing, a folder, no permission) throws the file system's error: that is
 * not a problem in the file, and the command-line tool reports it differently.
 * A file saved in another encoding (GBK, from an older Chinese Windows editor)
 * is a problem in the file: it is reported, not decoded into nonsense.
 */
import { readFileSync } from 'node:fs';
import type { StatsResult } from './schema.ts';
import { validateStats, WHOLE_FILE } from './validate.ts';

export function readStatsFile(path: string, fileLabel: string = path): StatsResult {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [
        {
          file: fileLabel,
          field: WHOLE_FILE,
          message: '文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里“另存为”UTF-8 编码后再试',
        },
      ],
    };
  }
  return validateStats(text, fileLabel);
}
