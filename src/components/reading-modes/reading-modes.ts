/**
 * The header's 大字模式 and 高对比度 switches: each sets a class on <html>
 * (which global.css styles) and is remembered in localStorage, which
 * reading-modes-early.js reads before the next page is painted. Without
 * JavaScript the switches still work on the page where they are ticked
 * (global.css reads the checkbox with :has()).
 */
export const READING_MODES = ['large-text', 'high-contrast'] as const;

/** The key a mode is kept under: the site's own prefix from <html> (src/lib/reading-modes/storage-key.ts). */
function storageKey(mode: string): string {
  return `${document.documentElement.dataset.readingModesKey ?? ''}${mode}`;
}

/** The reader's stored choice for a mode; undefined when none is stored or storage is blocked. */
function storedChoice(mode: string): boolean | undefined {
  try {
    const value = localStorage.getItem(storageKey(mode));
    return value === null ? undefined : value === '1';
  } catch {
    return undefined;
  }
}

/**
 * The page, its switches and the stored choice in step. Run again on
 * `pageshow`: a page the Back button brings back (from the browser's cache,
 * or with its form restored) shows the switches as they were when it was
 * left, though the reader may have changed them on another page since.
 */
function syncReadingModes(): void {
  const root = document.documentElement;
  for (const mode of READING_MODES) {
    const stored = storedChoice(mode);
    if (stored !== undefined) root.classList.toggle(mode, stored);
    const box = document.querySelector<HTMLInputElement>(`input[data-reading-mode="${mode}"]`);
    if (box) box.checked = root.classList.contains(mode);
  }
}

export function startReadingModes(): void {
  const root = document.documentElement;
  syncReadingModes();
  addEventListener('pageshow', syncReadingModes);
  for (const mode of READING_MODES) {
    const box = document.querySelector<HTMLInputElement>(`input[data-reading-mode="${mode}"]`);
    if (!box) continue;
    box.addEventListener('change', () => {
      root.classList.toggle(mode, box.checked);
      try {
        localStorage.setItem(storageKey(mode), box.checked ? '1' : '0');
      } catch {
        // Not remembered; this page still shows the choice.
      }
    });
  }
}
