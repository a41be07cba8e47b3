import { describe, expect, it } from 'vitest';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { defaultEventsMapping } from './mapping.ts';
import { buildEventsTemplate } from './template.ts';

/** Every date-like example the template shows: its cell prompts and its instructions sheet. */
function shownDates(year: number | undefined): string[] {
  const workbook = buildEventsTemplate(year);
  const [rows, guide] = workbook.worksheets;
  const prompts = [rows!.getCell('C2'), rows!.getCell('D2')].map((cell) => cell.dataValidation.prompt ?? '');
  const lines = guide!.getColumn(1).values.filter((value) => typeof value === 'string');
  return [...prompts, ...lines].flatMap((text) => text.match(/\d{4}-\d{2}-\d{2}/g) ?? []);
}

describe('the events template', () => {
  it('gives its examples in the year it is made for', () => {
    const dates = shownDates(2026);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((date) => !date.startsWith('2026-'))).toEqual([]);
  });

  it('keeps one year’s examples when it is made for any year', () => {
    const years = new Set(shownDates(undefined).map((date) => date.slice(0, 4)));
    expect(years.size).toBe(1);
  });

  it('has a 无障碍设施 column beside 地址, whose cells say what to write there', () => {
    const [rows] = buildEventsTemplate(2026).worksheets;
    const headers = (rows!.getRow(1).values as unknown[]).slice(1);
    const { columns } = defaultEventsMapping();
    const at = headers.indexOf(columns.accessibility[0]) + 1;
    expect(headers[at - 2]).toBe(columns.address[0]);
    expect(rows!.getCell(2, at).dataValidation.prompt).toBe(eventsImportText.template.accessibilityPrompt);
    expect(rows!.getCell(2, at).alignment.wrapText).toBe(true);
  });
});
