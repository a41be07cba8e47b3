import { describe, expect, it } from 'vitest';
import { guardTerminalOutput, terminalSafe } from './terminal-safe.ts';

describe('what a command prints of a file’s text', () => {
  it('shows the control characters a terminal would obey as codes, and keeps the text, tabs and line ends', () => {
    const title = '读书会\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED';
    expect(terminalSafe(title)).toBe('读书会\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mRED');
    expect(terminalSafe('广州\x9b5m\r覆盖')).toBe('广州\\x9b5m\\x0d覆盖');
    expect(terminalSafe('a\u202eb')).toBe('a\\u202eb');
    expect(terminalSafe('第 2 行\t标题\n')).toBe('第 2 行\t标题\n');
  });

  it('guards a stream: strings written to it come out safe, bytes (a child’s coloured log) as they are', () => {
    const written: unknown[] = [];
    const stream = { write: (chunk: unknown) => written.push(chunk) > 0 };
    guardTerminalOutput([stream]);
    guardTerminalOutput([stream]);
    stream.write('✗ \x1b[2J标题');
    const colour = Buffer.from('\x1b[32mbuilt\x1b[0m');
    stream.write(colour);
    expect(written).toEqual(['✗ \\x1b[2J标题', colour]);
  });
});
