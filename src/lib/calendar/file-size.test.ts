import { describe, expect, it, vi } from 'vitest';
import { formatFileSize } from '../images/original-file.ts';
import { calendarFileBytes, calendarFiles } from './file-size.ts';

describe('calendarFileBytes', () => {
  it('counts the UTF-8 bytes the file is written in: three for each Chinese character, two for CRLF', () => {
    const text = 'SUMMARY:亮灯：广州塔\r\n';
    expect(calendarFileBytes(text)).toBe(Buffer.from(text, 'utf8').length);
    expect(calendarFileBytes(text)).toBe('SUMMARY:'.length + 6 * 3 + 2);
  });
});

describe('calendarFiles', () => {
  it('makes each path’s text once, and states the size of that text', () => {
    const files = calendarFiles();
    const body = `BEGIN:VCALENDAR\r\n${'DESCRIPTION:让学习成为一种生活方式\r\n'.repeat(100)}END:VCALENDAR\r\n`;
    const make = vi.fn(() => body);
    expect(files.size('/events/2023/a.ics', make)).toBe(formatFileSize(Buffer.byteLength(body)));
    expect(files.text('/events/2023/a.ics', make)).toBe(body);
    expect(make).toHaveBeenCalledTimes(1);
    // 2,532 characters but 4,732 bytes: the link says the bytes (5 KB), not the characters (2 KB).
    expect(files.size('/events/2023/a.ics', make)).toBe('5 KB');
    const other = vi.fn(() => 'X');
    expect(files.text('/lighting.ics', other)).toBe('X');
    expect(other).toHaveBeenCalledTimes(1);
  });
});
