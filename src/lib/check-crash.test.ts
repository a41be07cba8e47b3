import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { checkInputs } from './check-inputs.ts';
import { errorsOf, fileLabelOf, warningsOf } from './input-problem.ts';
import type * as Aliases from './content/reader-checks/aliases.ts';
import type * as SameLandmark from './lighting/same-landmark.ts';
import type * as MarkupInText from './content/reader-checks/markup-in-text.ts';

/**
 * A check that compares entries with each other, failing as it might on input
 * nobody foresaw: the aliases check on one entry (whatever others beside it),
 * and the lighting check's comparison of two places. The check must name the
 * check that failed and the file it was on, and go on with the others.
 */
const CRASHING_ENTRY = 'events/2023/gz-opening-ceremony.md';
vi.mock('./content/reader-checks/aliases.ts', async (original) => {
  const actual = await original<typeof Aliases>();
  return {
    ...actual,
    aliasProblems: (context: Parameters<typeof actual.aliasProblems>[0]) => {
      if (context.entries.some((e) => e.file.endsWith(CRASHING_ENTRY)))
        throw new TypeError("Cannot read properties of undefined (reading 'map')");
      return actual.aliasProblems(context);
    },
  };
});
// One that fails only in comparing entries: no single file is to blame.
vi.mock('./content/reader-checks/markup-in-text.ts', async (original) => {
  const actual = await original<typeof MarkupInText>();
  return {
    ...actual,
    markupInText: (context: Parameters<typeof actual.markupInText>[0]) => {
      if (context.entries.length > 1) throw new Error('Maximum call stack size exceeded');
      return actual.markupInText(context);
    },
  };
});
vi.mock('./lighting/same-landmark.ts', async (original) => {
  const actual = await original<typeof SameLandmark>();
  return {
    ...actual,
    sameLandmarkDistance: () => {
      throw new RangeError('Invalid array length');
    },
  };
});

function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'check-crash-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  vi.stubEnv('CONTENT_DIR', dir);
  return dir;
}

describe('a check that fails on input nobody foresaw', () => {
  it('is named, with the file it was on, in Chinese with its English key, and the other checks still run', () => {
    const dir = content();
    const { problems } = checkInputs(dir, {});
    const crashes = problems.filter((p) => p.message.includes('check crashed'));
    // Every lighting file compares places: each is named, and each one after a failing one is still checked.
    const lightingFiles = readdirSync(join(FIXTURE_CONTENT, 'data/lighting')).filter((name) => name.endsWith('.json'));
    expect(lightingFiles.length).toBeGreaterThan(1);
    expect(crashes).toEqual([
      ...lightingFiles.sort().map((name) => ({
        file: fileLabelOf(join(dir, 'data/lighting', name)),
        field: '（整个文件）',
        message: expect.stringContaining('（check crashed: lighting: RangeError: Invalid array length）'),
      })),
      {
        file: fileLabelOf(join(dir, CRASHING_ENTRY)),
        field: '（整个文件）',
        message: expect.stringContaining(
          "（check crashed: aliasProblems: TypeError: Cannot read properties of undefined (reading 'map')）",
        ),
      },
      {
        file: fileLabelOf(dir),
        field: '（整个文件）',
        message: expect.stringMatching(/比较多个文件时出错.*（check crashed: markupInText: Error: Maximum call stack size exceeded）/),
      },
    ]);
    expect(crashes.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
    // Crashes are errors: the check and the build stop.
    expect(errorsOf(problems)).toEqual(crashes);
    // The checks after the aliases check still ran: each learner without a cover is still pointed out.
    const learners = readdirSync(join(FIXTURE_CONTENT, 'learners')).filter((name) => name.endsWith('.md'));
    const coverless = learners.filter((name) => !/^cover:/m.test(readFileSync(join(FIXTURE_CONTENT, 'learners', name), 'utf8')));
    expect(coverless.length).toBeGreaterThan(0);
    const coverWarnings = warningsOf(problems).filter((p) => p.field === 'cover' && p.file.includes('/learners/'));
    expect(coverWarnings.map((p) => p.file).sort()).toEqual(coverless.map((name) => fileLabelOf(join(dir, 'learners', name))).sort());
  });
});

describe('a lighting file the check fails on', () => {
  it('leaves the links to the site’s pages checked: its windows are left out, as an invalid file’s are', () => {
    const dir = content();
    const learner = readdirSync(join(dir, 'learners'))
      .filter((name) => name.endsWith('.md'))
      .sort()[0]!;
    const missing = '/events/2099/no-such-event/';
    appendFileSync(join(dir, 'learners', learner), `\n\n[一场不存在的活动](${missing})\n`);
    const { problems } = checkInputs(dir, {});
    expect(problems.filter((p) => p.message.includes('check crashed: lighting')).length).toBeGreaterThan(0);
    const broken = errorsOf(problems).filter((p) => p.file === fileLabelOf(join(dir, 'learners', learner)));
    expect(broken.map((p) => p.message)).toEqual([expect.stringContaining(missing)]);
  });
});
