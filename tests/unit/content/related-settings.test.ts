import { describe, expect, it } from "vitest";
import { DEFAULT_RELATED, readSiteSettings } from "../../../src/content/index.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

/** Reads a site.json holding `related` (left out when undefined). */
function read(related?: unknown): ReturnType<typeof readSiteSettings> {
  const dir = tempDir("related-settings");
  writeFiles(dir, { "_data/site.json": JSON.stringify({ name: "X", url: "https://x.example", ...(related === undefined ? {} : { related }) }) });
  return readSiteSettings(dir, dir);
}

describe("the related-news settings of site.json", () => {
  it("defaults to five stories, tags 3, author 2, section 1, and a 5% cut-off above 20 stories", () => {
    const { site, problems } = read();
    expect(problems).toEqual([]);
    expect(site?.related).toEqual({ count: 5, weights: { tag: 3, section: 1, author: 2 }, maxTagShare: 0.05, commonTagMinStories: 20 });
    expect(site?.related).toEqual(DEFAULT_RELATED);
  });

  it("fills in what a partial setting leaves out", () => {
    expect(read({ weights: { author: 0 }, maxTagShare: 0.1 }).site?.related).toEqual({ count: 5, weights: { tag: 3, section: 1, author: 0 }, maxTagShare: 0.1, commonTagMinStories: 20 });
    expect(read({ count: 0 }).site?.related.count).toBe(0);
  });

  it.each([
    [{ count: -1 }, "_data/site.json: related.count: must be 0 or more (0 turns related news off)"],
    [{ count: 2.5 }, "_data/site.json: related.count: must be a whole number of stories, like 5"],
    [{ count: 50 }, "_data/site.json: related.count: must be at most 20"],
    [{ maxTagShare: 0 }, "_data/site.json: related.maxTagShare: must be more than 0, like 0.05 for 5% (1 keeps every tag)"],
    [{ maxTagShare: "5%" }, "_data/site.json: related.maxTagShare: must be a share of the archive between 0 and 1, like 0.05 for 5%"],
    [{ maxTagShare: 5 }, "_data/site.json: related.maxTagShare: must be at most 1 (1 keeps every tag)"],
    [{ weights: { tag: -1 } }, "_data/site.json: related.weights.tag: must be 0 or more"],
    [{ weights: { tags: 2 } }, '_data/site.json: related.weights: has no setting "tags"; its settings are tag, section, author'],
    [{ wieghts: {} }, '_data/site.json: related: has no setting "wieghts"; its settings are count, weights, maxTagShare, commonTagMinStories'],
    [{ weights: { tag: 0, section: 0, author: 0 } }, "_data/site.json: related.weights: are all 0, so no story could be related: give a weight above 0, or set count to 0 to turn related news off"],
  ])("refuses %j with a message naming the setting", (related, message) => {
    const { problems } = read(related);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([message]);
  });

  it("lets count 0 turn the block off whatever the weights", () => {
    expect(read({ count: 0, weights: { tag: 0, section: 0, author: 0 } }).problems).toEqual([]);
  });
});
