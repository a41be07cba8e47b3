import { describe, expect, it } from 'vitest';
import { icsEventStatus, isCalledOff, isFeaturedNow, schemaOrgEventStatus, statusSaidIn } from './status.ts';
import words from './status-words.json' with { type: 'json' };

describe('an event’s status', () => {
  it('is called off when cancelled or postponed, and on without a status', () => {
    expect(isCalledOff({})).toBe(false);
    expect(isCalledOff({ status: undefined })).toBe(false);
    expect(isCalledOff({ status: 'cancelled' })).toBe(true);
    expect(isCalledOff({ status: 'postponed' })).toBe(true);
  });

  it('keeps an event featured only while it is on', () => {
    expect(isFeaturedNow({ featured: true })).toBe(true);
    expect(isFeaturedNow({ featured: false })).toBe(false);
    expect(isFeaturedNow({ featured: true, status: 'cancelled' })).toBe(false);
    expect(isFeaturedNow({ featured: true, status: 'postponed' })).toBe(false);
  });

  it('is schema.org’s EventScheduled, EventCancelled or EventPostponed', () => {
    expect(schemaOrgEventStatus({})).toBe('https://schema.org/EventScheduled');
    expect(schemaOrgEventStatus({ status: 'cancelled' })).toBe('https://schema.org/EventCancelled');
    expect(schemaOrgEventStatus({ status: 'postponed' })).toBe('https://schema.org/EventPostponed');
  });

  it('is RFC 5545’s CANCELLED for a cancelled event, TENTATIVE for a postponed one', () => {
    expect(icsEventStatus({})).toBe('CONFIRMED');
    expect(icsEventStatus({ status: 'cancelled' })).toBe('CANCELLED');
    expect(icsEventStatus({ status: 'postponed' })).toBe('TENTATIVE');
  });
});

describe('a note that says the event is called off', () => {
  it('is read as cancelled or postponed from the words editors use', () => {
    for (const word of words.cancelled) expect(statusSaidIn(`因台风天气，本次活动${word}。`), word).toBe('cancelled');
    for (const word of words.postponed) expect(statusSaidIn(`因场馆维修，活动${word}举办，时间另行通知`), word).toBe('postponed');
    expect(statusSaidIn('活动取消')).toBe('cancelled');
    expect(statusSaidIn('已取消')).toBe('cancelled');
    expect(statusSaidIn('延期举办')).toBe('postponed');
  });

  it('says cancelled when it says both', () => {
    expect(statusSaidIn('原定活动延期后，现决定取消')).toBe('cancelled');
  });

  it('is not read so when what was called off is something else, or the new dates are given', () => {
    for (const phrase of words.notAboutTheEvent) expect(statusSaidIn(`${phrase}请致电主办单位`), phrase).toBeUndefined();
    for (const word of words.postponed)
      for (const to of words.toNewDates) expect(statusSaidIn(`原定周六的讲座${word}${to}12月2日`), `${word}${to}`).toBeUndefined();
    expect(statusSaidIn('活动周闭幕后的周末开放，作为延伸活动')).toBeUndefined();
    expect(statusSaidIn('延期到十二月举行。')).toBeUndefined();
  });
});
