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

/** Whether a spelling mixes capitals and small letters, as a name does ("Azərbaycan", not "AZƏRBAYCAN" or "azərbaycan"). */
export function isMixedCase(spelling: string): boolean {
  return spelling !== spelling.toUpperCase() && spelling !== spelling.toLowerCase();
}

/**
 * For each slug, the spelling editors used most. On a tie, a spelling that is neither all capitals
 * nor all lower case wins (a name as it is written); then the newest article's spelling: `uses` come
 * newest article first, so the first use seen wins. The choice never depends on file order.
 * @example mostUsedSpellings([["azerbaycan","azerbaycan"],["azerbaycan","AZƏRBAYCAN"],["azerbaycan","Azərbaycan"]]) // Map { "azerbaycan" => "Azərbaycan" }
 */
export function mostUsedSpellings(uses: Iterable<readonly [slug: string, spelling: string]>): Map<string, string> {
  // Per slug, each spelling's count; a Map keeps the order spellings were first seen in: newest first.
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
    let bestMixed = false;
    for (const [spelling, count] of bySpelling) {
      const mixed = isMixedCase(spelling);
      // Strictly better only: on a full tie the spelling seen first (the newest article's) stays.
      if (count > bestCount || (count === bestCount && mixed && !bestMixed)) {
        best = spelling;
        bestCount = count;
        bestMixed = mixed;
      }
    }
    names.set(slug, best);
  }
  return names;
}
