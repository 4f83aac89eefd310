import { describe, expect, it } from "vitest";
import { PageKeys } from "../../../src/render/index.js";
import { testArticle, testAuthor, testView } from "../../helpers/factory.js";

describe("page keys", () => {
  const story = testArticle({ date: "2016-03-03T10:00:00", title: "Ties", byline: ["john-smith"], contentKey: "k1" });

  it("change a list item's key when its byline links to another author of the same name", () => {
    const one = testView(story, { authors: [testAuthor("john-smith", "John Smith")] });
    const other = testView({ ...story, byline: ["john-smith-2"] }, { authors: [testAuthor("john-smith-2", "John Smith")] });
    expect(new PageKeys().item(one)).not.toBe(new PageKeys().item(other));
  });

  it("change a list item's key when its thumbnail changes, since the fronts and lists show it", () => {
    const authors = [testAuthor("john-smith", "John Smith")];
    const image = { src: "./a.jpg", alt: "A", card: '<picture><img src="/img/one-card-320.jpeg"></picture>' };
    const one = testView({ ...story, image }, { authors });
    const other = testView({ ...story, image: { ...image, card: '<picture><img src="/img/two-card-320.jpeg"></picture>' } }, { authors });
    const none = testView(story, { authors });
    expect(new Set([one, other, none].map((v) => new PageKeys().item(v))).size).toBe(3);
  });

  it("key an article page by what it was made from, without reading its body", () => {
    let reads = 0;
    const lazy = { ...story, get html() {
      reads += 1;
      return "<p>x</p>";
    } };
    const authors = [testAuthor("john-smith", "John Smith")];
    const keys = new PageKeys();
    const key = keys.article(testView(lazy, { authors }));
    expect(reads).toBe(0);
    expect(keys.article(testView({ ...story, contentKey: "k2" }, { authors }))).not.toBe(key);
    expect(new PageKeys().article(testView(story, { authors }))).toBe(key);
  });
});
