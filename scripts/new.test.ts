import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../tests/support/fixture.ts';
import { checkInputs } from '../src/lib/check-inputs.ts';
import { isWarning } from '../src/lib/input-problem.ts';

/** A scratch copy of the fixture's settings and data, so entries land in a folder of their own. */
function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'new-cli-')), 'content');
  cpSync(join(FIXTURE_CONTENT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

const run = (dir: string, args: string[], input?: string) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
    input: input ?? '',
  });

const files = (dir: string, folder: string) =>
  readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

describe('npm run new', () => {
  it('writes one entry of each kind from flags alone (--yes), each passing the check with only warnings', () => {
    const dir = content();
    const runs: [string, string[], string][] = [
      [
        'event',
        ['--title', '长者智能手机课堂', '--region', '天河', '--start', '2024-11-20 14:30', '--type', '研讨活动'],
        'events/2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang.md',
      ],
      [
        'book',
        ['--title', '三体', '--isbn', '978-7-5366-9293-0', '--authors', '刘慈欣', '--publisher', '重庆出版社'],
        'books/san-ti.md',
      ],
      ['learner', ['--name', '何婉清', '--region', '广州市荔湾区', '--level', '市级', '--age', '78'], 'learners/he-wan-qing.md'],
      [
        'project',
        ['--name', '银龄数字课堂', '--region', '顺德', '--level', 'provincial', '--category', '老年教育'],
        'projects/yin-ling-shu-zi-ke-tang.md',
      ],
      ['notice', ['--title', '活动周通知', '--date', '2024-10-20'], 'pages/notices/huo-dong-zhou-tong-zhi.md'],
    ];
    for (const [kind, flags, file] of runs) {
      const result = run(dir, [kind, ...flags, '--yes']);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`已新建 ${join(dir, file)}`);
    }
    const problems = checkInputs(dir, {}).problems;
    expect(problems.filter((p) => !isWarning(p))).toEqual([]);
    // What is left to write is named: the event's summary, organizer and place.
    const event = problems.filter((p) => p.file.endsWith('tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang.md')).map((p) => p.field);
    expect(event).toEqual(expect.arrayContaining(['summary', 'venue', 'organizer', '正文（body）']));
  }, 60_000);

  it('asks, one question a line, and re-asks until an answer can be used', () => {
    const dir = content();
    const answers = [
      '百姓讲堂',
      '朝阳',
      '南山',
      '2024-11-19 19:30',
      '21:00',
      '99',
      '线上社会大讲堂',
      '',
      '',
      '',
      'https://live.example.cn/1',
      '老年人，亲子',
    ].join('\n');
    const result = run(dir, ['event'], `${answers}\n`);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('“朝阳”不是广东省的地市或县（市、区）：是否应为');
    // The message's own question mark ends it: no comma before the request to answer again.
    expect(result.stdout).toMatch(/？请重新输入/);
    expect(result.stdout).not.toContain('？，');
    expect(result.stdout).toContain('→ 深圳市南山区 440305');
    expect(result.stdout).toMatch(/“99”不在可选项中/);
    const text = readFileSync(join(dir, 'events/2024/nan-shan-bai-xing-jiang-tang.md'), 'utf8');
    expect(text).toMatch(/^region: "440305"$/m);
    expect(text).toMatch(/^end: 2024-11-19T21:00$/m);
    expect(text).toMatch(/^type: online_lecture$/m);
    expect(text).toMatch(/^online: "https:\/\/live\.example\.cn\/1"$/m);
    expect(text).toMatch(/^audience: \[elderly, family\]$/m);
    // Online only: no venue placeholder.
    expect(text).toMatch(/^# venue:$/m);
  }, 30_000);

  it('never overwrites: the next free name, or a stop when the name was chosen; a book already there is not made twice', () => {
    const dir = content();
    const book = (isbn: string) => ['book', '--title', '三体', '--isbn', isbn, '--yes'];
    expect(run(dir, book('9787536692930')).status).toBe(0);
    const edited = readFileSync(join(dir, 'books/san-ti.md'), 'utf8').replace('（待填写', '（编辑写的内容');
    writeFileSync(join(dir, 'books/san-ti.md'), edited);
    // Another edition, another ISBN: the next free name.
    expect(run(dir, book('978-7-5366-9396-8')).status).toBe(0);
    expect(files(dir, 'books').sort()).toEqual(['san-ti-2.md', 'san-ti.md']);
    const chosen = run(dir, [...book('9787020002207'), '--slug', 'san-ti']);
    expect(chosen.status).toBe(2);
    expect(chosen.stderr).toContain('san-ti.md 已存在，未覆盖');
    // The same book again (its ISBN written with hyphens this time): the file it has is named.
    const same = run(dir, book('978-7-5366-9293-0'));
    expect(same.status).toBe(1);
    expect(same.stderr).toContain(`--isbn：ISBN 978-7-5366-9293-0 的书已有文件 ${join(dir, 'books/san-ti.md')}`);
    expect(files(dir, 'books').sort()).toEqual(['san-ti-2.md', 'san-ti.md']);
    expect(readFileSync(join(dir, 'books/san-ti.md'), 'utf8')).toBe(edited);
  }, 30_000);

  it('files a book under the city that recommends it, or the province when left empty; one already there is said as soon as its ISBN is typed', () => {
    const dir = content();
    const city = run(dir, ['book', '--title', '三体', '--isbn', '978-7-5366-9293-0', '--region', '天河', '--yes']);
    expect(city.status, city.stderr).toBe(0);
    expect(readFileSync(join(dir, 'books/san-ti.md'), 'utf8')).toMatch(/^region: "440106"$/m);
    const province = JSON.parse(readFileSync(join(dir, 'data/site.json'), 'utf8')).province as { code: string };
    // Asked: title, ISBN, authors, publisher, region (left empty), summary, audience.
    const asked = run(dir, ['book'], ['红楼梦', '9787020002207', '曹雪芹', '人民文学出版社', '', '', ''].join('\n') + '\n');
    expect(asked.status, asked.stderr).toBe(0);
    expect(asked.stdout).toContain('全省推荐的空着');
    expect(readFileSync(join(dir, 'books/hong-lou-meng.md'), 'utf8')).toMatch(new RegExp(`^region: "${province.code}"$`, 'm'));
    // The same book again, asked: stopped right after the ISBN, with no flag named, before the author is asked.
    const again = run(dir, ['book'], ['三体', '9787536692930', '刘慈欣'].join('\n') + '\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`✗ ISBN 9787536692930 的书已有文件 ${join(dir, 'books/san-ti.md')}`);
    expect(again.stderr).not.toContain('--isbn');
    expect(again.stdout).not.toContain('作者');
  }, 30_000);

  it('takes the kind in Chinese as editors name it', () => {
    const dir = content();
    const star = run(dir, ['学习之星', '--name', '何婉清', '--region', '荔湾', '--level', '市级', '--age', '78', '--yes']);
    expect(star.status, star.stderr).toBe(0);
    expect(files(dir, 'learners')).toEqual(['he-wan-qing.md']);
    const unknown = run(dir, ['电影']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('未知的类别“电影”：应为 event（活动）');
    expect(run(dir, ['evnet']).stderr).toContain('未知的类别“evnet”（是否应为 event？）');
  }, 30_000);

  it('says what is missing or wrong, with exit codes 2 and 1, and writes nothing', () => {
    const dir = content();
    const missing = run(dir, ['event', '--title', '讲座', '--yes']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('缺少 --region');
    const wrong = run(dir, ['event', '--title', '讲座', '--region', '朝阳', '--start', '明天', '--type', 'seminar', '--yes']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/--region：“朝阳”不是广东省的地市或县/);
    expect(wrong.stderr).toMatch(/--start：“明天”不是可识别的日期时间/);
    expect(run(dir, ['event', '--isbn', '9787536692930', '--yes']).stderr).toContain('event 不用 --isbn');
    expect(run(dir, ['movie']).status).toBe(2);
    expect(readdirSync(dir)).toEqual(['data']);
  }, 30_000);
});
