/**
 * Related news: for each article, up to `count` older stories that share its tags, its section or its
 * byline, ranked by weighted overlap. Pure: plain views in, lists out.
 *
 * Decisions, each for a reason:
 * - **Older only, strictly.** A story is related only to stories published at an earlier instant;
 *   stories of the same instant are never each other's related. A new story therefore never changes
 *   the block of a story already published, and the order of files plays no part.
 * - **Tags too common to mean anything do not count.** A tag counts for an article unless more than
 *   `maxTagShare` of the stories older than it carry it, and more than `commonTagMinStories` of them
 *   do. The share is taken among the older stories, not the whole archive, so that a tag growing
 *   common later never changes an old page either; the floor keeps a small archive's tags.
 * - **Bounded work.** The index (each tag's, section's and author's stories, oldest first) is built
 *   once, in one pass from the oldest story to the newest, so that when a story's turn comes the
 *   index holds exactly the stories older than it. Its candidates are the newest `scan` older stories
 *   of each list it is on: a section of 30,000 stories costs each of its articles `scan` looks, not
 *   30,000. Each candidate is scored on everything it shares, whichever list it came from. A story
 *   further back than `scan` in every one of the lists it shares is not seen: the price of a cost that
 *   grows with the archive, not with its square.
 * - **Deterministic order.** Higher score first; on a tie the newer story, then the URL in code-unit
 *   order.
 */
import type { RelatedSettings } from "../content/index.js";

/** What the ranking reads of a story; an `ArticleView` has all of it. */
export interface RelatedCandidate {
  readonly url: string;
  readonly published: { readonly epochMs: number };
  readonly section: { readonly key: string };
  readonly authors: ReadonlyArray<{ readonly id: string }>;
  readonly tags: ReadonlyArray<{ readonly key: string }>;
}

/** How many of the newest older stories of each tag, section and author an article looks at. */
export const RELATED_SCAN = 100;

/** Options of {@link buildRelatedNews}: the site's settings, and the scan bound. */
export interface RelatedOptions extends RelatedSettings {
  /** Newest older stories read from each list. @default RELATED_SCAN */
  readonly scan?: number;
}

/** Gives each distinct string a small whole number, in order of first sight; `size` is how many there are. */
function interner(): { readonly id: (key: string) => number; readonly size: () => number } {
  const ids = new Map<string, number>();
  return {
    id: (key) => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      return id;
    },
    size: () => ids.size,
  };
}

/** Appends `value` to `lists[id]`, making the list on first use. */
function post(lists: number[][], id: number, value: number): void {
  const list = lists[id];
  if (list) list.push(value);
  else lists[id] = [value];
}

/**
 * The related stories of every story that has any, by story, best first.
 * @example buildRelatedNews(model.articles, site.related).get(article) // up to five older ArticleViews
 */
export function buildRelatedNews<T extends RelatedCandidate>(stories: readonly T[], options: RelatedOptions): Map<T, readonly T[]> {
  const related = new Map<T, readonly T[]>();
  const { count, weights } = options;
  if (count <= 0 || stories.length < 2) return related;
  const scan = options.scan ?? RELATED_SCAN;

  // Rank 0 is the oldest story. Equal instants are ordered by URL, the later URL first, so that a
  // higher rank is always the story the ranking prefers on a tie of scores.
  const order = stories.map((_, i) => i);
  order.sort((a, b) => {
    const x = stories[a] as T;
    const y = stories[b] as T;
    return x.published.epochMs - y.published.epochMs || (x.url < y.url ? 1 : x.url > y.url ? -1 : 0);
  });
  const tagIds = interner();
  const authorIds = interner();
  const sectionIds = interner();
  const n = order.length;
  const tagsOf: number[][] = new Array(n);
  const authorsOf: number[][] = new Array(n);
  const sectionOf = new Int32Array(n);
  const epochOf = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const story = stories[order[r] as number] as T;
    tagsOf[r] = story.tags.map((t) => tagIds.id(t.key));
    authorsOf[r] = story.authors.map((a) => authorIds.id(a.id));
    sectionOf[r] = sectionIds.id(story.section.key);
    epochOf[r] = story.published.epochMs;
  }

  // The index: for each tag, section and author, the ranks of the stories older than the story
  // being ranked, oldest first. `indexed` stories (ranks 0 to indexed - 1) are in it.
  const byTag: number[][] = [];
  const bySection: number[][] = [];
  const byAuthor: number[][] = [];
  let indexed = 0;
  // Marks of the story being ranked (its rank + 1): its counting tags, its authors, the candidates seen.
  const tagMark = new Int32Array(tagIds.size());
  const authorMark = new Int32Array(authorIds.size());
  const seen = new Int32Array(n);
  let stamp = 0;
  let subject = 0;
  // Its best candidates so far, in ranking order.
  const bestRank: number[] = [];
  const bestScore: number[] = [];

  /** Scores candidate `c` on everything it shares with the subject, and keeps it if it is among the best. */
  const consider = (c: number): void => {
    if (seen[c] === stamp) return;
    seen[c] = stamp;
    let score = 0;
    for (const t of tagsOf[c] as number[]) if (tagMark[t] === stamp) score += weights.tag;
    if (sectionOf[c] === sectionOf[subject]) score += weights.section;
    for (const a of authorsOf[c] as number[]) if (authorMark[a] === stamp) score += weights.author;
    if (score <= 0) return;
    let at = bestRank.length;
    while (at > 0 && ranksBelow(bestScore[at - 1] as number, bestRank[at - 1] as number, score, c)) at -= 1;
    if (at >= count) return;
    bestRank.splice(at, 0, c);
    bestScore.splice(at, 0, score);
    if (bestRank.length > count) {
      bestRank.pop();
      bestScore.pop();
    }
  };
  /** Considers the newest `scan` stories of one list. */
  const visit = (list: readonly number[] | undefined): void => {
    if (!list) return;
    const stop = Math.max(0, list.length - scan);
    for (let i = list.length - 1; i >= stop; i--) consider(list[i] as number);
  };
  /** Ranks the candidates of the story at rank `r`, with the older stories in the index. */
  const rank = (r: number): void => {
    subject = r;
    stamp = r + 1;
    bestRank.length = 0;
    bestScore.length = 0;
    const counting: number[] = [];
    if (weights.tag > 0) {
      for (const t of tagsOf[r] as number[]) {
        const carriers = byTag[t]?.length ?? 0;
        if (carriers > options.maxTagShare * indexed && carriers > options.commonTagMinStories) continue;
        tagMark[t] = stamp;
        counting.push(t);
      }
    }
    if (weights.author > 0) for (const a of authorsOf[r] as number[]) authorMark[a] = stamp;
    for (const t of counting) visit(byTag[t]);
    if (weights.section > 0) visit(bySection[sectionOf[r] as number]);
    if (weights.author > 0) for (const a of authorsOf[r] as number[]) visit(byAuthor[a]);
    if (bestRank.length > 0) related.set(stories[order[r] as number] as T, bestRank.map((c) => stories[order[c] as number] as T));
  };

  // Stories of one instant are all ranked before any of them joins the index: none is older than another.
  while (indexed < n) {
    let end = indexed + 1;
    while (end < n && epochOf[end] === epochOf[indexed]) end += 1;
    for (let r = indexed; r < end; r++) rank(r);
    for (let r = indexed; r < end; r++) {
      for (const t of tagsOf[r] as number[]) post(byTag, t, r);
      for (const a of authorsOf[r] as number[]) post(byAuthor, a, r);
      post(bySection, sectionOf[r] as number, r);
    }
    indexed = end;
  }
  return related;
}

/** Whether a story scored `score` at rank `rank` comes after one scored `than` at rank `thanRank`. */
function ranksBelow(score: number, rank: number, than: number, thanRank: number): boolean {
  return score < than || (score === than && rank < thanRank);
}
