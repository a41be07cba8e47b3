/**
 * `--province themed_reading,learning_week` (or Chinese names, `all`, `none`):
 * which kinds the province itself ran, for the annex's first row, when the
 * form export has no row of the province's own.
 */
import { normaliseHeader } from '../spreadsheet/index.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS, perKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { FormMapping } from './form-mapping.ts';

export type ProvinceOptionResult = { ok: true; value: Record<ActivityKind, boolean> } | { ok: false; message: string };

const ALL = new Set(['all', ...statsFormsText.provinceWords.all]);
const NONE = new Set(['none', ...statsFormsText.provinceWords.none]);

export function parseProvinceOption(text: string, mapping: FormMapping): ProvinceOptionResult {
  const items = text
    .normalize('NFKC')
    .split(/[,、;；\s]+/u)
    .filter((s) => s !== '');
  if (items.length === 1 && ALL.has(items[0]!.toLowerCase())) return { ok: true, value: perKind(() => true) };
  if (items.length === 1 && NONE.has(items[0]!.toLowerCase())) return { ok: true, value: perKind(() => false) };
  const names = new Map<string, ActivityKind>();
  for (const kind of ACTIVITY_KINDS) {
    for (const name of [kind, statsFormsText.annex.kinds[kind], ...mapping.kinds[kind]]) names.set(normaliseHeader(name), kind);
  }
  const value = perKind(() => false);
  for (const item of items) {
    const kind = names.get(normaliseHeader(item));
    if (!kind) return { ok: false, message: statsFormsText.provinceOption(item, ACTIVITY_KINDS) };
    value[kind] = true;
  }
  return items.length > 0 ? { ok: true, value } : { ok: false, message: statsFormsText.provinceOption('', ACTIVITY_KINDS) };
}
