import { describe, expect, it } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { entryPath, entryRoute, sitePath } from '../urls.ts';
import { readAlias } from './alias-path.ts';
import { aliasesLine, entryAtFile, filesAt } from './aliases.ts';
import { checkEntry } from './check-entries.ts';
import { COLLECTION_NAMES } from './collections.ts';

const m = inputText.content.alias;

/** A learner's file with `aliases` written as given (a YAML value). */
const learner = (aliases: string) => `---
name: 林振邦
region: "440781"
year: 2023
summary: 八十岁学电脑。
level: provincial
age: 86
occupation: 退休工程师
aliases: ${aliases}
---
正文。
`;

describe('an old address (aliases) as written', () => {
  it('is a path of this site from its root, made the folder address the site serves', () => {
    expect(readAlias('/learners/lin-zhenbang/')).toEqual({ ok: true, path: '/learners/lin-zhenbang/' });
    expect(readAlias(' /learners/lin-zhenbang ')).toEqual({ ok: true, path: '/learners/lin-zhenbang/' });
    expect(readAlias('/events/2022/gz_reading.v2/')).toEqual({ ok: true, path: '/events/2022/gz_reading.v2/' });
  });

  it('is refused, with the reason, when it is not a plain path of this site', () => {
    const defects = Object.fromEntries(
      [
        'https://edu.gd.gov.cn/learners/x/',
        'javascript:alert(1)',
        '//evil.example/x/',
        '/learners/x/?from=paper',
        '/learners/x/#top',
        'learners/x/',
        '/learners/../stats/',
        '/learners/./x/',
        '/learners/林振邦/',
        '/learners/lin zhenbang/',
        '/learners\\x/',
        '/learners//x/',
      ].map((raw) => [raw, readAlias(raw).ok ? 'ok' : (readAlias(raw) as { defect: string }).defect]),
    );
    expect(defects).toEqual({
      'https://edu.gd.gov.cn/learners/x/': 'scheme',
      'javascript:alert(1)': 'scheme',
      '//evil.example/x/': 'host',
      '/learners/x/?from=paper': 'query',
      '/learners/x/#top': 'query',
      'learners/x/': 'relative',
      '/learners/../stats/': 'dots',
      '/learners/./x/': 'dots',
      '/learners/林振邦/': 'characters',
      '/learners/lin zhenbang/': 'characters',
      '/learners\\x/': 'characters',
      '/learners//x/': 'characters',
    });
  });
});

describe('the aliases field', () => {
  it('takes a list of old addresses on every collection with pages', () => {
    expect(checkEntry('learners', 'content/learners/lin-zhen-bang.md', learner('[/learners/lin-zhenbang/, /learners/lzb]'))).toEqual([]);
  });

  it('names the file and the item of a bad one, in Chinese, saying what to write', () => {
    const file = 'content/learners/lin-zhen-bang.md';
    expect(checkEntry('learners', file, learner('[/learners/lin-zhenbang/, "https://edu.gd.gov.cn/learners/x/", ../x/]'))).toEqual([
      { file, field: 'aliases[1]', message: m.scheme('https://edu.gd.gov.cn/learners/x/') },
      { file, field: 'aliases[2]', message: m.relative('../x/') },
    ]);
    expect(checkEntry('learners', file, learner('/learners/lin-zhenbang/'))).toEqual([{ file, field: 'aliases', message: m.shape }]);
    // The same address twice, once without its last slash.
    expect(checkEntry('learners', file, learner('[/learners/lin-zhenbang/, /learners/lin-zhenbang]'))).toEqual([
      { file, field: 'aliases[1]', message: m.twice('/learners/lin-zhenbang/') },
    ]);
  });
});

describe('addresses and files', () => {
  it('are the entry’s address without the base path, and the files that had it', () => {
    for (const collection of COLLECTION_NAMES) expect(sitePath(entryRoute(collection, 'a/b'))).toBe(entryPath(collection, 'a/b'));
    expect(entryAtFile('learners/lin-zhenbang.md')).toEqual({ collection: 'learners', id: 'lin-zhenbang' });
    expect(entryAtFile('events/2023/gz-reading.mdx')).toEqual({ collection: 'events', id: '2023/gz-reading' });
    expect(entryAtFile('pages/notices/moe-2023.md')).toEqual({ collection: 'pages', id: 'notices/moe-2023' });
    // Not an entry: an image, a data file, a name that is no address.
    for (const file of ['learners/lin-zhenbang.jpg', 'data/site.json', 'learners/Lin Zhenbang.md']) expect(entryAtFile(file)).toBeUndefined();
    // /learners/x/ was a learner's page, or a standing page content/pages/learners/x.md.
    expect(filesAt('/learners/lin-zhenbang/')).toEqual([
      'learners/lin-zhenbang.md',
      'learners/lin-zhenbang.mdx',
      'pages/learners/lin-zhenbang.md',
      'pages/learners/lin-zhenbang.mdx',
    ]);
    expect(filesAt('/about/')).toEqual(['pages/about.md', 'pages/about.mdx']);
    expect(filesAt('/Old_CMS/page.html/')).toEqual([]);
    expect(aliasesLine(['/learners/a/', '/learners/b/'])).toBe('aliases: [/learners/a/, /learners/b/]');
  });
});
