import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import { answerPieces } from './quoted-words.ts';
import { fillMessage } from './result-view.ts';

const quotedOf = (answer: string) => answerPieces(answer).flatMap((piece) => (piece.quoted ? [piece.text] : []));
const joined = (answer: string) =>
  answerPieces(answer)
    .map((piece) => piece.text)
    .join('');

describe('the words a search’s answer quotes', () => {
  it('are the query and the words it names, each a piece of its own, the marks left with the text around them', () => {
    const answer =
      fillMessage(t.search.partial.intro, { query: '少儿编程' }) +
      fillMessage(t.search.partial.missing, { words: '编程' }) +
      fillMessage(t.search.partial.one, { words: '少儿', count: 3 });
    expect(quotedOf(answer)).toEqual(['少儿编程', '编程', '少儿']);
    expect(joined(answer)).toBe(answer);
  });

  it('keeps a query of several words as one piece, and words quoted one after another apart', () => {
    const answer = fillMessage(t.search.partial.some, { words: '粤剧”“碉楼', count: 2 });
    expect(quotedOf(answer)).toEqual(['粤剧', '碉楼']);
    expect(quotedOf(fillMessage(t.search.found, { query: '粤剧 碉楼', count: 2 }))).toEqual(['粤剧 碉楼']);
  });

  it('leaves an answer with no quote, or a mark without its pair, as plain text', () => {
    for (const answer of [t.search.loading, '找到与“读书相关的', '读书”', ''])
      expect(answerPieces(answer).every((piece) => !piece.quoted) && joined(answer) === answer).toBe(true);
  });
});
