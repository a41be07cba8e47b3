import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import { chineseWordSegmenter, mergeWordResults, partialMatchMessage, queryWords } from './partial-match.ts';

const segment = chineseWordSegmenter()!;

describe('queryWords', () => {
  it('has Node’s Intl.Segmenter to work with, as the browsers the site serves have', () => {
    expect(segment).toBeTypeOf('function');
  });

  it('cuts a resident’s sentence into the words to search one by one', () => {
    expect(queryWords('退休老人上课', segment)).toEqual(['退休', '老人', '上课']);
    expect(queryWords('广州 夜校 英语', segment)).toEqual(['广州', '夜校', '英语']);
  });

  it('leaves out characters standing alone, which would match nearly every page', () => {
    expect(queryWords('免费学英语', segment)).toEqual(['免费', '英语']);
    const words = queryWords('周末带孩子', segment);
    expect(words).toContain('周末');
    expect(words).toContain('孩子');
    expect(words).not.toContain('带');
  });

  it('joins again the single characters the segmenter cut a word into', () => {
    // Whatever the segmenter does with 长者 and 之星, the words searched keep them whole.
    const split = (text: string) => [...text];
    expect(queryWords('长者手机', (text) => (text === '长者手机' ? ['长', '者', '手机'] : split(text)))).toEqual(['长者', '手机']);
    expect(queryWords('学习之星颁奖', (text) => (text === '学习之星颁奖' ? ['学习', '之', '星', '颁奖'] : split(text)))).toEqual([
      '学习',
      '之星',
      '颁奖',
    ]);
  });

  it('joins no word across a particle, so that 的 and 和 make no words of their own', () => {
    const characters = (text: string) => [...text];
    expect(queryWords('粤剧和碉楼', characters)).toEqual(['粤剧', '碉楼']);
    expect(queryWords('不存在 的词', segment)).toEqual([]);
  });

  it('gives no words when the query is one word, which was already searched as a whole', () => {
    expect(queryWords('粤剧', segment)).toEqual([]);
    expect(queryWords('粤剧 粤剧', segment)).toEqual([]);
    expect(queryWords('xyzzyqv', segment)).toEqual([]);
    expect(queryWords('', segment)).toEqual([]);
  });

  it('keeps words in Latin letters and digits', () => {
    expect(queryWords('AI 讲座', segment)).toEqual(['AI', '讲座']);
  });
});

describe('mergeWordResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('ranks the pages that hold more of the words first, then by their summed score', () => {
    const merged = mergeWordResults([
      { word: '退休', results: [r('a', 5), r('b', 1)] },
      { word: '老人', results: [r('c', 9), r('b', 2), r('a', 1)] },
      { word: '上课', results: [r('d', 3), r('b', 1)] },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(merged.found).toEqual(['退休', '老人', '上课']);
    expect(merged.missing).toEqual([]);
  });

  it('names the words no page holds, and shows each page once', () => {
    const merged = mergeWordResults([
      { word: '周末', results: [] },
      { word: '孩子', results: [r('x', 2), r('y', 4)] },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['y', 'x']);
    expect(merged.found).toEqual(['孩子']);
    expect(merged.missing).toEqual(['周末']);
  });

  it('finds nothing when no word is on any page', () => {
    expect(
      mergeWordResults([
        { word: '魑魅', results: [] },
        { word: '魍魉', results: [] },
      ]),
    ).toEqual({
      results: [],
      found: [],
      missing: ['魑魅', '魍魉'],
    });
  });
});

describe('partialMatchMessage', () => {
  const r = (id: string) => ({ id, score: 1 });

  it('says nothing holds every word, names the words no page holds, and what the results hold', () => {
    const match = mergeWordResults([
      { word: '周末', results: [] },
      { word: '孩子', results: [r('a'), r('b')] },
    ]);
    const message = partialMatchMessage(t.search.partial, '周末带孩子', match);
    expect(message).toContain('“周末带孩子”');
    expect(message).toContain('“周末”');
    expect(message).toContain('“孩子”');
    expect(message).toContain('2');
    expect(message.indexOf('“周末”')).toBeLessThan(message.indexOf('“孩子”'));
  });

  it('lists every word the results hold, and no missing words when each is on some page', () => {
    const match = mergeWordResults([
      { word: '退休', results: [r('a')] },
      { word: '老人', results: [r('b')] },
    ]);
    const message = partialMatchMessage(t.search.partial, '退休老人', match);
    expect(message).toContain('“退休”“老人”');
    expect(message).not.toContain(t.search.partial.missing.split('{words}')[1]!);
  });
});
