import type { LightingState } from './types.ts';

/**
 * Whether a landmark is still to light up, lit, or done at an instant: the
 * start is inclusive, the end exclusive (at 22:00 sharp a 19:30–22:00 window
 * is over). Kept free of imports and date libraries so the page's small
 * script can use it too; instants need no time zone.
 */
export function lightingStateAt(item: { start: Date; end: Date }, instant: Date): LightingState {
  const t = instant.getTime();
  if (t < item.start.getTime()) return 'coming';
  if (t < item.end.getTime()) return 'lit';
  return 'over';
}
