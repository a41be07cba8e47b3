/**
 * Reads a statistics file from disk. A file that cannot be read at all
 * (missing, a folder, no permission) throws the file system's error: that is
 * not a problem in the file, and the command-line tool reports it differently.
 * A file saved in another encoding (GBK) is a problem in the file.
 */
import { readText } from '../input/index.ts';
import type { StatsResult } from './schema.ts';
import { validateStats } from './validate.ts';

export function readStatsFile(path: string, fileLabel: string = path): StatsResult {
  const text = readText(path, fileLabel);
  return text.ok ? validateStats(text.text, fileLabel) : text;
}
