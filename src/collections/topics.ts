import type { ArticleImage, Topic } from "../content/index.js";
import { tagUrl } from "../urls/index.js";
import { mostUsedSpellings } from "./group.js";

/** A tag's topic as its page shows it: the name every mention uses, the description and the image. */
export interface TopicView {
  /** The tag's slug. */
  readonly key: string;
  readonly name: string;
  readonly url: string;
  /** The description, rendered from the topic file's body (empty when it has none). */
  readonly descriptionHtml: string;
  /** Its first paragraph as plain text: the page's meta description. */
  readonly descriptionText: string;
  readonly image?: ArticleImage;
}

/**
 * The name each tag shows everywhere (its page, its mentions on articles, /tags/, feeds, search):
 * the topic file's `name` where there is one, else the spelling editors used most (see
 * {@link mostUsedSpellings}). `uses` are the tags of the published articles, newest article first.
 * @example tagDisplayNames([["oil", "OIL"]], new Map([["oil", { slug: "oil", name: "Oil", ... }]])) // Map { "oil" => "Oil" }
 */
export function tagDisplayNames(uses: Iterable<readonly [slug: string, spelling: string]>, topics: ReadonlyMap<string, Topic>): Map<string, string> {
  const names = mostUsedSpellings(uses);
  for (const slug of names.keys()) {
    const name = topics.get(slug)?.name;
    if (name !== undefined) names.set(slug, name);
  }
  return names;
}

/**
 * The topic views of the tags that have both a topic file and a published article, by slug: a file
 * for a tag no article uses has no page to show it (see `unusedTopicWarnings`).
 */
export function topicViews(topics: ReadonlyMap<string, Topic>, names: ReadonlyMap<string, string>): Record<string, TopicView> {
  // No prototype: a tag called "constructor" without a topic file must find nothing here.
  const views = Object.create(null) as Record<string, TopicView>;
  for (const [slug, name] of names) {
    const topic = topics.get(slug);
    if (!topic) continue;
    views[slug] = {
      key: slug,
      name,
      url: tagUrl(slug),
      descriptionHtml: topic.descriptionHtml,
      descriptionText: topic.descriptionText,
      ...(topic.image ? { image: topic.image } : {}),
    };
  }
  return views;
}
