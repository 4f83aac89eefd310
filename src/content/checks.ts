import { articleUrl } from "../urls/index.js";
import type { Article, Problem } from "./types.js";

/**
 * A problem for each article whose URL another article already has (same day, same slug): the file
 * that comes first by path keeps the URL, and each later one is named.
 */
export function duplicateUrls(articles: readonly Article[], urlOf: (article: Article) => string = (a) => articleUrl(a.date, a.slug)): Problem[] {
  const byUrl = new Map<string, Article>();
  const problems: Problem[] = [];
  const byPath = [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  for (const article of byPath) {
    const url = urlOf(article);
    const other = byUrl.get(url);
    if (other) {
      problems.push({ file: article.sourcePath, message: `has the same URL ${url} as ${other.sourcePath}: give one of them another slug (front matter "slug:") or file name` });
    } else {
      byUrl.set(url, article);
    }
  }
  return problems;
}

/** Two articles of one language that claim to be the same story: the first by file path, and the other. */
export interface DuplicateTranslation {
  readonly key: string;
  readonly lang: string;
  readonly first: Article;
  readonly other: Article;
}

/**
 * Each article that shares its `translationKey` with an earlier one (by file path) of the same
 * language: a story has at most one version per language, or its readers could not be sent to one.
 * Drafts count too: a draft that would later publish beside its twin is the same mistake.
 */
export function duplicateTranslationKeys(articles: readonly Article[]): DuplicateTranslation[] {
  const seen = new Map<string, Article>();
  const found: DuplicateTranslation[] = [];
  const byPath = [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  for (const article of byPath) {
    if (article.translationKey === undefined) continue;
    const id = JSON.stringify([article.translationKey, article.lang]);
    const first = seen.get(id);
    if (first) found.push({ key: article.translationKey, lang: article.lang, first, other: article });
    else seen.set(id, article);
  }
  return found;
}

/**
 * A problem for each article that shares its `translationKey` with another of the same language,
 * naming both files: a story has one version per language.
 */
export function duplicateTranslations(articles: readonly Article[]): Problem[] {
  return duplicateTranslationKeys(articles).map(({ key, lang, first, other }) => ({
    file: other.sourcePath,
    message: `has translationKey "${key}" and lang ${lang}, like ${first.sourcePath}: one story has one version per language, so give one of them another translationKey or lang`,
  }));
}

/** Newest first; ties by title, then slug, so the order never depends on the file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.date.toMillis() - a.date.toMillis() || a.title.localeCompare(b.title, "en") || a.slug.localeCompare(b.slug);
}
