import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../../../tests/support/cpu-time.ts';
import { yamlLaughs } from '../../../tests/support/yaml-laughs.ts';
import { parseBeijing } from '../dates/index.ts';
import { readFrontMatter } from './front-matter.ts';
import { holdsDate, keepTimestampOffsets } from './timestamp-offsets.ts';

/** The instant a front-matter value stands for, read as the content schema reads it. */
const startOf = (frontMatter: string) => {
  const result = readFrontMatter(`---\ntitle: 开幕式\n${frontMatter}---\n正文。\n`, 'content/events/2023/a.md');
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return parseBeijing((result.data as { start: string | Date }).start)?.toISOString();
};

describe('timestamps written with an offset', () => {
  // 19:30 in Beijing is 11:30 UTC, however it is written.
  const instant = new Date('2023-11-18T19:30:00+08:00').toISOString();

  it('keep the instant they name, as YAML turns them into dates', () => {
    expect(startOf('start: 2023-11-18T19:30:00+08:00\n')).toBe(instant);
    expect(startOf('start: 2023-11-18T11:30:00Z\n')).toBe(instant);
    expect(startOf('start: 2023-11-18 11:30:00.000 Z\n')).toBe(instant);
    expect(startOf('start: 2023-11-18T19:30:00+0800\n')).toBe(instant);
  });

  it('leave a time without an offset as the Beijing time the editor wrote, with or without seconds', () => {
    expect(startOf('start: 2023-11-18 19:30:00\n')).toBe(instant);
    expect(startOf('start: 2023-11-18T19:30\n')).toBe(instant);
    expect(startOf('start: 2023-11-18T19:30+08:00\n')).toBe(instant);
    expect(startOf('start: 2023-11-18\n')).toBe(new Date('2023-11-18T00:00:00+08:00').toISOString());
  });

  it('are found in lists and nested fields, and a quoted one stays the text it was', () => {
    const yamlText = 'sessions:\n  - at: 2023-11-18T11:30:00Z\n  - at: 2023-11-19 09:00:00\nnote: "2023-11-18T11:30:00Z"\n';
    const data = {
      sessions: [{ at: new Date('2023-11-18T11:30:00Z') }, { at: new Date('2023-11-19T09:00:00Z') }],
      note: '2023-11-18T11:30:00Z',
    };
    expect(keepTimestampOffsets(data, yamlText)).toEqual({
      sessions: [{ at: '2023-11-18T11:30:00.000Z' }, { at: data.sessions[1]!.at }],
      note: '2023-11-18T11:30:00Z',
    });
  });

  it('are looked for in each node once, however many aliases repeat it (Astro hands such data over before the check refuses it)', async () => {
    // Nine lines, each repeating the one before nine times: 9^9 leaves to a walk that follows the aliases.
    const laughs = yamlLaughs('[2023-11-18T11:30:00Z, "l"]');
    const data = yaml.load(laughs) as Record<string, unknown[]>;
    const { result, ms } = await cpuMs(() => keepTimestampOffsets(data, laughs));
    expect(ms).toBeLessThan(1000);
    expect((result.x0 as unknown[])[0]).toBe('2023-11-18T11:30:00.000Z');
    expect(((result.x8 as unknown[][])[0] as unknown[][])[0]).toBe(result.x6);
    // Without a date, the whole of it is looked through before the answer: still each node once.
    const noDate = laughs.replace('2023-11-18T11:30:00Z', '"l"');
    const looked = await cpuMs(() => holdsDate(yaml.load(noDate)));
    expect(looked.ms).toBeLessThan(1000);
    expect(looked.result).toBe(false);
  });
});
