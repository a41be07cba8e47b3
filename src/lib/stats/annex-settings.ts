/**
 * The annex's header block, from `annex` in content/data/site.json: who signs
 * for the figures. Every entry is optional; one left out prints as a blank to
 * fill in by hand, as on the Ministry's form.
 */
import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import type { InputProblem } from '../input-problem.ts';
import { fieldPath, findingsOf, isJsonObject, onlyOf, parseJson, strictObject } from '../input/index.ts';

const t = statsFormsText.settings;
const MAX = 60;

const entry = z
  .string({ error: (issue) => inputText.text.notText(issue.input) })
  .trim()
  .check(onlyOf('text', z.maxLength(MAX, { error: t.tooLong(MAX) })))
  .optional();

export const annexSettingsSchema = strictObject(
  {
    /** 教育行政部门（盖章）: the department that stamps the form, e.g. 海南省教育厅. */
    authority: entry,
    /** 联系人 */
    contact: entry,
    /** 所在部门: the contact's office, e.g. 职业教育与终身教育处. */
    department: entry,
    /** 办公电话 */
    officePhone: entry,
    /** 手机号码 */
    mobile: entry,
  },
  { error: () => t.notObject },
);

export type AnnexContact = z.infer<typeof annexSettingsSchema>;

export type AnnexContactResult = { ok: true; contact: AnnexContact } | { ok: false; problems: InputProblem[] };

/**
 * The `annex` block of a site settings file's text, checked on its own: the
 * command line needs only this block, and the build checks the whole file.
 */
export function annexContactFromSettings(text: string, file: string): AnnexContactResult {
  const parsed = parseJson(text, file, t.shape);
  if (!parsed.ok) return parsed;
  const block = isJsonObject(parsed.value) ? parsed.value.annex : undefined;
  if (block === undefined) return { ok: true, contact: {} };
  const result = annexSettingsSchema.safeParse(block);
  if (result.success) return { ok: true, contact: result.data };
  return {
    ok: false,
    problems: findingsOf(result.error.issues).map((f) => ({ file, field: fieldPath(['annex', ...f.path]), message: f.message })),
  };
}
