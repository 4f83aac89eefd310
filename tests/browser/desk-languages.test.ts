import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isBlankLine } from "../../src/content/index.js";
import { hasChromium, launchBrowser } from "../helpers/browser.js";
import { startDesk, stopDesk } from "../helpers/desk.js";
import { checkedContent } from "../helpers/content.js";
import { FIXTURES, tempDir } from "../helpers/site.js";

/** English month and weekday names, and the "GMT" of a JavaScript date printed whole. */
const ENGLISH_DATE_WORDS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|GMT/;

/** The summaries of the article list, one a story, as the desk draws them. */
async function storyList(page: Page): Promise<string[]> {
  return (await page.locator("main a[href*='/collections/articles/entries/']").allTextContents()).map((text) => text.trim());
}

/**
 * The desk on a site with languages (`npm run desk` over a copy of the trilingual fixture, with the
 * picks of `tests/fixtures/frontpage-languages.yml`): the list names each story's language and dates
 * it by numbers alone, the preview of an Azerbaijani or a Russian story shows that language's words,
 * section title and dates, as the story's page will, and the editors' picks have one breaking line
 * per language.
 */
describe.runIf(hasChromium)("the desk of a site with languages", () => {
  let desk: Awaited<ReturnType<typeof startDesk>>;
  let browser: Browser;
  let page: Page;
  let picks: string;

  beforeAll(async () => {
    const repo = tempDir("desk-languages");
    fs.cpSync(path.join(FIXTURES, "trilingual", "content"), path.join(repo, "content"), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, "frontpage-languages.yml"), path.join(repo, "content", "_data", "frontpage.yml"));
    picks = path.join(repo, "content", "_data", "frontpage.yml");
    desk = await startDesk(path.join(repo, "content"), path.join(repo, "_site"));
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await page.goto(`${desk.url}/admin/`);
    await page.getByRole("button", { name: "Login" }).click();
    await page.getByText("Xəzər limanları qış daşımaları", { exact: false }).first().waitFor({ timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stopDesk(desk);
  });

  it("starts each story of the list with its language, the default language's too", async () => {
    const entries = await storyList(page);
    expect(entries.some((t) => t.includes("az · Xəzər limanları qış daşımaları"))).toBe(true);
    expect(entries.some((t) => t.includes("ru · Каспийские порты"))).toBe(true);
    expect(entries.some((t) => t.includes("en · Caspian ports agree"))).toBe(true);
  });

  it("dates each story of the list by numbers alone, with no English month or weekday", async () => {
    const entries = await storyList(page);
    expect(entries).toHaveLength(11);
    for (const entry of entries) {
      expect(entry).toMatch(/ · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(entry).not.toMatch(ENGLISH_DATE_WORDS);
    }
    // Decap formats the date in the zone of the editor's computer: one in Baku sees the site's time.
    // Stories dated in UTC (`2015-07-10T12:00:00Z`) and with an offset (`+04:00`) alike.
    const baku = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: "Asia/Baku" });
    try {
      const list = await baku.newPage();
      await list.goto(`${desk.url}/admin/`);
      await list.getByRole("button", { name: "Login" }).click();
      await list.getByText("Xəzər limanları qış daşımaları", { exact: false }).first().waitFor({ timeout: 60_000 });
      const inBaku = await storyList(list);
      for (const expected of [
        "az · Xəzər limanları qış daşımaları üçün ümumi qaydalar razılaşdırıb · 2016-03-03 12:55",
        "ru · Каспийские порты договорились об общих правилах зимней навигации · 2016-03-03 12:55",
        "az · Şəkidə ipək festivalı on iki ölkədən olan toxucularla açılıb · 2015-07-10 17:00",
        "ru · В Шеки открылся фестиваль шёлка с ткачами из двенадцати стран · 2015-07-10 17:00",
      ]) {
        expect(inBaku).toContain(expected);
      }
    } finally {
      await baku.close();
    }
  });

  it.each([
    ["2016/03/xezer-limanlari-qis-qaydalari", "Xəzər limanları qış daşımaları üçün ümumi qaydalar razılaşdırıb", "az", "İqtisadiyyat", "Bakı, 3 mart 2016 12:55 (UTC+04:00)", "Müəllif: Leyla Hüseynova"],
    ["2016/03/kaspiyskie-porty-zimnie-pravila", "Каспийские порты договорились об общих правилах зимней навигации", "ru", "Экономика", "Баку, 3 марта 2016 12:55 (UTC+04:00)", "Автор: Leyla Hüseynova"],
  ])("previews %s (%s) in %s: its section title, dateline and byline", async (entry, title, lang, section, dateline, byline) => {
    // A page of its own for each story, signed in already: Decap keeps an open editor's entry on a hash change.
    const editor = await page.context().newPage();
    await editor.goto(`${desk.url}/admin/#/collections/articles/entries/${entry}`);
    const preview = editor.frameLocator("#preview-pane");
    await preview.locator(".story__title").filter({ hasText: title }).waitFor({ timeout: 60_000 });
    expect(await preview.locator(".desk-preview").getAttribute("lang")).toBe(lang);
    expect(await preview.locator(".story__section").textContent()).toBe(section);
    expect(await preview.locator(".story__dateline").textContent()).toBe(dateline);
    expect(await preview.locator(".story__byline").textContent()).toBe(byline);
    await editor.close();
  });

  it("edits one language's breaking line and leaves another's blank, and the build reads what the desk wrote", async () => {
    const editor = await page.context().newPage();
    await editor.goto(`${desk.url}/admin/#/collections/frontpage`);
    await editor.reload();
    // Every wait is bounded, so that a slow desk fails at the step that waited, not at the test's end.
    await editor.getByText("Editors' picks").click({ timeout: 60_000 });
    // One line per language, in the order of site.json: English, Azərbaycanca, Русский.
    const texts = editor.getByLabel("Text (optional)");
    await expect.poll(() => texts.nth(1).inputValue(), { timeout: 60_000 }).toBe("Qəbələdə dağ yolları qar səbəbindən bağlanıb");
    await texts.nth(1).fill("Qəbələ-Bakı yolu yenidən açılıb", { timeout: 30_000 });
    // The Russian line cleared, as an editor empties a language: its text and its expiry.
    await texts.nth(2).fill("", { timeout: 30_000 });
    await editor.getByLabel("Until (optional)").last().fill("", { timeout: 30_000 });
    await editor.getByRole("button", { name: "Publish" }).click({ timeout: 30_000 });
    await editor.getByText("Publish now").click({ timeout: 30_000 });
    await expect.poll(() => fs.readFileSync(picks, "utf8"), { timeout: 30_000 }).toContain("Qəbələ-Bakı yolu yenidən açılıb");
    // Decap 3.16 writes an emptied line as its fields' empty text (`ru: { text: "", until: "" }`),
    // which the reader takes for no line.
    const written = parse(fs.readFileSync(picks, "utf8")) as { breaking: Record<string, unknown> };
    expect(written.breaking["ru"]).toEqual({ text: "", until: "" });
    expect(isBlankLine(written.breaking["ru"])).toBe(true);
    const content = await checkedContent(path.join(path.dirname(picks), ".."));
    expect(content.frontPage?.breaking?.map((l) => [l.lang, l.where, l.text])).toEqual([
      ["en", "breaking.en", "The seaside boulevard closes on Sunday for the Baku marathon"],
      ["az", "breaking.az", "Qəbələ-Bakı yolu yenidən açılıb"],
    ]);
    await editor.close();
  }, 240_000);
});
