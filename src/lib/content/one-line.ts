/** Han characters and the full-width punctuation that sits between them (，。、「」（）…). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Curly quotes, the ellipsis and the dash: Chinese uses them too, so they side with what is across the break. */
const SHARED = /[\u2014\u2018-\u201d\u2026]/u;
const LINE_BREAK = /\s*[\r\n\u2028\u2029]\s*/g;
const sidesWithChinese = (c: string) => CJK.test(c) || SHARED.test(c);

/**
 * A short text field (a title, a name, a summary) on one line: YAML's `|`
 * or a paste from Word can leave a line break inside, which a page shows
 * as a space, a feed reader or calendar as a break. Between two Chinese
 * characters (or one and a quote beside it) the break goes, as Chinese has no space between words;
 * elsewhere it becomes one space.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, (run, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + run.length] ?? '';
    return sidesWithChinese(before) && sidesWithChinese(after) && (CJK.test(before) || CJK.test(after)) ? '' : ' ';
  });
}
