/**
 * "Did you mean …?" for keys: an editor who types `activites` or
 * `submitted_at` should be told the key the file needs, not only that theirs
 * is unknown.
 */
function normalise(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The known key closest to `key` (at most two edits apart), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const wanted = normalise(key);
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(wanted, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
