import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listYearFiles, yearOfFileName } from './year-files.ts';

describe('one file per year', () => {
  it('ties only a file named <year>.json to its year', () => {
    expect(yearOfFileName('content/data/stats/2023.json')).toBe(2023);
    expect(yearOfFileName('C:\\content\\data\\lighting\\2024.json')).toBe(2024);
    for (const name of ['draft.json', '2023.json.bak', '2023-old.json', 'content/2023/draft.json']) {
      expect(yearOfFileName(name)).toBeUndefined();
    }
  });

  it('lists the years of a folder, oldest first, and none for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'years-'));
    for (const name of ['2024.json', '2023.json', 'draft.json', '2025.json.bak']) writeFileSync(join(dir, name), '{}');
    expect(listYearFiles(dir)).toEqual([2023, 2024]);
    expect(listYearFiles(join(dir, 'missing'))).toEqual([]);
  });
});
