import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, HAINAN_CONTENT } from '../../../../tests/support/fixture.ts';
import { bodyReferences, parsedReferences } from './body-references.ts';

const entryFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(dir, name));

describe('the links and images of a body, found without a parse where it can hold none', () => {
  it('are what the parse finds, for every entry of the sample and the test sites', () => {
    const files = [...entryFiles('content'), ...entryFiles(FIXTURE_CONTENT), ...entryFiles(HAINAN_CONTENT)];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const format = file.endsWith('.mdx') ? 'mdx' : 'markdown';
      expect(bodyReferences(source, format), file).toEqual(parsedReferences(source, format));
    }
  });

  it('are found in a body whose only link GFM makes by itself, or an autolink, a footnote or HTML', () => {
    const frontMatter = '---\ntitle: 读书会\naudience: [all]\n---\n\n';
    for (const body of ['详见 www.gd.gov.cn。', '报名：https://x.cn/a', '资料 ftp://files.example.org/a', '联系 me@x.org', '<https://x.cn>', '见注[^1]。\n\n[^1]: 注释', '<img src="./a.jpg" alt="">'])
      expect(bodyReferences(frontMatter + body, 'markdown'), body).toEqual(parsedReferences(frontMatter + body, 'markdown'));
    expect(bodyReferences(`${frontMatter}联系 me@x.org`, 'markdown')).toEqual([{ kind: 'link', url: 'mailto:me@x.org', line: 6 }]);
  });

  it('are none where the body has none, whatever the front matter holds, with Windows line ends too', () => {
    const file = '---\ntitle: 读书会\nonline: https://live.example.org/1\naudience: [elderly, family]\n---\n\n周六上午在图书馆，欢迎参加。\n';
    expect(bodyReferences(file, 'markdown')).toEqual([]);
    expect(bodyReferences(file.replaceAll('\n', '\r\n'), 'markdown')).toEqual([]);
    expect(parsedReferences(file, 'markdown')).toEqual([]);
  });
});
