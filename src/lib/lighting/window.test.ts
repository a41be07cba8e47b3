import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { lightingTimes } from './window.ts';

const at = (text: string) => parseBeijing(text) as Date;

describe('lightingTimes: a window as the schedule shows it (Beijing time, whatever the machine zone)', () => {
  it('gives the hours of a window within one evening', () => {
    expect(lightingTimes({ start: at('2023-11-18T19:30'), end: at('2023-11-18T22:00') })).toEqual({ start: '19:30', end: '22:00' });
  });

  it('says 次日 for an end past midnight', () => {
    expect(lightingTimes({ start: at('2023-11-24T22:00'), end: at('2023-11-25T00:30') })).toEqual({
      start: '22:00',
      end: '次日 00:30',
    });
  });

  it('never calls an end days later 次日: it names its date', () => {
    expect(lightingTimes({ start: at('2023-11-18T19:00'), end: at('2023-11-21T21:00') })).toEqual({
      start: '19:00',
      end: '11月21日 21:00',
    });
  });
});
