import { describe, expect, it } from 'vitest';
import { parseSheetDate, sheetDateText } from './dates.ts';

const read = (cell: Parameters<typeof parseSheetDate>[0], options?: Parameters<typeof parseSheetDate>[1]) => {
  const r = parseSheetDate(cell, options);
  return r.ok ? sheetDateText(r.value) : r.problem;
};

describe('dates in the spellings forms use, as Beijing time', () => {
  it.each([
    ['2024/11/20 14:03', '2024-11-20 14:03'],
    ['2024/11/20 14:03:25', '2024-11-20 14:03:25'],
    ['2024-11-20', '2024-11-20'],
    ['2024-11-20 09:05', '2024-11-20 09:05'],
    ['2024-11-20T09:05', '2024-11-20 09:05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.11.20', '2024-11-20'],
    ['2024年11月20日', '2024-11-20'],
    ['2024年11月20日 14:03', '2024-11-20 14:03'],
    ['2024年11月20日14时03分', '2024-11-20 14:03'],
    ['２０２４/１１/２０　１４：０３', '2024-11-20 14:03'],
    ['20241120', '2024-11-20'],
    ['2024-11-20 00:00', '2024-11-20 00:00'],
    // Excel's 12-hour clock, as a CSV saved from Chinese and English Excel writes it.
    ['2024/11/20 下午2:03', '2024-11-20 14:03'],
    ['2024/11/20 上午 9:05', '2024-11-20 09:05'],
    ['2024/11/20 上午12:15', '2024-11-20 12:15'],
    ['2024/11/20 12:15 AM', '2024-11-20 00:15'],
    ['2024/11/20 凌晨12:15', '2024-11-20 00:15'],
    ['2024/11/20 下午12:15', '2024-11-20 12:15'],
    ['2024/11/20 2:03 PM', '2024-11-20 14:03'],
    ['2024/11/20 9:05:07 am', '2024-11-20 09:05:07'],
    ['2024年11月20日 晚上7:30', '2024-11-20 19:30'],
    ['2024年11月20日 中午12:00', '2024-11-20 12:00'],
    ['2024年11月20日 中午1点10分', '2024-11-20 13:10'],
    ['2024年11月20日 下午14:00', '2024-11-20 14:00'],
    // An hour word without minutes is on the hour; 半 after it is half past.
    ['2024/11/20 下午3点', '2024-11-20 15:00'],
    ['2024年11月20日 9点半', '2024-11-20 09:30'],
    ['2024年11月20日14时', '2024-11-20 14:00'],
    ['2024-11-20 晚上7点半', '2024-11-20 19:30'],
    ['2024年11月20日 中午12点', '2024-11-20 12:00'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('converts a written offset to Beijing time', () => {
    expect(read('2024-11-20T06:03:00Z')).toBe('2024-11-20 14:03');
    expect(read('2024-11-19T23:00+00:00')).toBe('2024-11-20 07:00');
    expect(read('2024-11-20T11:03-05:00')).toBe('2024-11-21 00:03');
    // A machine's offset may name an hour later than its time; a person's `01:03-05:00` is a range (below).
    expect(read('2024-11-20T01:03-05:00', { machineWritten: true })).toBe('2024-11-20 14:03');
  });

  it('never reads a time range typed in one cell as a time and an offset, which would move it to another day', () => {
    for (const typed of ['2026/5/20 14:30-16:00', '2026-05-20 09:00-11:00', '2026年5月20日 14:30-16:00', '2026-05-20 14:30 -16:00'])
      expect(read(typed), typed).toBe('invalid');
    // No zone is 16 hours from UTC, even written the ISO way.
    expect(read('2026-05-20T14:30-16:00')).toBe('invalid');
    // Typed by a person, a later hour after the T is the range's end, not UTC−12; a form export's offset stays one.
    expect(read('2026-05-20T11:00-12:00')).toBe('invalid');
    expect(read('2026-05-20T9:00-10:00')).toBe('invalid');
    expect(read('2026-05-20T11:00-12:00', { machineWritten: true })).toBe('2026-05-21 07:00');
  });

  it('reads 上午12 as midnight in a machine’s text (Excel’s Chinese 12-hour clock), and as noon where a person typed it', () => {
    expect(read('2026/11/24 上午12:10', { machineWritten: true })).toBe('2026-11-24 00:10');
    expect(read('2026/11/24 下午12:10', { machineWritten: true })).toBe('2026-11-24 12:10');
    expect(read('2026/11/24 上午9:00', { machineWritten: true })).toBe('2026-11-24 09:00');
    expect(read('2026/11/24 上午12:10')).toBe('2026-11-24 12:10');
  });

  it('reads Excel serial dates, in cells and in CSV text, in both date systems', () => {
    // 45616 is 2024-11-20 in the 1900 system; .585416… is 14:03.
    expect(read(45616)).toBe('2024-11-20');
    expect(read(45616 + (14 * 60 + 3) / 1440)).toBe('2024-11-20 14:03');
    expect(read('45616.58541666667')).toBe('2024-11-20 14:03');
    expect(read(45616 - 1462, { date1904: true })).toBe('2024-11-20');
  });

  it('reads an XLSX date cell as Beijing wall-clock time, whatever the zone', () => {
    // exceljs gives a date cell's wall-clock reading as a UTC instant.
    expect(read(new Date(Date.UTC(2024, 10, 20, 14, 3)))).toBe('2024-11-20 14:03');
    expect(read(new Date(Date.UTC(2024, 10, 20)))).toBe('2024-11-20');
    // Floating point in the file: 14:02:59.999 is 14:03.
    expect(read(new Date(Date.UTC(2024, 10, 20, 14, 3) - 1))).toBe('2024-11-20 14:03');
    const r = parseSheetDate('2024-11-20 14:03');
    expect(r.ok && r.value.instant.toISOString()).toBe('2024-11-20T06:03:00.000Z');
  });

  it.each([
    ['', 'blank'],
    ['2024-02-30', 'impossible'],
    ['2024-11-20 25:00', 'impossible'],
    ['2024/11/20 上午13:00', 'impossible'],
    ['2024/11/20 下午0:30', 'impossible'],
    ['11/20/2024', 'invalid'],
    ['下周一', 'invalid'],
    ['120', 'notDate'],
    // A day and a part of it, but no hour to begin at.
    ['2024-11-21 下午', 'noClock'],
    ['2024年11月21日（周四）晚上', 'noClock'],
    ['下午', 'invalid'],
  ])('%j is refused as %s', (text, problem) => {
    expect(read(text)).toBe(problem);
  });

  it('reads a day and a part of it as the day where a day alone is asked for (an opening ceremony’s)', () => {
    const read = parseSheetDate('2024-11-18 上午', { dayAlone: true });
    expect(read.ok && read.value.day).toBe('2024-11-18');
    expect(read.ok && read.value.time).toBeUndefined();
  });

  it('reads a weekday beside the date, as notices write it, and refuses one that is another day’s', () => {
    // The weekday of 2024-11-20 as the calendar has it (a Wednesday), not as the code under test reads it.
    const wednesday = '日一二三四五六'[new Date(Date.UTC(2024, 10, 20)).getUTCDay()]!;
    expect(read(`2024年11月20日（周${wednesday}）9:30`)).toBe('2024-11-20 09:30');
    expect(read(`2024年11月20日(星期${wednesday}) 下午2:30`)).toBe('2024-11-20 14:30');
    expect(read(`2024/11/20 礼拜${wednesday}`)).toBe('2024-11-20');
    expect(read('2024年11月24日（星期天）')).toBe('2024-11-24');
    expect(read('2024年11月20日（周四）9:30')).toBe('weekday');
  });

  it('reads 全天 after a date as the day alone', () => {
    expect(read('2024年11月20日 全天')).toBe('2024-11-20');
    expect(read('2024/11/20（周三）全天')).toBe('2024-11-20');
  });

  it('refuses numbers too small or large to be a date of a form', () => {
    expect(read(3)).toBe('notDate');
    expect(read(true)).toBe('notDate');
    expect(read(null)).toBe('blank');
  });
});
