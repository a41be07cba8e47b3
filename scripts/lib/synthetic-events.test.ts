import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { generateSyntheticEvents } from './synthetic-events.ts';

describe('the benchmarks’ synthetic events', () => {
  // The benchmark measures a site editors could have written: what the check says of it is what it would say of theirs.
  it('pass npm run check with no warning about their venues or summaries', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const ids = generateSyntheticEvents({ contentDir: dir, count: 400, seed: 11 });
    expect(ids).toHaveLength(400);
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const aboutVenuesOrSummaries = check.stdout.split('\n').filter((line) => /synthetic-.*› 字段 (venue|summary)/.test(line));
    expect(aboutVenuesOrSummaries).toEqual([]);
  });
});
