/** One query of a search measurement and the stories it should find. */
export interface SearchQuery {
  readonly query: string;
  /** Ids of the relevant stories. */
  readonly finds: readonly string[];
}

/** What one query found, scored against what it should find. */
export interface QueryScore {
  readonly query: string;
  readonly relevant: number;
  /** Relevant stories found. */
  readonly found: number;
  /** Stories found that are not relevant. */
  readonly wrong: number;
}

/** The scores of every query, and their sums. */
export interface SearchScore {
  readonly queries: readonly QueryScore[];
  readonly relevant: number;
  readonly found: number;
  readonly wrong: number;
  /** Relevant found over relevant (0 to 1). */
  readonly recall: number;
  /** Relevant found over everything found (1 when nothing was found). */
  readonly precision: number;
}

/**
 * Scores the ids each query found against the ids it should find: per query the relevant stories
 * found and the wrong ones, and over all queries recall and precision.
 * @example scoreSearch([{ query: "neftin", finds: ["a", "b"] }], new Map([["neftin", ["a", "c"]]])).recall // 0.5
 */
export function scoreSearch(queries: readonly SearchQuery[], results: ReadonlyMap<string, readonly string[]>): SearchScore {
  const scores = queries.map((q): QueryScore => {
    const got = new Set(results.get(q.query) ?? []);
    const found = q.finds.filter((id) => got.has(id)).length;
    return { query: q.query, relevant: q.finds.length, found, wrong: got.size - found };
  });
  const sum = (key: "relevant" | "found" | "wrong"): number => scores.reduce((n, s) => n + s[key], 0);
  const relevant = sum("relevant");
  const found = sum("found");
  const wrong = sum("wrong");
  return { queries: scores, relevant, found, wrong, recall: relevant === 0 ? 1 : found / relevant, precision: found + wrong === 0 ? 1 : found / (found + wrong) };
}
