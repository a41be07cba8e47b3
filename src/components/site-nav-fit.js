/* global document, window */
// The section links fold behind 栏目导航 on a phone in 大字模式 (SiteHeader.astro), and also
// when the phone's own text size (WeChat's 字体大小, the system's) is so large that they take more
// than two rows: then the header alone filled the first screen. Only the layout can tell, so this
// measures it, right after the header is parsed (a classic script there, before the page below is),
// and again when the screen turns or 大字模式 is switched. Without JavaScript the links stay in sight.
(function () {
  var root = document.documentElement;
  var list = document.getElementById('site-nav-list');
  var link = list && list.querySelector('a');
  if (!link || !root.classList.contains('nav-foldable')) return;
  function fit() {
    root.classList.remove('nav-crowded');
    // In 大字模式 they are folded already, and hidden, so there is nothing to measure.
    if (root.classList.contains('large-text')) return;
    if (list.offsetHeight > link.offsetHeight * 2.5) root.classList.add('nav-crowded');
  }
  fit();
  window.addEventListener('resize', fit);
  document.addEventListener('change', function (event) {
    if (event.target && event.target.id === 'large-text') window.setTimeout(fit);
  });
})();
