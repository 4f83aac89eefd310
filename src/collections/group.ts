/**
 * Groups items under every key `keysOf` gives, in one pass. Items keep their order inside each group,
 * so a list sorted newest first gives groups sorted newest first: nothing is re-sorted per group.
 * @example groupBy([a, b], (x) => x.tags) // Map { "energy" => [a, b], "oil" => [b] }
 */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) {
        if (group[group.length - 1] !== item) group.push(item);
      } else {
        groups.set(key, [item]);
      }
    }
  }
  return groups;
}

/**
 * For each slug, the spelling editors used most; on a tie, the one that sorts first, so the choice
 * never depends on file order.
 * @example mostUsedSpellings([["energy","Energy"],["energy","energy"],["energy","Energy"]]) // Map { "energy" => "Energy" }
 */
export function mostUsedSpellings(uses: Iterable<readonly [slug: string, spelling: string]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [slug, spelling] of uses) {
    let bySpelling = counts.get(slug);
    if (!bySpelling) counts.set(slug, (bySpelling = new Map()));
    bySpelling.set(spelling, (bySpelling.get(spelling) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const [slug, bySpelling] of counts) {
    let best = "";
    let bestCount = -1;
    for (const [spelling, count] of bySpelling) {
      if (count > bestCount || (count === bestCount && spelling < best)) {
        best = spelling;
        bestCount = count;
      }
    }
    names.set(slug, best);
  }
  return names;
}
