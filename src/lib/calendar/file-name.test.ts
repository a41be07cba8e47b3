import { describe, expect, it } from 'vitest';
import { calendarFileName } from './file-name.ts';

describe('the name a calendar file is saved under', () => {
  it('is the words as written, with .ics', () => {
    expect(calendarFileName('2023年广州市全民终身学习活动周启动仪式')).toBe('2023年广州市全民终身学习活动周启动仪式.ics');
  });

  it('holds nothing a file system refuses, nor a way out of the downloads folder', () => {
    const name = calendarFileName('../../etc/passwd: "读书"<会>|?*\u202e\n第二行')!;
    expect(name).not.toMatch(/[\\/:*?"<>|\u202e\n]/u);
    expect(name.startsWith('.')).toBe(false);
    expect(name).toBe('etc passwd 读书 会 第二行.ics');
  });

  it('is cut when long, and absent when nothing is left', () => {
    const long = '终身学习'.repeat(40);
    expect([...calendarFileName(long)!.replace(/\.ics$/u, '')].length).toBe(60);
    expect(calendarFileName(' /:*? ')).toBeUndefined();
  });
});
