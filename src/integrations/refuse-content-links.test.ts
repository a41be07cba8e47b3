import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { inputText } from '../i18n/zh-CN/input.ts';
import { fileLabelOf, formatProblem } from '../lib/input-problem.ts';
import { FILE_NAME } from '../lib/input/index.ts';
import { refuseContentLinks } from './refuse-content-links.ts';

const root = mkdtempSync(join(tmpdir(), 'content-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A content folder with a page, and the given links in it (path inside → target). */
function contentWith(name: string, links: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, 'pages/about.md'), '---\ntitle: 关于\n---\n正文\n');
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

/** What Astro runs first: the hook, as Astro calls it, with CONTENT_DIR set as a build sets it. */
function setUp(contentDir: string) {
  vi.stubEnv('CONTENT_DIR', contentDir);
  const hook = refuseContentLinks().hooks['astro:config:setup'] as () => void;
  return () => hook();
}

describe('refuseContentLinks', () => {
  it('lets Astro go on over a content folder without links', () => {
    expect(setUp(contentWith('plain'))).not.toThrow();
  });

  it('stops Astro at a link to a file or a folder, naming each as the check does', () => {
    const key = join(root, 'deploy-key');
    writeFileSync(key, 'secret');
    const dir = contentWith('linked', { 'pages/key.md': key, 'pages/etc': '/etc' });
    const lines = [join(dir, 'pages/etc'), join(dir, 'pages/key.md')].map((path, i) =>
      formatProblem({ file: fileLabelOf(path), field: FILE_NAME, message: inputText.content.symlink(['/etc', key][i]!) }),
    );
    let message = '';
    try {
      setUp(dir)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')[0]).toBe(inputText.problem.linksRefused(2));
    for (const line of lines) expect(message).toContain(line);
  });

  it('lets Astro report a missing content folder itself', () => {
    expect(setUp(join(root, 'no-such-folder'))).not.toThrow();
  });
});
