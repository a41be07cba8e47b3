/** Column letters as Excel shows them, and header text as people type it. */
import { anyOf, cellRules } from './rules.ts';

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const QUOTES = /["'“”‘’「」『』《》]/gu;
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]/gu;
/** Online forms number their questions (`1.地区`, `2、提交时间`) and mark required ones (`地区*`, `地区（必填）`). */
const QUESTION_NUMBER = /^(?:\d+[.、:：)）]|[(（]\d+[)）])(?=\D)/u;
const REQUIRED_MARK = new RegExp(`(?:\\*+|\\(${anyOf(cellRules.requiredMarks)}\\)|${anyOf(cellRules.requiredMarks)})$`, 'u');
const TRAILING_COLON = /[:：]+$/u;
/** `活动数（个）`, `参加人次(人次)`: a counting unit after the header (never 万人次, which would change the figures). */
const UNIT = new RegExp(`\\(${anyOf(cellRules.headerUnits)}\\)$`, 'u');

const MULTIPLIERS: Readonly<Record<string, number>> = cellRules.headerMultipliers;
/** `参加人次(万人次)`: a unit with a multiplier after the header, which a figure column must not have. */
const SCALED_UNIT = new RegExp(`\\((${anyOf(Object.keys(MULTIPLIERS))})(${anyOf(cellRules.headerUnits)})?\\)$`, 'u');

/** A header with a multiplied unit after it, such as `参加人次（万人次）`. */
export interface ScaledHeader {
  /** The header without the unit, comparable (normalised). */
  header: string;
  /** `万人次` */
  unit: string;
  /** `人次`; '' when the unit is the multiplier alone (`（万）`). */
  base: string;
  /** 10000 for 万. */
  factor: number;
}

/** The header and its multiplied unit, when it has one. */
export function scaledHeader(text: string): ScaledHeader | undefined {
  const normal = normaliseHeader(text);
  const match = SCALED_UNIT.exec(normal);
  if (!match) return undefined;
  const [, multiplier, base = ''] = match;
  return { header: normal.slice(0, match.index), unit: `${multiplier}${base}`, base, factor: MULTIPLIERS[multiplier!]! };
}

/**
 * The comparable form of a header: full-width made half-width, spaces and
 * quotes removed, question numbers, required marks and a counting unit dropped.
 * `1. “社长（总编）荐书”活动数（个） *` → `社长(总编)荐书活动数`.
 */
export function normaliseHeader(text: string): string {
  return String(text)
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(REQUIRED_MARK, '')
    .replace(TRAILING_COLON, '')
    .replace(UNIT, '')
    .replace(REQUIRED_MARK, '')
    .replace(QUESTION_NUMBER, '');
}
