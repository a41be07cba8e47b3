import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input-problem.ts';
import { contentSafety } from '../../i18n/zh-CN/content-safety.ts';
import { MAX_UNBROKEN_RUN, longRunGuardPlugin, tooLongRun } from './long-runs.ts';
import { findUnsafeConstructs } from './unsafe-body.ts';
import { cpuMs } from '../../../tests/support/cpu-time.ts';

const FRONT = '---\ntitle: 标题\n---\n'; // lines 1–3: a body's first line is 4
const dots = (count: number) => `见 https://a.b/${'.'.repeat(count)}x中文`;
/** The length of the run `dots(count)` makes: the address, its dots, and what follows without a space. */
const runOf = (count: number) => [...dots(count)].length - [...'见 '].length;

describe('a run of characters without a space', () => {
  it('passes up to the limit and is refused one past it, at the line it starts on, counted as an editor counts', () => {
    const atLimit = MAX_UNBROKEN_RUN - runOf(0);
    expect(tooLongRun(`${FRONT}开头。\n\n${dots(atLimit)}\n`)).toBeUndefined();
    expect(tooLongRun(`${FRONT}开头。\n\n${dots(atLimit + 1)}\n`)).toEqual({ line: 6, length: MAX_UNBROKEN_RUN + 1 });
    // Chinese characters, four bytes or one code unit each, count one each; line breaks and full-width spaces end a run.
    expect(tooLongRun(`${FRONT}${'𠀀'.repeat(MAX_UNBROKEN_RUN)}`)).toBeUndefined();
    expect(tooLongRun(`${FRONT}${'读'.repeat(MAX_UNBROKEN_RUN)}\n${'书'.repeat(MAX_UNBROKEN_RUN)}\u3000好`)).toBeUndefined();
    expect(tooLongRun(`${FRONT}一\n二 ${'书'.repeat(MAX_UNBROKEN_RUN + 5)}`)).toEqual({ line: 5, length: MAX_UNBROKEN_RUN + 5 });
  });

  it('is named by the check alone, before the body is parsed, in a moment however long the run', async () => {
    const body = `${FRONT}开头。\n\n${dots(150_000)}\n`;
    const { result: found, ms } = await cpuMs(() => findUnsafeConstructs(body, 'markdown'));
    expect(ms).toBeLessThan(500);
    expect(found).toEqual([{ line: 6, message: contentSafety.longRun(runOf(150_000), MAX_UNBROKEN_RUN), unread: true }]);
  });

  it('keeps the check of the longest run it lets through well under a second', async () => {
    const body = `${FRONT}开头。\n\n${dots(MAX_UNBROKEN_RUN - runOf(0))}\n`;
    const { ms } = await cpuMs(() => findUnsafeConstructs(body, 'markdown'));
    expect(ms).toBeLessThan(1000);
  });

  it('stops the build before the body is parsed, with the check’s words naming the file', async () => {
    const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [longRunGuardPlugin()] });
    const fileURL = pathToFileURL(resolve('content/events/2023/a.md'));
    // Astro hands the renderer the body alone: its line 3 here.
    const body = `开头。\n\n${dots(150_000)}\n`;
    const message = formatProblem({
      file: 'content/events/2023/a.md',
      item: contentSafety.line(3),
      field: contentSafety.bodyField,
      message: contentSafety.longRun(runOf(150_000), MAX_UNBROKEN_RUN),
    });
    const { ms } = await cpuMs(() => expect(renderer.render(body, { fileURL })).rejects.toThrow(message));
    expect(ms).toBeLessThan(500);
    expect((await renderer.render(`开头。\n\n${dots(100)}\n`, { fileURL })).code).toContain('开头');
  });
});
