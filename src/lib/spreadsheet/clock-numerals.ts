/**
 * Hours and minutes written in Chinese numerals (下午三点, 十点半, 两点一刻,
 * 九点零五分) put as digits (下午3点, 10点半, 2点15分, 9点05分), the form the
 * date reader knows. Only a numeral right before an hour word, or after one
 * and before 分, is a time, and a quarter after one: numerals elsewhere in a
 * cell (一楼, 第三期) are left alone. Numbers up to 59 are all a clock has,
 * so a few lines here rather than a numeral library; the words are in
 * typed-cell-rules.json.
 */
import { anyOf, cellRules } from './rules.ts';

const { date: words } = cellRules;
const { digits, ten, quarters } = words.numerals;
const valueOf = (digit: string) => digits[digit as keyof typeof digits];
const digitsWhere = (test: (value: number) => boolean) =>
  Object.keys(digits)
    .filter((d) => test(valueOf(d)))
    .join('');
/** 五, 十, 十五, 二十, 二十五, 零五: 0 to 59. */
const NUMERAL = `[${digitsWhere((v) => v === 0)}]?(?:[${digitsWhere((v) => v >= 1 && v <= 5)}]?${ten}[${digitsWhere((v) => v >= 1)}]?|[${digitsWhere(() => true)}])`;
const HOUR_WORD = anyOf(words.hour);
const HOUR = new RegExp(`(${NUMERAL})(?=\\s*${HOUR_WORD})`, 'gu');
const MINUTE = new RegExp(`(\\d{1,2}\\s*${HOUR_WORD}\\s*)(${NUMERAL})(?=\\s*${words.minute})`, 'gu');
const QUARTER = new RegExp(`(\\d{1,2}\\s*${HOUR_WORD}\\s*)(${anyOf(Object.keys(quarters))})`, 'gu');

/** The value of a numeral NUMERAL matched. */
function numeralValue(numeral: string): number {
  const chars = [...numeral];
  const text = chars.length > 1 && valueOf(chars[0]!) === 0 ? chars.slice(1) : chars;
  const at = text.indexOf(ten);
  if (at === -1) return valueOf(text[0]!);
  const tens = at === 0 ? 1 : valueOf(text[0]!);
  const units = at === text.length - 1 ? 0 : valueOf(text[at + 1]!);
  return tens * 10 + units;
}

/** `下午三点半` → `下午3点半`; text without a numeral time as it is. */
export function clockNumeralsAsDigits(text: string): string {
  return text
    .replace(HOUR, (numeral) => String(numeralValue(numeral)))
    .replace(QUARTER, (_, hour: string, quarter: string) => `${hour}${quarters[quarter as keyof typeof quarters]}${words.minute}`)
    .replace(MINUTE, (_, hour: string, numeral: string) => `${hour}${String(numeralValue(numeral)).padStart(2, '0')}`);
}
