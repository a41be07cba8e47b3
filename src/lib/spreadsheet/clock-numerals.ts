/**
 * Hours and minutes written in Chinese numerals (下午三点, 十点半, 两点一刻,
 * 九点零五分) put as digits (下午3点, 10点半, 2点15分, 9点05分), the form the
 * date reader knows. Only a numeral right before an hour word, or after one
 * and before 分 or 刻, is a time: numerals elsewhere in a cell (一楼, 第三期)
 * are left alone. Numbers up to 59 are all a clock has, so a few lines here
 * rather than a numeral library.
 */
import { anyOf, cellRules } from './rules.ts';

const { date: words } = cellRules;
const DIGIT = '零〇一二两三四五六七八九';
const VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 五, 十, 十五, 二十, 二十五, 零五: 0 to 59. */
const NUMERAL = `[零〇]?(?:[一二两三四五]?十[一二三四五六七八九]?|[${DIGIT}])`;
const HOUR_WORD = anyOf(words.hour);
const HOUR = new RegExp(`(${NUMERAL})(?=\\s*${HOUR_WORD})`, 'gu');
const MINUTE = new RegExp(`(\\d{1,2}\\s*${HOUR_WORD}\\s*)(${NUMERAL})(?=\\s*${words.minute})`, 'gu');
/** 一刻 and 三刻: a quarter and three quarters past. */
const QUARTER = new RegExp(`(\\d{1,2}\\s*${HOUR_WORD}\\s*)([一三])\\s*${words.quarter}`, 'gu');

/** The value of a numeral NUMERAL matched. */
function numeralValue(numeral: string): number {
  const text = numeral.length > 1 ? numeral.replace(/^[零〇]/u, '') : numeral;
  const ten = text.indexOf('十');
  if (ten === -1) return VALUE[text]!;
  const tens = ten === 0 ? 1 : VALUE[text[0]!]!;
  const units = ten === text.length - 1 ? 0 : VALUE[text[ten + 1]!]!;
  return tens * 10 + units;
}

/** `下午三点半` → `下午3点半`; text without a numeral time as it is. */
export function clockNumeralsAsDigits(text: string): string {
  return text
    .replace(HOUR, (numeral) => String(numeralValue(numeral)))
    .replace(QUARTER, (_, hour: string, quarters: string) => `${hour}${quarters === '一' ? 15 : 45}${words.minute}`)
    .replace(MINUTE, (_, hour: string, numeral: string) => `${hour}${String(numeralValue(numeral)).padStart(2, '0')}`);
}
