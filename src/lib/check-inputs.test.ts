import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { checkInputs } from './check-inputs.ts';
import { fileLabelOf } from './input-problem.ts';

describe('npm run check with a wrong setting', () => {
  it.each([
    ['base', '/a b/'],
    ['url', 'javascript:alert(1)'],
  ])('lists %s as a problem of the settings file (no stack trace), though lighting files wait on the settings', (key, value) => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'data/site.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...settings, [key]: value }, null, 2));
    // As the check process runs: the settings that maps and lighting read are this folder's.
    vi.stubEnv('CONTENT_DIR', content);
    const { problems } = checkInputs(content, {});
    const errors = problems.filter((p) => p.severity !== 'warning');
    expect(new Set(errors.map((p) => `${p.file} › ${p.field}`))).toEqual(new Set([`${fileLabelOf(file)} › ${key}`]));
  });
});

describe('npm run check pointed at no content folder', () => {
  it('says the folder is missing, or is a file, in one problem naming CONTENT_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-inputs-'));
    const missing = checkInputs(join(dir, 'contnet'), {});
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toMatchObject({
      field: '内容文件夹（CONTENT_DIR）',
      message: expect.stringMatching(/^内容文件夹不存在/),
    });
    const file = join(dir, 'site.json');
    writeFileSync(file, '{}');
    expect(checkInputs(file, {}).problems).toEqual([
      expect.objectContaining({ field: '内容文件夹（CONTENT_DIR）', message: expect.stringMatching(/^这不是文件夹/) }),
    ]);
  });
});
