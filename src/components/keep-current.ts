/**
 * Runs `update` now, then each minute and whenever the page is shown again:
 * WeChat keeps pages open for days, and a page the Back button brings back
 * from the browser's cache runs no script again (`pageshow`).
 */
export function keepCurrent(update: () => void): void {
  update();
  setInterval(update, 60_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update();
  });
  addEventListener('pageshow', update);
}
