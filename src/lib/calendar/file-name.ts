/**
 * The name a calendar file is saved under (the link's `download`): the
 * event's title or the place and night, as a reader finds it among their
 * downloads, instead of its address's id (gz-opening-ceremony.ics). Titles
 * are editors' text: whatever a file system refuses (path separators,
 * `: * ? " < > |`, control characters) becomes a space, and a long title is
 * cut, so the name is the same on every phone and computer.
 */
const REFUSED_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu;
/** Characters, before `.ics`: well inside every file system's 255 bytes (a Chinese character is 3 bytes in UTF-8). */
const MAX_NAME = 60;

/** `2023年广州市全民终身学习活动周启动仪式.ics`; undefined when nothing of `words` is left, and the link keeps the address's name. */
export function calendarFileName(words: string): string | undefined {
  const name = [...words.replace(REFUSED_IN_FILE_NAMES, ' ').replace(/\s+/gu, ' ').trim()]
    .slice(0, MAX_NAME)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  return name === '' ? undefined : `${name}.ics`;
}
