import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatMasthead, inZone } from "../../src/dates/index.js";
import { hasChromium, launchBrowser, serveSite, watchPage } from "../helpers/browser.js";
import { ROOT, SAMPLE, buildSite, listFiles, tempDir } from "../helpers/site.js";

/** One page of each kind of the sample site. */
const PAGES: Readonly<Record<string, string>> = {
  home: "/",
  article: "/2015/10/12/caspian-seal-survey-finds-population-pressure/",
  "article-corrected": "/2025/06/30/parliament-approves-water-law-amendments/",
  author: "/authors/leyla-karimova/",
  authors: "/authors/",
  tag: "/tags/railways/",
  topic: "/tags/caspian-sea/",
  tags: "/tags/",
  section: "/culture/",
  latest: "/latest/",
  year: "/2015/",
  month: "/2015/07/",
  search: "/search/",
  "not-found": "/no-such-page/",
};

const SHOTS = path.join(ROOT, "screenshots");

/** Opens `url` in a fresh context and checks it with axe-core at WCAG 2.1 AA. */
async function expectNoAxeViolations(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await context.close();
  expect(results.passes.length).toBeGreaterThan(10);
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

describe.runIf(hasChromium)("the sample site in headless Chromium", () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveSite(inject("sampleSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(Object.entries(PAGES))("%s page has no axe-core violations at WCAG 2.1 AA", async (_kind, url) => {
    await expectNoAxeViolations(browser, site.url + url);
  });

  it("the 404 page is served for an unknown address", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    await page.close();
  });

  it("no page scrolls sideways at 390 px", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Every page for readers (the editors' desk at /admin/ is Decap's own layout, for desks and laptops).
    const urls = listFiles(inject("sampleSite")).filter((f) => (f.endsWith("index.html") && !f.startsWith("admin/")) || f === "404.html").map((f) => `/${f.replace(/index\.html$/, "")}`);
    const wide: string[] = [];
    for (const url of urls) {
      await page.goto(site.url + url);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) wide.push(`${url}: ${scroll}px`);
    }
    await context.close();
    expect(urls.length).toBeGreaterThan(80);
    expect(wide).toEqual([]);
  });

  it("saves screenshots of every page kind at 390 and 1280 px for review", async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const page = await context.newPage();
      for (const [kind, url] of Object.entries(PAGES)) {
        await page.goto(site.url + url);
        await page.screenshot({ path: path.join(SHOTS, `${kind}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
    expect(fs.readdirSync(SHOTS).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(Object.keys(PAGES).length * 2);
  });

  it("draws today's date and the shared \"Latest\" list under the site's CSP, with no layout shift", async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const page = await context.newPage();
      const watched = await watchPage(page);
      // A slow phone: the script runs well after the first paint, as it would on a real one.
      await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 6 });
      await page.goto(site.url + PAGES["article"]);
      await page.locator(".latest__list li").first().waitFor({ timeout: 20_000 });
      expect(await page.locator(".latest__list li").count()).toBe(10);
      // Today in Baku, as the masthead has always written it: "Sunday November 29 2026".
      const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Baku", weekday: "long", day: "numeric", month: "long", year: "numeric" }).formatToParts(new Date());
      const part = (type: string): string => today.find((p) => p.type === type)?.value ?? "";
      expect(await page.locator(".masthead__date time").textContent()).toBe(`${part("weekday")} ${part("month")} ${part("day")} ${part("year")}`);
      await page.waitForTimeout(300);
      expect(await watched.shift(), `layout shift at ${width} px`).toBeLessThan(0.001);
      expect(watched.refused).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `sidebar-js-${width}.png`) });
      await context.close();

      const plain = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, javaScriptEnabled: false });
      const still = await plain.newPage();
      await still.goto(site.url + PAGES["article"]);
      expect(await still.locator(".latest__list").count()).toBe(0);
      expect(await still.locator(".latest__more a").getAttribute("href")).toBe("/latest/");
      expect(await still.locator(".masthead__date").textContent()).toBe("");
      await still.screenshot({ path: path.join(SHOTS, `sidebar-nojs-${width}.png`) });
      await plain.close();
    }
  });

  it("a reader reads an article with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + PAGES["article"]);
    expect(await page.locator("h1").textContent()).toBe("Caspian seal survey finds breeding colonies under pressure");
    expect(await page.locator(".story__body p").count()).toBeGreaterThan(3);
    // The masthead box still goes somewhere useful: the search page, which explains itself.
    await page.fill("#masthead-q", "seal");
    await page.press("#masthead-q", "Enter");
    await page.waitForURL(/\/search\/\?q=seal$/);
    expect(await page.locator(".search__note").textContent()).toContain("needs JavaScript");
    await context.close();
  });

  it("search finds an article by a word from its body, and a click opens it, within the site's CSP", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    // "pups" appears only in the body of the seal survey article.
    await page.goto(`${site.url}/search/?q=pups`);
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain("Caspian seal survey");
    await result.click();
    await page.waitForURL(/caspian-seal-survey-finds-population-pressure\/$/);
    expect(violations).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe("Caspian seal survey finds breeding colonies under pressure");
    await page.close();
  });

  it("finds an old article when the index is split into bundles", async () => {
    // Bundles of 4 articles at the smallest: the 2015 seal survey sits in an older bundle, merged by the search page.
    const output = tempDir("news-bundles-");
    const built = await buildSite(SAMPLE, output, [], { NEWS_SEARCH_BUNDLE_SIZE: "4" });
    expect(built.code, built.stderr).toBe(0);
    expect(fs.existsSync(path.join(output, "pagefind", "part-1-4", "pagefind-entry.json"))).toBe(true);
    const split = await serveSite(output);
    try {
      const page = await browser.newPage();
      await page.goto(`${split.url}/search/?q=pups`);
      const result = page.locator(".pagefind-ui__result-link").first();
      await result.waitFor({ timeout: 15_000 });
      expect(await result.textContent()).toContain("Caspian seal survey");
      await page.close();
    } finally {
      await split.close();
    }
  });

  it("never finds a draft", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=sailings`);
    await page.locator(".pagefind-ui__message").waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector(".pagefind-ui__message")?.textContent?.includes("Searching"));
    expect(await page.locator(".pagefind-ui__result-link").count()).toBe(0);
    await page.close();
  });
});

/** The pages of each kind in each language of the trilingual fixture. */
const LANGUAGE_PAGES: ReadonlyArray<readonly [string, string]> = ["", "/az", "/ru"].flatMap((p): Array<readonly [string, string]> => [
  [`${p || "/en"} home`, `${p}/`],
  [`${p || "/en"} section`, `${p}/business/`],
  [`${p || "/en"} author`, `${p}/authors/leyla-huseynova/`],
  [`${p || "/en"} year`, `${p}/2016/`],
  [`${p || "/en"} search`, `${p}/search/`],
  [`${p || "/en"} 404`, `${p}/404.html`],
]).concat([
  ["/en article", "/2016/03/03/caspian-ports-agree-winter-rules/"],
  ["/az article", "/az/2016/03/03/xezer-limanlari-qis-qaydalari/"],
  ["/ru article", "/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/"],
  ["/az tag", "/az/tags/seki/"],
  ["/ru tag", "/ru/tags/neft/"],
  ["/az topic", "/az/tags/xezer-denizi/"],
  ["/ru topic", "/ru/tags/kaspiyskoe-more/"],
]);

describe.runIf(hasChromium)("each language's pages of the trilingual fixture in headless Chromium", () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveSite(inject("trilingualSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(LANGUAGE_PAGES)("%s page has no axe-core violations at WCAG 2.1 AA", async (_kind, url) => {
    await expectNoAxeViolations(browser, site.url + url);
  });

  /** Instants on either side of Baku's midnight, before 2016 (UTC+05:00 in summer) and after (UTC+04:00). */
  const MASTHEAD_INSTANTS: ReadonlyArray<readonly [string, string]> = [
    ["2015-07-10T20:30:00Z", "Baku's summer time: already the 11th"],
    ["2016-03-29T19:45:00Z", "UTC+04:00 after the change: still the 29th"],
    ["2024-04-29T08:00:00Z", "a Monday in April"],
  ];

  it.each(MASTHEAD_INSTANTS)("each language's masthead draws %s (%s) as luxon does with its translations file's pattern", async (instant) => {
    const context = await browser.newContext();
    await context.clock.setFixedTime(new Date(instant));
    const page = await context.newPage();
    for (const [lang, prefix] of [["en", ""], ["az", "/az"], ["ru", "/ru"]] as const) {
      const pattern = (JSON.parse(fs.readFileSync(path.join(ROOT, "templates", "i18n", `${lang}.json`), "utf8")) as Record<string, string>)["masthead.date"] ?? "";
      await page.goto(`${site.url}${prefix}/`);
      const time = page.locator(".masthead__date time");
      await time.waitFor({ timeout: 20_000 });
      const date = inZone(Date.parse(instant), "Asia/Baku");
      expect(await time.textContent(), `${lang}: ${pattern}`).toBe(formatMasthead(date, lang, pattern));
      expect(await time.getAttribute("datetime")).toBe(date.toFormat("yyyy-MM-dd"));
    }
    await context.close();
  });

  it("a language's search page finds its own language's story, and only in that language", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/ru/search/?q=${encodeURIComponent("шёлка")}`);
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor({ timeout: 20_000 });
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith("/ru/"))).toBe(true);
    // The English search page searches the English stories: the same festival, in its English words.
    await page.goto(`${site.url}/search/?q=silk`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 20_000 });
    const english = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(english).toEqual(["/2015/07/10/sheki-silk-festival-opens/"]);
    // The Azerbaijani page searches its own stories, stemmed as Turkish: "in the rules" finds the story
    // that says "the rules" (qaydalar).
    await page.goto(`${site.url}/az/search/?q=${encodeURIComponent("qaydalarda")}`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 20_000 });
    const azerbaijani = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(azerbaijani).toEqual(["/az/2016/03/03/xezer-limanlari-qis-qaydalari/"]);
    await page.close();
  });
});
