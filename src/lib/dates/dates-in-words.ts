import { dates as words } from '../../i18n/zh-CN/dates.ts';
import { markDates, type DateMark, type DatedText } from './index.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const isMonth = (m: number) => m >= 1 && m <= 12;
const isDay = (d: number) => d >= 1 && d <= 31;

/** `2023`, `2023-11`, `2023-11-18` or, without a year, `11-18` (HTML's yearless date); undefined for 13月 or 32日. */
function datetimeOf([, year, month, day, aloneMonth, aloneDay]: RegExpMatchArray): string | undefined {
  if (year === undefined) {
    const [m, d] = [Number(aloneMonth), Number(aloneDay)];
    return isMonth(m) && isDay(d) ? `${pad(m)}-${pad(d)}` : undefined;
  }
  if (month === undefined) return year;
  if (!isMonth(Number(month))) return undefined;
  if (day === undefined) return `${year}-${pad(Number(month))}`;
  return isDay(Number(day)) ? `${year}-${pad(Number(month))}-${pad(Number(day))}` : undefined;
}

/**
 * The dates an editor's words name (a title's `2023年`, a summary's `11月25日前报送`), marked as the
 * site marks its own, so that a title or a summary never breaks inside one: wrapped a little
 * differently, `2023年广州市…` showed `2023` at the end of a line and `年` on the next.
 */
export function datesNamedIn(text: string): DatedText {
  const marks: DateMark[] = [];
  for (const found of text.matchAll(words.inWords)) {
    const datetime = datetimeOf(found);
    if (datetime) marks.push({ text: found[0], datetime });
  }
  return marks.length === 0 ? [text] : markDates(text, marks);
}
