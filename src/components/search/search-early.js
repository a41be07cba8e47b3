/* global document, location */
// The search page before its first paint: the filters show (they need JavaScript, which runs), and when the
// address carries a search, its results get their room at once, so that nothing below them moves when they
// arrive (no layout shift). A classic script in <head>, as reading-modes-early.js; search-page.ts does the rest.
(function () {
  document.documentElement.setAttribute('data-search', location.search.length > 1 ? 'pending' : 'idle');
})();
