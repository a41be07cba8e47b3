import { describe, expect, it } from 'vitest';
import { charactersLeftOut } from './left-out-characters.ts';

describe('charactersLeftOut', () => {
  it('names the characters of the query that the page does not hold', () => {
    expect(charactersLeftOut('残疾人', { content: '每个人都能学' })).toEqual(['残', '疾']);
    expect(charactersLeftOut('残疾人 残疾', { content: '人' })).toEqual(['残', '疾']);
  });

  it('names none when the page holds every character, wherever they stand', () => {
    expect(charactersLeftOut('老人学手机', { content: '教长者用智能手机，大学生当老师；老人' })).toEqual([]);
  });

  it('reads the page’s metadata too, which Pagefind searches as well', () => {
    expect(charactersLeftOut('荔湾', { content: '社区读书会', meta: { region: '广州市荔湾区' } })).toEqual([]);
  });

  it('looks only at Chinese characters: a word in letters or digits matches pages by its start, as Pagefind’s prefix search does', () => {
    expect(charactersLeftOut('AI 2023', { content: '人工智能' })).toEqual([]);
  });
});
