/**
 * Chinese numerals as residents type or dictate them in a search (十八号,
 * 七十多岁): one to ninety-nine, all a day of the month or an age needs, so
 * a few lines here rather than a numeral library. The characters are in
 * src/i18n/zh-CN/dates.ts (numerals). Runs in the browser.
 */
import { dates as words } from '../../i18n/zh-CN/dates.ts';

/** 十八 → 18, 二十五 → 25, 七十 → 70; undefined for no such number (十十, 二三) or more than two figures. */
export function numeralValue(text: string): number | undefined {
  const { digits, ten } = words.numerals;
  const digit = (c: string) => digits.indexOf(c) + 1;
  const [tens, ones, more] = text.split(ten) as [string, string | undefined, string | undefined];
  if (more !== undefined || (ones === undefined ? tens.length !== 1 : tens.length > 1 || ones.length > 1)) return undefined;
  const value = ones === undefined ? digit(tens) : (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
  return value >= 1 ? value : undefined;
}
