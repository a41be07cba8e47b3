import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { checkInputs } from '../check-inputs.ts';
import { MAX_IMAGE_PIXELS } from '../images/image-defect.ts';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';

/**
 * What an editor's account, taken over, could publish through files rather
 * than text: a link to the build machine's files, an image path that leads
 * out of content/, an SVG with a script, a small file of a billion pixels.
 * Each stops the check (and so the build) with the file named.
 */
const EVENT = 'events/2023/gz-opening-ceremony.md';
const COVER = './gz-opening-ceremony.jpg';

/** A copy of the fixture's content folder beside a folder of "secrets" outside it. */
function site(): { content: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'outside-content-'));
  const content = join(root, 'content');
  const outside = join(root, 'outside');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '---\ntitle: 机密\n---\n机器上的文件\n');
  cpSync(join(content, 'events/2023', COVER), join(outside, 'secret.jpg'));
  return { content, outside };
}

/** A PNG that says it is width × height (its header, one black row's worth of data, its end): what a decoder is asked to allocate. */
function pngOfSize(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale, as the smallest bombs are
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + Math.ceil(width / 8)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const errorsOf = (content: string) => checkInputs(content, {}).problems.filter((p) => p.severity !== 'warning');
const addToBody = (content: string, text: string) => {
  const file = join(content, EVENT);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${text}\n`);
};
const lineCount = (content: string) => readFileSync(join(content, EVENT), 'utf8').trimEnd().split('\n').length;
const at = (content: string, field: string, message: string, item?: string): InputProblem => ({
  file: fileLabelOf(join(content, EVENT)),
  ...(item ? { item } : {}),
  field,
  message,
});

describe('files that would publish what is not content', () => {
  it('refuses a link to a file outside, and a linked folder', () => {
    const { content, outside } = site();
    symlinkSync(join(outside, 'secret.md'), join(content, 'pages/leak.md'));
    symlinkSync(outside, join(content, 'pages/outdir'));
    const errors = errorsOf(content);
    expect(errors).toContainEqual({
      file: fileLabelOf(join(content, 'pages/leak.md')),
      field: '（文件名）',
      message: inputText.content.symlink(join(outside, 'secret.md')),
    });
    expect(errors).toContainEqual({ file: fileLabelOf(join(content, 'pages/outdir')), field: '（文件名）', message: inputText.content.symlink(outside) });
  });

  it('refuses a cover whose path leads out of the content folder', () => {
    const { content } = site();
    const file = join(content, EVENT);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`src: ${COVER}`, 'src: ../../../outside/secret.jpg'));
    expect(errorsOf(content)).toContainEqual(at(content, 'cover.src', inputText.content.image.outside('../../../outside/secret.jpg')));
  });

  it('refuses a body image whose path leads out of the content folder', () => {
    const { content } = site();
    addToBody(content, '![机密](../../../outside/secret.jpg)');
    const message = inputText.content.image.outside('../../../outside/secret.jpg');
    expect(errorsOf(content)).toContainEqual(at(content, '正文（body）', message, `第 ${lineCount(content)} 行`));
  });

  it('refuses an SVG in a body, and one named .png', () => {
    const { content } = site();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="9" height="9"/></svg>';
    writeFileSync(join(content, 'events/2023/evil.svg'), svg);
    writeFileSync(join(content, 'events/2023/evil.png'), svg);
    addToBody(content, '![红色方块](./evil.svg)');
    addToBody(content, '![红色方块](./evil.png)');
    const lines = lineCount(content);
    const errors = errorsOf(content);
    expect(errors).toContainEqual(at(content, '正文（body）', inputText.content.image.scriptable('./evil.svg'), `第 ${lines - 2} 行`));
    expect(errors).toContainEqual(at(content, '正文（body）', inputText.content.image.scriptable('./evil.png'), `第 ${lines} 行`));
  });

  it('refuses an image of more pixels than the build may decode, however small its file', () => {
    const { content } = site();
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1;
    writeFileSync(join(content, 'events/2023/bomb.png'), pngOfSize(side, side));
    addToBody(content, '![一张很大的黑色图](./bomb.png)');
    expect(errorsOf(content)).toContainEqual(at(content, '正文（body）', inputText.content.image.tooManyPixels('./bomb.png'), `第 ${lineCount(content)} 行`));
  });

  it('refuses a folder named like an image, as a cover and in a body, naming the file', () => {
    const album = (content: string) => {
      mkdirSync(join(content, 'events/2023/album.jpg'));
      cpSync(join(content, 'events/2023', COVER), join(content, 'events/2023/album.jpg/1.jpg'));
    };
    const asCover = site().content;
    album(asCover);
    const file = join(asCover, EVENT);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`src: ${COVER}`, 'src: ./album.jpg'));
    expect(errorsOf(asCover)).toContainEqual(at(asCover, 'cover.src', inputText.content.image.notAFile('./album.jpg')));
    const inBody = site().content;
    album(inBody);
    addToBody(inBody, '![相册](./album.jpg)');
    const message = inputText.content.image.notAFile('./album.jpg');
    expect(errorsOf(inBody)).toContainEqual(at(inBody, '正文（body）', message, `第 ${lineCount(inBody)} 行`));
  });

  it('accepts the fixture as it is', () => {
    expect(errorsOf(site().content)).toEqual([]);
  });
});
