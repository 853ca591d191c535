/** "Meinten Sie …?": the nearest existing id to one with a typo. */

/** Edit distance: inserts, deletes, replacements and swaps of two neighbouring letters. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known id nearest to `id`, when it is near enough to be a typo: at most 1 change in a short id, at most
 * a quarter of the letters in a long one (so "jobinklusiv" finds "jobinklusive", "kurs" finds nothing).
 */
export function nearestId(id: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(id.length / 4));
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate, distance };
  }
  return best?.id;
}

/** The sentence that offers the nearest id, or "" when there is none. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const nearest = nearestId(id, known);
  return nearest ? ` Meinten Sie ${nearest}?` : '';
}
