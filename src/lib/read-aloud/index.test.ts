import { describe, expect, it } from 'vitest';
import { pickMandarinVoice, utterancesOf, type VoiceInfo } from './index.ts';

const voice = (name: string, lang: string, over: Partial<VoiceInfo> = {}): VoiceInfo => ({
  name,
  lang,
  localService: true,
  default: false,
  ...over,
});

describe('pickMandarinVoice', () => {
  it('prefers a zh-CN voice, then other Mandarin (espeak-ng’s cmn, zh-TW)', () => {
    expect(pickMandarinVoice([voice('en', 'en-US'), voice('tw', 'zh-TW'), voice('cn', 'zh-CN')])?.name).toBe('cn');
    expect(pickMandarinVoice([voice('tw', 'zh-TW'), voice('espeak', 'cmn')])?.name).toBe('espeak');
    expect(pickMandarinVoice([voice('en', 'en-US'), voice('tw', 'zh_TW')])?.name).toBe('tw');
  });

  it('never reads the page in Cantonese or another language', () => {
    expect(pickMandarinVoice([voice('hk', 'zh-HK'), voice('yue', 'yue'), voice('en', 'en-GB')])).toBeUndefined();
    expect(pickMandarinVoice([])).toBeUndefined();
  });

  it('prefers a voice on the device, then the default, then the name', () => {
    expect(pickMandarinVoice([voice('online', 'zh-CN', { localService: false }), voice('local', 'zh-CN')])?.name).toBe('local');
    expect(pickMandarinVoice([voice('b', 'zh-CN'), voice('a', 'zh-CN'), voice('d', 'zh-CN', { default: true })])?.name).toBe('d');
    expect(pickMandarinVoice([voice('b', 'zh-CN'), voice('a', 'zh-CN')])?.name).toBe('a');
  });
});

describe('utterancesOf', () => {
  it('reads each block sentence by sentence, remembering where each starts', () => {
    const blocks = ['广州读书月开幕', '今天开幕。现场有讲座！欢迎参加？'];
    expect(utterancesOf(blocks)).toEqual([
      { block: 0, start: 0, text: '广州读书月开幕' },
      { block: 1, start: 0, text: '今天开幕。' },
      { block: 1, start: 5, text: '现场有讲座！' },
      { block: 1, start: 11, text: '欢迎参加？' },
    ]);
  });

  it('keeps closing quotes with their sentence and offsets that point into the block', () => {
    const block = '她说：“学无止境。”然后笑了。';
    const pieces = utterancesOf([block]);
    expect(pieces.map((p) => p.text)).toEqual(['她说：“学无止境。”', '然后笑了。']);
    for (const p of pieces) expect(block.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('cuts a long sentence after commas, and a long clause where it must', () => {
    const long = `${'长'.repeat(50)}，${'句'.repeat(50)}，${'子'.repeat(50)}。`;
    const pieces = utterancesOf([long], 60);
    expect(pieces.every((p) => p.text.length <= 60)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(long);
    const clause = '字'.repeat(130);
    expect(utterancesOf([clause], 60).map((p) => p.text.length)).toEqual([60, 60, 10]);
  });

  it('skips blocks with nothing to say and trims spaces, keeping offsets right', () => {
    const pieces = utterancesOf(['   ', '——', '  第一句。 第二句。']);
    expect(pieces).toEqual([
      { block: 2, start: 2, text: '第一句。' },
      { block: 2, start: 7, text: '第二句。' },
    ]);
  });
});
