/**
 * Whole, non-negative numbers as offices type them. `1,234`, `１２３４` and
 * ` 1234 ` are 1234; anything that would need a guess (`约3000`, `3万`, `-`,
 * `12.5`, `1/2`, `1 000`, text) is refused with the reason, never rounded or read.
 */
import { anyOf, cellRules } from './rules.ts';
import type { CellValue } from './types.ts';

export type NumberProblem =
  | 'blank'
  | 'approximate'
  | 'unit'
  | 'placeholder'
  | 'fraction'
  | 'negative'
  | 'separator'
  | 'spaced'
  | 'notNumber'
  | 'date'
  | 'boolean'
  | 'tooLarge'
  | 'formulaError';

export type NumberResult = { ok: true; value: number } | { ok: false; problem: NumberProblem; text: string };

const SPACES = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu;
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const WHOLE_DECIMAL = /^(\d+)\.0+$/;
const APPROXIMATE = new RegExp(anyOf(cellRules.approximate), 'u');
const UNIT = new RegExp(anyOf(cellRules.units), 'u');
const PLACEHOLDER = new RegExp(`^(?:[-－—–_/\\\\]+|${anyOf(cellRules.placeholders)})$`, 'iu');
const FORMULA_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/iu;

function fromNumber(value: number, text: string): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber', text };
  if (value < 0) return { ok: false, problem: 'negative', text };
  if (!Number.isInteger(value)) return { ok: false, problem: 'fraction', text };
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, problem: 'tooLarge', text };
  return { ok: true, value };
}

export function parseWholeNumber(cell: CellValue): NumberResult {
  if (cell === null) return { ok: false, problem: 'blank', text: '' };
  if (typeof cell === 'number') return fromNumber(cell, String(cell));
  if (typeof cell === 'boolean') return { ok: false, problem: 'boolean', text: String(cell) };
  if (cell instanceof Date) return { ok: false, problem: 'date', text: '' };

  const typed = cell.replace(SPACES, '');
  const text = typed.normalize('NFKC').replace(SPACES, '');
  if (text === '') return { ok: false, problem: 'blank', text: '' };
  if (PLAIN.test(text)) return fromNumber(Number(text), typed);
  if (GROUPED.test(text)) return fromNumber(Number(text.replaceAll(',', '')), typed);
  const whole = WHOLE_DECIMAL.exec(text);
  if (whole) return fromNumber(Number(whole[1]), typed);
  if (FORMULA_ERROR.test(text)) return { ok: false, problem: 'formulaError', text: typed };
  if (PLACEHOLDER.test(text)) return { ok: false, problem: 'placeholder', text: typed };
  if (APPROXIMATE.test(text)) return { ok: false, problem: 'approximate', text: typed };
  if (/\d/.test(text) && UNIT.test(text)) return { ok: false, problem: 'unit', text: typed };
  if (/^-[\d,.]+$/.test(text)) return { ok: false, problem: 'negative', text: typed };
  if (/^[\d,]*\.\d+$/.test(text) || /^\d+\/\d+$/.test(text) || /^\d+(?:\.\d+)?%$/.test(text)) {
    return { ok: false, problem: 'fraction', text: typed };
  }
  if (/^[\d,]+$/.test(text)) return { ok: false, problem: 'separator', text: typed };
  // 1 000 (a space between the thousands, as some documents write them) or two numbers in one cell: not guessed.
  if (/^\d[\d ]*\d$/.test(text)) return { ok: false, problem: 'spaced', text: typed };
  return { ok: false, problem: 'notNumber', text: typed };
}
