import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './numbers.ts';

describe('whole numbers as offices type them', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    [' 1234 ', 1234],
    ['\u3000120\u00a0', 120],
    ['１２３４', 1234],
    ['１，２３４', 1234],
    ['0', 0],
    ['12.0', 12],
  ])('%j → %d', (text, value) => {
    expect(parseWholeNumber(text)).toEqual({ ok: true, value });
  });

  it('takes number cells that hold whole numbers', () => {
    expect(parseWholeNumber(35000)).toEqual({ ok: true, value: 35000 });
    expect(parseWholeNumber(0)).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['约3000', 'approximate'],
    ['3000左右', 'approximate'],
    ['3000余', 'approximate'],
    ['3000+', 'approximate'],
    ['3万', 'unit'],
    ['1.2万', 'unit'],
    ['3000人次', 'unit'],
    ['-', 'placeholder'],
    ['—', 'placeholder'],
    ['/', 'placeholder'],
    ['无', 'placeholder'],
    ['12.5', 'fraction'],
    ['1/2', 'fraction'],
    ['50%', 'fraction'],
    ['-5', 'negative'],
    ['1,23', 'separator'],
    ['12,34,567', 'separator'],
    ['1 000', 'spaced'],
    ['1\u00a0234\u00a0567', 'spaced'],
    ['120 350', 'spaced'],
    ['很多', 'approximate'],
    ['不清楚', 'notNumber'],
    ['abc', 'notNumber'],
    ['#REF!', 'formulaError'],
    ['', 'blank'],
    ['   ', 'blank'],
  ])('%j is refused as %s, never guessed', (text, problem) => {
    expect(parseWholeNumber(text)).toMatchObject({ ok: false, problem });
  });

  it('refuses number cells that are not whole and non-negative, and cells of other types', () => {
    expect(parseWholeNumber(12.5)).toMatchObject({ ok: false, problem: 'fraction' });
    expect(parseWholeNumber(-1)).toMatchObject({ ok: false, problem: 'negative' });
    expect(parseWholeNumber(null)).toMatchObject({ ok: false, problem: 'blank' });
    expect(parseWholeNumber(true)).toMatchObject({ ok: false, problem: 'boolean' });
    expect(parseWholeNumber(new Date(Date.UTC(2024, 10, 20)))).toMatchObject({ ok: false, problem: 'date' });
    expect(parseWholeNumber(2 ** 60)).toMatchObject({ ok: false, problem: 'tooLarge' });
  });

  it('keeps the text as typed for the message', () => {
    expect(parseWholeNumber(' 约３０００ ')).toEqual({ ok: false, problem: 'approximate', text: '约３０００' });
  });
});
