/* global document */
// 大字模式 and 高对比度 from the reader's last visit, on <html> before the page is painted.
// A classic script in <head> (render-blocking on purpose: a few lines, no flash of the
// other mode); ReadingModes.astro keeps the switches and the stored choice in step.
(function () {
  var root = document.documentElement;
  // The site's own keys, under its base path (src/lib/reading-modes/storage-key.ts).
  var prefix = root.getAttribute('data-reading-modes-key') || '';
  try {
    if (localStorage.getItem(prefix + 'large-text') === '1') root.classList.add('large-text');
    if (localStorage.getItem(prefix + 'high-contrast') === '1') root.classList.add('high-contrast');
  } catch {
    // Storage blocked (private mode, strict settings): the switches still work page by page.
  }
  // 大字模式 on a phone folds the section links behind the header's 栏目导航 button (global.css),
  // only where this script runs: it is also what opens them, so they never hide where nothing could.
  // A listener on the document, so it works from the first paint, with no other script loaded.
  root.classList.add('nav-foldable');
  document.addEventListener('click', function (event) {
    var target = /** @type {Element | null} */ (event.target);
    var button = target && target.closest ? target.closest('[data-site-nav-toggle]') : null;
    if (!button) return;
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    // 栏目导航 opens its <nav>; 菜单, where the header folds whole, the header.
    var scope = button.closest('nav, header');
    if (scope && open) scope.setAttribute('data-open', '');
    else if (scope) scope.removeAttribute('data-open');
  });
  // Escape folds the open list again, and gives the focus back to its button (as a menu does).
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var scope = document.querySelector('nav[data-open], header[data-open]');
    var button = scope && scope.querySelector('[data-site-nav-toggle]');
    if (!scope || !button) return;
    scope.removeAttribute('data-open');
    button.setAttribute('aria-expanded', 'false');
    /** @type {HTMLElement} */ (button).focus();
  });
})();
