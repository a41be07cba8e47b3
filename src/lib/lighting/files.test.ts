import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { InputError } from '../input-problem.ts';
import { WHOLE_FILE } from '../input/index.ts';
import { fileLabelOf, listLightingYears, readableLightingItems, readAllLighting, readLightingFile } from './files.ts';

const sample = readFileSync(join(FIXTURE_CONTENT, 'data/lighting/2023.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lighting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const item = {
  id: 'gz-canton-tower',
  region: '440105',
  place: '广州塔',
  kind: 'tower',
  location: [113.3245, 23.1064],
  start: '2024-11-16T19:30',
  end: '2024-11-16T22:00',
  message: '让学习成为一种生活方式',
  organizer: '广州市教育局',
};

describe('lighting files', () => {
  beforeAll(() => {
    writeFileSync(join(dir, '2023.json'), sample);
    writeFileSync(join(dir, '2024.json'), `\uFEFF${JSON.stringify({ year: 2024, items: [item] })}`);
    writeFileSync(join(dir, 'draft.json'), '{}');
    writeFileSync(join(dir, '2025.json.bak'), '{}');
  });

  it('lists the years that have a <year>.json, oldest first, and nothing for a missing folder', () => {
    expect(listLightingYears(dir)).toEqual([2023, 2024]);
    expect(listLightingYears(join(dir, 'missing'))).toEqual([]);
  });

  it('reads every year, oldest first', () => {
    expect(readAllLighting(dir).map((s) => s.year)).toEqual([2023, 2024]);
  });

  it('reads a new year an editor adds (a byte-order mark is fine)', () => {
    const schedule = readLightingFile(join(dir, '2024.json'));
    expect(schedule.year).toBe(2024);
    expect(schedule.items[0]?.start.toISOString()).toBe('2024-11-16T11:30:00.000Z');
  });

  it('throws every problem of every file at once, naming each file', () => {
    const bad = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(bad, '2023.json'), '{ "year": 2023, ');
    writeFileSync(join(bad, '2024.json'), JSON.stringify({ year: 2024, items: [{ ...item, kind: 'lamp' }] }));
    try {
      readAllLighting(bad);
      throw new Error('expected an InputError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const problems = (error as InputError).problems;
      expect(problems.map((p) => [p.file, p.field])).toEqual([
        [fileLabelOf(join(bad, '2023.json')), WHOLE_FILE],
        [fileLabelOf(join(bad, '2024.json')), 'items[0].kind'],
      ]);
      expect((error as Error).message).toContain('字段 items[0].kind');
    }
  });

  it('gives the windows of the files that pass, for the addresses `npm run check` knows, passing over a bad one', () => {
    const mixed = mkdtempSync(join(dir, 'mixed-'));
    writeFileSync(join(mixed, '2023.json'), sample);
    writeFileSync(join(mixed, '2024.json'), JSON.stringify({ year: 2024, items: [{ ...item, kind: 'lamp' }] }));
    writeFileSync(
      join(mixed, '2025.json'),
      JSON.stringify({ year: 2025, items: [{ ...item, start: '2025-11-15T19:30', end: '2025-11-15T22:00' }] }),
    );
    const expected = [...(JSON.parse(sample) as { items: { id: string }[] }).items.map(({ id }) => [2023, id]), [2025, item.id]];
    expect(readableLightingItems(mixed).map((i) => [i.year, i.id])).toEqual(expected);
    expect(readableLightingItems(join(dir, 'missing'))).toEqual([]);
  });

  it('says plainly when the file does not exist', () => {
    expect(() => readLightingFile(join(dir, '2030.json'), 'content/data/lighting/2030.json')).toThrow(
      `content/data/lighting/2030.json › ${WHOLE_FILE}：文件不存在`,
    );
  });

  it('names files relative to the working folder, with forward slashes', () => {
    expect(fileLabelOf(join(process.cwd(), 'content', 'data', 'lighting', '2023.json'))).toBe('content/data/lighting/2023.json');
  });
});
