/**
 * `--deadline 2024/11/25` (and `--opening-deadline`): a deadline, a day typed as people
 * type dates anywhere else (the spellings the import reads in a cell and
 * `npm run new` reads at its prompts), written into the statistics file as
 * the `YYYY-MM-DD` that the file and `stats check` require.
 */
import { parseSheetDate } from '../spreadsheet/index.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';

export type DeadlineOptionResult = { ok: true; value: string } | { ok: false; message: string };

const t = statsFormsText.deadlineOption;

export function parseDeadlineOption(text: string, option = '--deadline'): DeadlineOptionResult {
  const typed = text.trim();
  const read = parseSheetDate(typed === '' ? null : typed);
  if (!read.ok) return { ok: false, message: read.problem === 'impossible' ? t.impossible(option, typed) : t.invalid(option, typed) };
  // A time would be dropped from the file without a word: the deadline is a whole day.
  if (read.value.time !== undefined) return { ok: false, message: t.withTime(option, typed, read.value.day) };
  return { ok: true, value: read.value.day };
}
