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

describe('a note that only mentions the words, beside one that calls the event off', () => {
  /** Notes as editors write them when the event is off, with what each says. */
  const calledOff = [
    ['活动取消', 'cancelled'],
    ['本次活动已取消', 'cancelled'],
    ['因台风“摩羯”影响，本次活动取消，敬请谅解。', 'cancelled'],
    ['经研究决定，取消本次活动，给您带来不便敬请谅解', 'cancelled'],
    ['因主讲嘉宾临时有事，取消原定于11月20日的讲座', 'cancelled'],
    ['因故取消。如有疑问请致电020-12345678', 'cancelled'],
    ['受场馆维修影响，暂停举办', 'cancelled'],
    ['延期举办，具体时间另行通知', 'postponed'],
    ['因疫情防控需要，本活动推迟举行。', 'postponed'],
    ['改期至活动周后，时间另行通知', 'postponed'],
    ['因天气原因，活动延期', 'postponed'],
  ] as const;
  /** Notes that name 取消 or 延期 of something else, or of what would happen, on an event that takes place. */
  const goesOn = [
    '取消线下环节，改为线上直播',
    '如遇暴雨，活动延期举行，另行通知',
    '报名截止后不可取消',
    '若遇台风等恶劣天气，活动将取消，请留意公众号通知',
    '名额有限，报名后如需取消请提前一天告知',
    '需自带身份证，雨天改期',
    '原定的现场签到已取消，凭短信入场',
    '开场时间推迟半小时，请于10:00前入场',
    '活动已改期至11月23日（周六）上午',
    '本活动不会因天气原因取消，请按时参加',
  ];

  it('says cancelled or postponed for an event called off', () => {
    expect(calledOff.map(([note]) => statusSaidIn(note))).toEqual(calledOff.map(([, status]) => status));
  });

  it('says nothing for a note that only mentions the words', () => {
    expect(goesOn.map(statusSaidIn)).toEqual(goesOn.map(() => undefined));
  });
});
