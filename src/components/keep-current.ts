/** Why `keepCurrent` calls its update: the page opened, a minute passed, or the page was shown again. */
export type Moment = 'opened' | 'minute' | 'shown';

/**
 * Runs `update` now, then each minute and whenever the page is shown again:
 * WeChat keeps pages open for days, and a page the Back button brings back
 * from the browser's cache runs no script again (`pageshow`). The moment
 * says which, for an update that must not move what a reader is looking at
 * while they read (only when the page opens or comes back).
 */
export function keepCurrent(update: (moment: Moment) => void): void {
  update('opened');
  setInterval(() => update('minute'), 60_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update('shown');
  });
  addEventListener('pageshow', () => update('shown'));
}
