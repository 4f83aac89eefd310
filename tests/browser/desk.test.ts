import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import * as cheerio from "cheerio";
import type { Browser, FrameLocator, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/content/index.js";
import { articleFrontMatter } from "../../src/content/schema.js";
import { freePort, startDecapServer, type DecapServer } from "../../src/desk/index.js";
import { runBuild } from "../../src/pipeline/build.js";
import { buildOptions } from "../../src/pipeline/options.js";
import { checkedContent } from "../helpers/content.js";
import { hasChromium, launchBrowser, serveSite } from "../helpers/browser.js";
import { ROOT, buildSite, sampleCopy } from "../helpers/site.js";

/**
 * The web desk in Chromium: Decap CMS from our build at /admin/, under the desk's CSP, against
 * decap-server on a copy of the sample content. An article is written through the editor and
 * published by a build; an existing headline is edited; the preview pane is checked and axe'd.
 */

const SHOTS = path.join(ROOT, "screenshots");
const HEADLINE = "Şəki ipək yarmarkası Ağdərə ustalarını qarşılayır";
const SLUG = "seki-ipek-yarmarkasi-agdere-ustalarini-qarsilayir";
const EXISTING = "2016/03/carpet-museum-opens-rare-weavings-exhibition";
const EXISTING_URL = "/2016/03/03/carpet-museum-opens-rare-weavings-exhibition/";
const OLD_HEADLINE = "Carpet museum opens exhibition of rare nineteenth-century weavings";
const NEW_HEADLINE = "Carpet museum opens a rare weavings exhibition in Baku";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Every CSP violation the page reports, gathered from the document and its preview frame. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("reportCspViolation", (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (l: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/** Picks an option of a react-select box (byline, section) by typing and choosing the match. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const id = await page.locator("label").filter({ hasText: new RegExp(`^${label}`) }).first().getAttribute("for");
  const input = page.locator(`[id="${id}"]`);
  await input.click();
  await input.fill(option);
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The editor's preview pane (an iframe Decap draws the preview template into). */
const preview = (page: Page): FrameLocator => page.frameLocator("#preview-pane");

describe.runIf(hasChromium)("the web desk (Decap CMS) in headless Chromium", () => {
  let repo: string;
  let server: DecapServer;
  let site: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  let violations: string[];

  beforeAll(async () => {
    // A copy of the sample content, as a repository folder holding `content/`.
    // With editors' picks, for the desk's "Front page" collection.
    repo = sampleCopy("desk", true).dir;
    server = await startDecapServer({ repoDir: repo, port: await freePort() });
    const quiet = { stage: () => undefined, warning: () => undefined, note: () => undefined };
    await runBuild(buildOptions({ contentDir: path.join(repo, "content"), outputDir: path.join(repo, "_site"), cacheDir: false, imageCacheDir: path.join(ROOT, ".cache", "img"), search: false, deskBackend: server.url }), quiet, () => undefined);
    site = await serveSite(path.join(repo, "_site"), [server.origin]);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    violations = await watchViolations(page);
    await page.goto(`${site.url}/admin/`);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.getByRole("button", { name: "Login" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "desk-login.png") });
    await page.getByRole("button", { name: "Login" }).click();
    await page.getByText("Caspian energy exporters face a tighter market").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
  });

  it("creates an article with an Azerbaijani headline, a byline, a section, tags and an uploaded image", async () => {
    await page.screenshot({ path: path.join(SHOTS, "desk-articles.png") });
    await page.goto(`${site.url}/admin/#/collections/articles/new`);
    await page.getByLabel("Headline").fill(HEADLINE);
    // 10 July 2015, 17:00 in Baku, which kept summer time then: UTC+05:00.
    await page.getByLabel("Date and time").fill("2015-07-10T17:00");
    await choose(page, "Byline", "Leyla Karimova");
    await choose(page, "Section", "Culture");
    await page.getByLabel("Tags (optional)").fill("Şəki, Silk");
    await page.getByLabel("Dateline (where the story was filed) (optional)").fill("Sheki");

    const picture = path.join(repo, "sheki-fair.jpg");
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 160, g: 40, b: 50 } } }).jpeg().toFile(picture);
    await page.getByRole("button", { name: "Choose an image" }).click();
    await page.locator('input[type="file"]').setInputFiles(picture);
    await page.getByRole("button", { name: "Choose selected" }).click();
    await page.getByLabel("Alt text (what the image shows)").fill("Silk scarves on a stall in Sheki");
    await page.getByLabel("Caption (optional)").fill("Scarves for sale on the fair's first day");

    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Weavers from across the country opened a silk fair in Sheki on Friday.");

    // The preview pane: the site's look, the dateline with the offset in force on that day.
    const frame = preview(page);
    await frame.locator(".story__dateline").getByText("Sheki, 10 July 2015 17:00 (UTC+05:00)").waitFor();
    expect(await frame.locator(".story__title").textContent()).toBe(HEADLINE);
    expect(await frame.locator(".story__byline").textContent()).toBe("By Leyla Karimova");
    expect(await frame.locator(".story__figure figcaption").textContent()).toContain("Scarves for sale");
    await page.screenshot({ path: path.join(SHOTS, "desk-new-article.png") });

    const axe = await new AxeBuilder({ page }).include(["#preview-pane", ".desk-preview"]).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(axe.passes.map((p) => p.id)).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));

    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Publish now").click();
    const file = path.join(repo, "content", "articles", "2015", "07", `${SLUG}.md`);
    await expect.poll(() => fs.existsSync(file), { timeout: 20_000 }).toBe(true);
    // Once saved, the desk moves to the entry's own address.
    await page.waitForURL(new RegExp(`/entries/2015/07/${SLUG}$`));
    expect(fs.existsSync(path.join(repo, "content", "articles", "2015", "07", "sheki-fair.jpg"))).toBe(true);

    // The file is valid front matter for our own reader, with the site zone's offset.
    const parsed = parseFrontMatter(fs.readFileSync(file, "utf8"));
    const fields = articleFrontMatter.parse(parsed.data);
    expect(fields).toMatchObject({ title: HEADLINE, date: "2015-07-10T17:00:00+05:00", byline: ["leyla-karimova"], section: "culture", tags: ["Şəki", "Silk"], slug: SLUG });
    expect(fields.image).toMatchObject({ src: "sheki-fair.jpg", alt: "Silk scarves on a stall in Sheki" });
    const content = await checkedContent(path.join(repo, "content"));
    expect(content.articles.find((a) => a.slug === SLUG)?.title).toBe(HEADLINE);
    expect(violations).toEqual([]);
  });

  it("edits an existing article's headline", async () => {
    await page.goto(`${site.url}/admin/#/collections/articles`);
    await page.reload();
    const existing = page.getByText(OLD_HEADLINE);
    await existing.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(SHOTS, "desk-failed.png") });
      throw error;
    });
    await existing.click();
    const headline = page.getByLabel("Headline");
    await expect.poll(() => headline.inputValue()).toBe(OLD_HEADLINE);
    await headline.fill(NEW_HEADLINE);
    await preview(page).locator(".story__title").getByText(NEW_HEADLINE).waitFor();
    expect(await preview(page).locator(".story__dateline").textContent()).toContain("3 March 2016 12:55 (UTC+04:00)");
    await page.screenshot({ path: path.join(SHOTS, "desk-edit-article.png") });
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Publish now").click();
    await page.getByText("Entry saved").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "desk-saved.png") });
    const file = path.join(repo, "content", "articles", `${EXISTING}.md`);
    await expect.poll(() => fs.readFileSync(file, "utf8").includes(NEW_HEADLINE), { timeout: 20_000 }).toBe(true);
    // The rest of the front matter is kept: the date as written, the byline (now in its list form), the tags.
    const saved = parseFrontMatter(fs.readFileSync(file, "utf8"));
    expect(saved.data).toMatchObject({ title: NEW_HEADLINE, date: "2016-03-03T12:55:00+04:00", byline: ["nigar-safarova"], tags: ["Carpets", "Museums", "Heritage"], section: "culture", dateline: "Baku" });
    expect(articleFrontMatter.safeParse(saved.data).success).toBe(true);
    expect(violations).toEqual([]);
  });

  it("chooses the home page's lead story in the editors' picks, as a story the build finds", async () => {
    // From the collection's list, as an editor goes: the file is read when its entry is opened there.
    await page.goto(`${site.url}/admin/#/collections/frontpage`);
    await page.reload();
    await page.getByText("Editors' picks").click();
    // The file's values are in the form once the breaking line's text is.
    await expect.poll(() => page.getByLabel("Text").inputValue(), { timeout: 20_000 }).toContain("Caspian ferry services resume");
    await choose(page, "Story", "Caspian seal survey finds breeding colonies under pressure");
    await page.screenshot({ path: path.join(SHOTS, "desk-picks.png") });
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Publish now").click();
    const file = path.join(repo, "content", "_data", "frontpage.yml");
    await expect.poll(() => fs.readFileSync(file, "utf8").includes("caspian-seal-survey-finds-population-pressure"), { timeout: 20_000 }).toBe(true);
    // The story is saved as its file under content/articles, which the build finds; the rest is kept.
    const content = await checkedContent(path.join(repo, "content"));
    expect(content.frontPage?.lead?.story).toBe("2015/10/caspian-seal-survey-finds-population-pressure");
    expect(content.frontPage?.top).toHaveLength(2);
    expect(content.frontPage?.breaking?.[0]?.text).toBe("Caspian ferry services resume after two days of storms");
    expect(violations).toEqual([]);
  });

  it("a build publishes the new article at its URL with its image processed, and the edited headline at the same URL", async () => {
    const out = path.join(repo, "published");
    await buildSite(path.join(repo, "content"), out);
    const created = cheerio.load(fs.readFileSync(path.join(out, "2015", "07", "10", SLUG, "index.html"), "utf8"));
    expect(created("h1.story__title").text()).toBe(HEADLINE);
    expect(created(".story__dateline").text()).toContain("10 July 2015 17:00 (UTC+05:00)");
    const img = created(".story__figure img");
    expect(img.attr("alt")).toBe("Silk scarves on a stall in Sheki");
    const srcs = created(".story__figure source").toArray().map((s) => created(s).attr("srcset") ?? "");
    expect(srcs.join(" ")).toMatch(/\/img\/[^ ]+-800\.webp/);
    for (const src of [img.attr("src") ?? "", ...srcs.flatMap((s) => s.split(",").map((p) => p.trim().split(" ")[0] ?? ""))]) {
      expect(fs.existsSync(path.join(out, src))).toBe(true);
    }
    const edited = cheerio.load(fs.readFileSync(path.join(out, ...EXISTING_URL.split("/").filter(Boolean), "index.html"), "utf8"));
    expect(edited("h1.story__title").text()).toBe(NEW_HEADLINE);
    // The lead chosen in the desk leads the home page while its pick holds (built on the sample's date).
    const dated = path.join(repo, "published-dated");
    await buildSite(path.join(repo, "content"), dated, [], { SOURCE_DATE_EPOCH: "1794916800" });
    const home = cheerio.load(fs.readFileSync(path.join(dated, "index.html"), "utf8"));
    expect(home(".card--lead .card__title a").attr("href")).toBe("/2015/10/12/caspian-seal-survey-finds-population-pressure/");
  });
});
