/* global document */
// 大字模式 and 高对比度 from the reader's last visit, on <html> before the page is painted.
// A classic script in <head> (render-blocking on purpose: a few lines, no flash of the
// other mode); ReadingModes.astro keeps the switches and the stored choice in step.
(function () {
  try {
    var root = document.documentElement;
    if (localStorage.getItem('large-text') === '1') root.classList.add('large-text');
    if (localStorage.getItem('high-contrast') === '1') root.classList.add('high-contrast');
  } catch {
    // Storage blocked (private mode, strict settings): the switches still work page by page.
  }
})();
