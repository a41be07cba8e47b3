import { asksAboutReading } from '../../lib/search/reading-help.ts';

/**
 * The answer to a reader who asks the search box how to read the site
 * bigger (字太小了): the header's switches said in words, and a button that
 * ticks 大字模式 for them, shown while it is off. Ticked, the switch has the
 * focus: the reader hears it checked and sees where it lives.
 */
export function readingHelp(box: HTMLElement, words: readonly string[]): (asked: string) => void {
  const button = box.querySelector('button')!;
  const largeText = () => document.querySelector<HTMLInputElement>('input[data-reading-mode="large-text"]');
  button.addEventListener('click', () => {
    const mode = largeText();
    if (mode && !mode.checked) mode.click();
    button.hidden = true;
    mode?.focus();
  });
  return (asked) => {
    box.hidden = !asksAboutReading(asked, words);
    button.hidden = largeText()?.checked !== false;
  };
}
