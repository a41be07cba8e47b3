import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GuideImportMistake } from '../../i18n/zh-CN/guide.ts';
import { importEvents } from '../events-import/import.ts';
import { defaultEventsMapping, TEMPLATE_KEYS } from '../events-import/mapping.ts';
import { formatProblem } from '../input-problem.ts';
import { readCsv } from '../spreadsheet/index.ts';
import { provinceGuide } from './words.ts';

/**
 * What `npm run import-events` says about each mistake of a city's list the
 * guide names, found by importing a one-row list with that mistake made
 * (the sheet named as a city would send it).
 */
export interface CheckedImportMistake {
  id: string;
  mistake: GuideImportMistake;
  printed: string;
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function checkedImportMistakes(sheetName: string): CheckedImportMistake[] {
  const mapping = defaultEventsMapping();
  const header = TEMPLATE_KEYS.map((key) => mapping.columns[key][0]!);
  const contentDir = mkdtempSync(join(tmpdir(), 'guide-import-'));
  const { importMistakes, importRow } = provinceGuide();
  try {
    return Object.entries(importMistakes).map(([id, mistake]) => {
      const row = TEMPLATE_KEYS.map((key) => (key in mistake.cells ? (mistake.cells[key] ?? '') : (importRow[key] ?? '')));
      const text = [header, row].map((cells) => cells.map(csvCell).join(',')).join('\n');
      const sheet = readCsv(new TextEncoder().encode(text), sheetName);
      if (!sheet.ok) throw new Error(sheet.message);
      const result = importEvents(sheet.sheet, { mapping, year: 2024, contentDir });
      const problems = result.bad.flatMap((b) => b.problems);
      if (problems.length !== 1) throw new Error(`guide import mistake ${id} gives ${problems.length} problems`);
      return { id, mistake, printed: formatProblem(problems[0]!) };
    });
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}
