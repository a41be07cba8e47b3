import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lastChangedDate } from '../content/changed.ts';
import { gitAt } from '../content/test-git.ts';
import { calendarSequence } from './build.ts';
import { eventCalendar, eventsCalendar, type CalendarEvent } from './events.ts';
import { lightingCalendarFromSchedules } from './lighting.ts';
import { bj, CANTON_TOWER as canton, READING as reading, SITE } from '../../../tests/support/calendar-fixtures.ts';
import { parseCalendar } from './test-helpers.ts';

/**
 * What a reader who imported an event's file gets when the event is moved or
 * called off and they import it again: calendar apps keep the copy with the
 * higher SEQUENCE (then the later DTSTAMP), so a changed file must say so.
 * Built from a git repository with commits at known dates, as the site is.
 */
const FIRST = '2023-10-02T09:00:00+08:00';
const MOVED = '2023-11-05T20:30:00+08:00';

const lecture: CalendarEvent = {
  ...reading,
  id: '2023/online-lecture',
  data: { ...reading.data, title: '线上社会大讲堂', start: bj('2023-11-20T14:00'), end: bj('2023-11-20T16:00') },
};
// The same event after the commit that moved it a week on and then called it off.
const moved: CalendarEvent = {
  ...reading,
  data: { ...reading.data, start: bj('2023-11-25T19:30'), end: bj('2023-11-25T21:00'), status: 'cancelled', note: '因台风天气取消' },
};

let scratch: string;
let repo: string;
const git = (cwd: string, args: string[], date?: string) => gitAt(cwd, args, date);
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
};

/** A fresh full clone at `commit`, as a build machine checks the site out. */
function checkout(commit: string): string {
  const clone = mkdtempSync(join(scratch, 'build-'));
  git(scratch, ['clone', '-q', repo, clone]);
  git(clone, ['reset', '-q', '--hard', commit]);
  return join(clone, 'content');
}

/** The calendars a build of `root` writes for these events, each dated by its file. */
function build(root: string, events: CalendarEvent[]) {
  const dated = events.map((event) => ({ ...event, changed: lastChangedDate(join(root, 'events', `${event.id}.md`), root) }));
  const lighting = join(root, 'data/lighting/2023.json');
  return {
    single: eventCalendar(dated[0]!, SITE),
    feed: eventsCalendar(dated, SITE),
    lighting: lightingCalendarFromSchedules([{ year: 2023, items: [canton], changed: lastChangedDate(lighting, root) }], SITE),
  };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'calendar-versions-'));
  repo = join(scratch, 'site');
  mkdirSync(repo);
  git(repo, ['init', '-q']);
  write('content/events/2023/gz-reading.md', 'on the 18th');
  write('content/events/2023/online-lecture.md', 'on the 20th');
  write('content/data/lighting/2023.json', '{}');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'events and lighting'], FIRST);
  write('content/events/2023/gz-reading.md', 'moved to the 25th, then called off');
  git(repo, ['commit', '-qam', 'move and cancel gz-reading'], MOVED);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('calendars say when each entry last changed', () => {
  it('date an entry by its file’s last commit (DTSTAMP, LAST-MODIFIED), for events and lighting windows, the same bytes from any build of that commit', () => {
    const files = build(checkout('HEAD'), [moved, lecture]);
    const byUid = (text: string) => new Map(parseCalendar(text).events.map((e) => [e.uid, e]));
    const [single] = parseCalendar(files.single).events;
    const feed = byUid(files.feed);
    const lecturedIn = feed.get('event-2023-online-lecture@lifelong-learning.gd.example.cn');
    const changed = new Date(MOVED).toISOString();
    const unchanged = new Date(FIRST).toISOString();
    expect([single?.stamp, single?.lastModified]).toEqual([changed, changed]);
    expect([feed.get(single!.uid)?.stamp, feed.get(single!.uid)?.lastModified]).toEqual([changed, changed]);
    expect([lecturedIn?.stamp, lecturedIn?.lastModified]).toEqual([unchanged, unchanged]);
    const [window] = parseCalendar(files.lighting).events;
    expect([window?.stamp, window?.lastModified]).toEqual([unchanged, unchanged]);
    // Another build of the same commit, on another machine, later: not a byte differs.
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    expect(build(checkout('HEAD'), [moved, lecture])).toEqual(files);
  });

  it('give an event changed in a later commit a higher SEQUENCE under the same UID, in its own file and in the feed, and leave the others’ alone', () => {
    const before = build(checkout('HEAD~1'), [reading, lecture]);
    const after = build(checkout('HEAD'), [moved, lecture]);
    const version = (text: string) => new Map(parseCalendar(text).events.map((e) => [e.uid, e.sequence]));
    const [was] = parseCalendar(before.single).events;
    const [is] = parseCalendar(after.single).events;
    expect(is?.uid).toBe(was?.uid);
    expect(is?.status).toBe('CANCELLED');
    expect(is!.sequence).toBeGreaterThan(was!.sequence);
    const [feedBefore, feedAfter] = [version(before.feed), version(after.feed)];
    expect(feedAfter.get(is!.uid)).toBeGreaterThan(feedBefore.get(is!.uid)!);
    expect(feedAfter.get('event-2023-online-lecture@lifelong-learning.gd.example.cn')).toBe(
      feedBefore.get('event-2023-online-lecture@lifelong-learning.gd.example.cn'),
    );
    expect(after.lighting).toBe(before.lighting);
  });
});

describe('calendarSequence', () => {
  it('grows with the time of the change, minute by minute, as a non-negative INTEGER of RFC 5545 for millennia', () => {
    const at = (iso: string) => calendarSequence(new Date(iso));
    expect(at('2023-11-05T12:31:00Z') - at('2023-11-05T12:30:00Z')).toBe(1);
    expect(at('2023-11-05T12:30:59Z')).toBe(at('2023-11-05T12:30:00Z'));
    expect(at('2024-11-05T12:30:00Z') - at('2023-11-05T12:30:00Z')).toBe(366 * 24 * 60);
    expect(at('1980-01-01T00:00:00Z')).toBe(0);
    expect(at('4999-12-31T23:59:00Z')).toBeLessThanOrEqual(2 ** 31 - 1);
  });
});
