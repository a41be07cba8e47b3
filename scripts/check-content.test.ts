import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../tests/support/fixture.ts';

const run = (env: Record<string, string> = {}, args: string[] = []) =>
  spawnSync(process.execPath, ['scripts/check-content.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

// Each test starts `npm run check` as a process: seconds on a busy machine, not milliseconds.
describe('npm run check', () => {
  it('passes the sample content', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/内容检查通过（content OK）：\d+ 个文件/);
  });

  it('refuses a mistyped flag or a file name with exit 2, instead of checking as if nothing was typed', () => {
    const flag = run({}, ['--hlep']);
    expect(flag.status).toBe(2);
    expect(flag.stdout).toBe('');
    expect(flag.stderr).toBe('错误：未知的选项 --hlep（是否应为 --help？）\n（npm run check -- --help 查看用法）\n');
    const file = run({}, ['content/events/2023/gz-opening-ceremony.md']);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('多余的参数 content/events/2023/gz-opening-ceremony.md：这个命令只接受以 -- 开头的选项');
    const help = run({}, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法（usage）：npm run check');
  });

  it('lists every problem across Markdown and JSON, with exit code 1', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'check-')), 'content');
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const event = join(dir, 'events/2023/gz-opening-ceremony.md');
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^region:.*$/m, 'region: "449999"'));
    const lighting = join(dir, 'data/lighting/2023.json');
    writeFileSync(lighting, readFileSync(lighting, 'utf8').replace('"kind": "tower"', '"kind": "rocket"'));
    const result = run({ CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/events\/2023\/gz-opening-ceremony\.md › 字段“地区”（region）：未知的地区代码 449999/);
    expect(result.stderr).toMatch(
      /data\/lighting\/2023\.json › 第 \d+ 项（gz-canton-tower 广州塔） › 字段“地标类型”（items\[\d+\]\.kind）：未知的类型 "rocket"/,
    );
  });

  it('names a body nested too deep to publish, with its line, and checks the other files, instead of a stack trace', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'check-')), 'content');
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const event = join(dir, 'events/2023/gz-opening-ceremony.md');
    const text = readFileSync(event, 'utf8');
    writeFileSync(event, `${text}\n${'>'.repeat(3000)} 引用\n`);
    const other = join(dir, 'events/2023/dg-workers-online-lecture.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/^region:.*$/m, 'region: "449999"'));
    const result = run({ CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    const line = text.split('\n').length + 1;
    expect(result.stderr).toContain(`events/2023/gz-opening-ceremony.md › 第 ${line} 行 › 字段 正文（body）：正文嵌套太深`);
    expect(result.stderr).toMatch(/dg-workers-online-lecture\.md › 字段“地区”（region）：未知的地区代码 449999/);
    expect(result.stderr).not.toContain('RangeError');
  });

  it('passes with warnings (⚠) listed, and fails on an error with the warnings still listed', () => {
    // The fixture has learners without a cover: a warning each, never an error.
    const dir = join(mkdtempSync(join(tmpdir(), 'check-')), 'content');
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const warned = run({ CONTENT_DIR: dir });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/内容检查通过（content OK）：\d+ 个文件。\n有 \d+ 处提醒（⚠/);
    expect(warned.stdout).toMatch(/ {2}⚠ .*learners\/liang-zhiwei\.md › 字段“封面照片”（cover）：没有封面照片/);

    const event = join(dir, 'events/2023/gz-opening-ceremony.md');
    writeFileSync(event, `${readFileSync(event, 'utf8')}\n[统计](/stats/1999/)\n`);
    const failed = run({ CONTENT_DIR: dir });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^发现 1 处错误、\d+ 处提醒/);
    expect(failed.stderr).toMatch(
      / {2}✗ .*gz-opening-ceremony\.md › 第 \d+ 行 › 字段 正文（body）：链接“\/stats\/1999\/”指向本站不存在的页面/,
    );
    expect(failed.stderr).toMatch(/ {2}⚠ .*liang-zhiwei\.md/);
  });
});
