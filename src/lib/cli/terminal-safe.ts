/**
 * What a command prints repeats what files say: a spreadsheet's cell, an
 * entry's title. Written to a terminal as they are, control characters in
 * them are commands to it (ESC ] 0; sets the window's title, ESC [2J clears
 * the screen and the errors above, OSC 52 writes the clipboard). The
 * commands' own output never needs them, so every one is shown as a code.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** `读书会\x1b]0;…` → `读书会\x1b]0;…` written out as text: the characters a terminal would obey, as visible escapes. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

type Writable = Pick<NodeJS.WriteStream, 'write'>;
const guarded = new WeakSet<Writable>();

/**
 * Makes every string a command writes to these streams terminal-safe. Bytes
 * pass as they are: a child's own output (Astro's coloured log) is forwarded
 * as Buffers, and is its own.
 */
export function guardTerminalOutput(streams: readonly Writable[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (guarded.has(stream)) continue;
    guarded.add(stream);
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = (chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest);
  }
}
