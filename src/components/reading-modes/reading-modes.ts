/**
 * The header's 大字模式 and 高对比度 switches: each sets a class on <html>
 * (which global.css styles) and is remembered in localStorage, which
 * reading-modes-early.js reads before the next page is painted. Without
 * JavaScript the switches still work on the page where they are ticked
 * (global.css reads the checkbox with :has()).
 */
export const READING_MODES = ['large-text', 'high-contrast'] as const;

export function startReadingModes(): void {
  const root = document.documentElement;
  for (const mode of READING_MODES) {
    const box = document.querySelector<HTMLInputElement>(`input[data-reading-mode="${mode}"]`);
    if (!box) continue;
    box.checked = root.classList.contains(mode);
    box.addEventListener('change', () => {
      root.classList.toggle(mode, box.checked);
      try {
        localStorage.setItem(mode, box.checked ? '1' : '0');
      } catch {
        // Not remembered; this page still shows the choice.
      }
    });
  }
}
