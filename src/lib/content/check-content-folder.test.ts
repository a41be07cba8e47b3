import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { fileLabelOf } from '../input-problem.ts';
import { checkContentFolder, checkEntry } from './check-entries.ts';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';

/** Issue 10, item 5: the mistakes editors made that the site used to swallow, each with its exact message. */
const FIXTURE = relative(process.cwd(), FIXTURE_CONTENT);
const EVENT = 'events/2023/gz-opening-ceremony.md';
const BOOK = 'books/hongloumeng.md';
/** Where the changed texts claim to be: beside the fixture's images. */
const X = join(FIXTURE, EVENT);
const B = join(FIXTURE, BOOK);

/** A copy of the fixture's content folder to break. */
function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'item5-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
const change = (dir: string, file: string, edit: (text: string) => string) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));

describe('unknown front-matter keys', () => {
  const event = readFileSync(join(FIXTURE, EVENT), 'utf8');
  const unknownKeyMessage = (key: string, meant: string) =>
    expect.stringMatching(new RegExp(`^未知字段 "${key}"（是否应为 ${meant}？）；这里允许的字段：([a-z、]+)。未知字段不会被读取，请改正或删除$`));

  it('names a misspelt key and the key it should be (regoin → region)', () => {
    const problems = checkEntry('events', X, event.replace(/^region:/m, 'regoin:'));
    expect(problems).toContainEqual({
      file: X,
      field: 'regoin',
      message: unknownKeyMessage('regoin', 'region'),
    });
  });

  it('does so for an optional key too, which used to drop the sign-up button silently (registraton → registration)', () => {
    const problems = checkEntry('events', X, event.replace(/^organizer:/m, 'registraton: https://example.org/signup\norganizer:'));
    expect(problems).toEqual([
      {
        file: X,
        field: 'registraton',
        message: unknownKeyMessage('registraton', 'registration'),
      },
    ]);
  });

  it('inside venue and cover as well', () => {
    const problems = checkEntry('events', X, event.replace(/^ {2}address:/m, '  adress:'));
    expect(problems).toContainEqual({
      file: X,
      field: 'venue.adress',
      message: '未知字段 "adress"（是否应为 address？）；这里允许的字段：name、address、location、accessibility。未知字段不会被读取，请改正或删除',
    });
  });
});

describe('region codes', () => {
  it('asks for quotes around a region code that YAML read as a number', () => {
    const event = readFileSync(join(FIXTURE, EVENT), 'utf8');
    const code = /^region:\s*"(\d{6})"/m.exec(event)![1]!;
    expect(checkEntry('events', X, event.replace(/^region:.*$/m, `region: ${code}`))).toEqual([
      { file: X, field: 'region', message: `地区代码要加上引号：写成 "${code}"（不加引号会被当成数字）` },
    ]);
  });
});

describe('ISBNs', () => {
  it('asks for quotes around an ISBN that YAML read as a number', () => {
    const book = readFileSync(join(FIXTURE, BOOK), 'utf8').replace(/^isbn:.*$/m, 'isbn: 9787020002207');
    expect(checkEntry('books', B, book)).toEqual([
      { file: B, field: 'isbn', message: 'ISBN 要加上引号：写成 isbn: "9787020002207"（不加引号会被当成数字）' },
    ]);
  });

  it('names the second book with the same ISBN, and the first', () => {
    const dir = content();
    const isbn = /^isbn:\s*"?([\d-]+)"?/m.exec(readFileSync(join(dir, BOOK), 'utf8'))![1]!;
    const other = 'books/xiangtu-zhongguo.md';
    change(dir, other, (text) => text.replace(/^isbn:.*$/m, `isbn: "${isbn}"`));
    const digits = isbn.replace(/-/g, '');
    const [first, second] = [BOOK, other].sort();
    expect(checkContentFolder(dir).problems).toEqual([
      {
        file: fileLabelOf(join(dir, second!)),
        field: 'isbn',
        message: `ISBN ${digits} 与 ${fileLabelOf(join(dir, first!))} 相同：同一本书只写一个文件，请删除其中一个或改正 ISBN`,
      },
    ]);
  });
});

describe('files the site would not publish as they are', () => {
  it('names Markdown with an extension the site ignores (x.MD, x.markdown)', () => {
    const dir = content();
    renameSync(join(dir, EVENT), join(dir, 'events/2023/gz-opening-ceremony.MD'));
    renameSync(join(dir, BOOK), join(dir, 'books/hongloumeng.markdown'));
    expect(checkContentFolder(dir).problems).toEqual([
      {
        file: fileLabelOf(join(dir, 'events/2023/gz-opening-ceremony.MD')),
        field: '（文件名）',
        message: '网站不读取扩展名为 .MD 的文件，这篇内容不会发布：请把扩展名改为 .md（小写）',
      },
      {
        file: fileLabelOf(join(dir, 'books/hongloumeng.markdown')),
        field: '（文件名）',
        message: '网站不读取扩展名为 .markdown 的文件，这篇内容不会发布：请把扩展名改为 .md（小写）',
      },
    ]);
  });

  it('names text saved by Notepad (x.md.txt) or as plain text, and points out a Word document, beside the entries', () => {
    const dir = content();
    renameSync(join(dir, EVENT), join(dir, 'events/2023/gz-opening-ceremony.md.txt'));
    cpSync(join(dir, BOOK), join(dir, 'books/notes.TXT'));
    writeFileSync(join(dir, 'books/书单.docx'), 'PK');
    expect(checkContentFolder(dir).problems).toEqual([
      {
        file: fileLabelOf(join(dir, 'events/2023/gz-opening-ceremony.md.txt')),
        field: '（文件名）',
        message:
          '文件名多了 .txt（记事本保存时会自动加上），这篇内容不会发布：请把文件改名为 gz-opening-ceremony.md。用记事本另存为时，“保存类型”选“所有文件”',
      },
      {
        file: fileLabelOf(join(dir, 'books/notes.TXT')),
        field: '（文件名）',
        message: '网站不读取扩展名为 .TXT 的文件，这篇内容不会发布：请把扩展名改为 .md，并按编辑指南写好文件头',
      },
      {
        file: fileLabelOf(join(dir, 'books/书单.docx')),
        field: '（文件名）',
        message: '网站不读取 .docx 文件，它不会发布：要发布其中的文字，请复制到 .md 文件里（见编辑指南）；只是存放的话可以忽略这条提醒',
        severity: 'warning',
      },
    ]);
  });

  it('names both of two files that would get one address (x.md and x.mdx)', () => {
    const dir = content();
    cpSync(join(dir, BOOK), join(dir, 'books/hongloumeng.mdx'));
    const md = fileLabelOf(join(dir, BOOK));
    const mdx = fileLabelOf(join(dir, 'books/hongloumeng.mdx'));
    const problems = checkContentFolder(dir).problems.filter((p) => p.field === '（文件名）');
    expect(problems).toEqual([
      { file: md, field: '（文件名）', message: `与 ${mdx} 的网址相同，只会发布其中一个：请删除或改名其中一个文件` },
      { file: mdx, field: '（文件名）', message: `与 ${md} 的网址相同，只会发布其中一个：请删除或改名其中一个文件` },
    ]);
  });
});

describe('warnings: published all the same, but a reader would notice', () => {
  it('a title longer than 60 characters, and a body over 100 KB', () => {
    const dir = content();
    const title = '广州市'.repeat(21);
    change(dir, EVENT, (text) => text.replace(/^title:.*$/m, `title: "${title}"`) + `\n${`${'长'.repeat(1000)}\n`.repeat(40)}`);
    const all = checkContentFolder(dir).problems;
    const warnings = all.filter((p) => p.severity === 'warning');
    expect(all.filter((p) => p.severity !== 'warning')).toEqual([]);
    // The body: the file after its front matter, in bytes (一 Chinese character is 3).
    const body = readFileSync(join(dir, EVENT), 'utf8').replace(/^---[\s\S]*?\n---/, '');
    const bodyKb = Math.round(Buffer.byteLength(body, 'utf8') / 1024);
    expect(bodyKb).toBeGreaterThan(100);
    expect(warnings).toEqual([
      {
        file: fileLabelOf(join(dir, EVENT)),
        field: 'title',
        message: `标题有 ${[...title].length} 个字，超过 60 个字时列表、分享卡片和手机上会显示不全：建议精简（仍会发布）`,
        severity: 'warning',
      },
      {
        file: fileLabelOf(join(dir, EVENT)),
        field: '（整个文件）',
        message: `正文有 ${bodyKb} KB，超过 100 KB：手机上打开会很慢，建议拆成几篇，或删去从网页、Word 粘贴带来的多余内容（仍会发布）`,
        severity: 'warning',
      },
    ]);
  });
});

describe('images', () => {
  it('names a corrupt cover image with its field, in Chinese', () => {
    const dir = content();
    const src = /^ {2}src: (.+)$/m.exec(readFileSync(join(dir, EVENT), 'utf8'))![1]!.trim();
    writeFileSync(join(dir, 'events/2023', src), 'this is not a picture');
    expect(checkContentFolder(dir).problems).toEqual([
      {
        file: fileLabelOf(join(dir, EVENT)),
        field: 'cover.src',
        message: `图片文件“${src}”已损坏或不是图片（读不出尺寸和格式）：请重新导出为 JPEG 或 PNG 后再放入`,
      },
    ]);
  });

  it('names an iPhone photo (HEIC), under its own name or renamed .jpg, with the way to JPEG', async () => {
    const dir = content();
    const src = /^ {2}src: (.+)$/m.exec(readFileSync(join(dir, EVENT), 'utf8'))![1]!.trim();
    // An HEIF file as an iPhone writes it begins ftyp heic; the pictures inside are HEVC, which sharp's own build cannot decode.
    const heif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } }).avif().toBuffer();
    heif.write('heic', 8, 'latin1');
    writeFileSync(join(dir, 'events/2023', src), heif);
    writeFileSync(join(dir, 'events/2023/IMG_0001.HEIC'), heif);
    change(dir, BOOK, (text) => text.replace(/^( {2}src: ).+$/m, '$1./IMG_0001.HEIC'));
    cpSync(join(dir, 'events/2023/IMG_0001.HEIC'), join(dir, 'books/IMG_0001.HEIC'));
    const said = checkContentFolder(dir).problems.filter((p) => p.field === 'cover.src');
    expect(said).toHaveLength(2);
    expect(said).toEqual(
      expect.arrayContaining([
        { file: fileLabelOf(join(dir, BOOK)), field: 'cover.src', message: inputText.content.image.heic('./IMG_0001.HEIC') },
        { file: fileLabelOf(join(dir, EVENT)), field: 'cover.src', message: inputText.content.image.heic(src) },
      ]),
    );

    const eventProblems = () => checkContentFolder(dir).problems.filter((p) => p.file === fileLabelOf(join(dir, EVENT)));
    // Another brand of HEVC pictures, as other phones write them.
    heif.write('hevc', 8, 'latin1');
    writeFileSync(join(dir, 'events/2023', src), heif);
    expect(eventProblems().map((p) => p.message)).toEqual([inputText.content.image.heic(src)]);
    // Branded mif1 alone, an HEIF file may hold AV1, which the build decodes: not refused.
    heif.write('mif1', 8, 'latin1');
    writeFileSync(join(dir, 'events/2023', src), heif);
    expect(eventProblems()).toEqual([]);
  });

  it('names a cover cut short (its header still readable), which would be published half grey', () => {
    const dir = content();
    const src = /^ {2}src: (.+)$/m.exec(readFileSync(join(dir, EVENT), 'utf8'))![1]!.trim();
    const photo = join(dir, 'events/2023', src);
    const bytes = readFileSync(photo);
    writeFileSync(photo, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(checkContentFolder(dir).problems).toEqual([
      {
        file: fileLabelOf(join(dir, EVENT)),
        field: 'cover.src',
        message: `图片文件“${src}”不完整（文件在中途断开，多半是上传或复制没有完成）：发布后下半部分会是灰色，请重新复制或导出完整的文件`,
      },
    ]);
  });
});
