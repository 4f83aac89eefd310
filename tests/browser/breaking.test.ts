import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchBrowser, serveSite, watchPage } from "../helpers/browser.js";
import { buildSampleWithPicks, buildTrilingualWithPicks } from "../helpers/site.js";

/**
 * The breaking-news line in Chromium, on the sample with the editors' picks of
 * `tests/fixtures/frontpage.yml`, built on 17 November 2026 while its line holds: shared.js draws
 * it from the shared fragment as a bar fixed at the foot of the window, under the site's CSP, with
 * no layout shift; it comes right after the skip link in the tab order, and stays dismissed.
 */
describe.runIf(hasChromium)("the breaking-news bar in headless Chromium", () => {
  let site: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    site = await serveSite(await buildSampleWithPicks("breaking"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("shows the line fixed at the foot of the window, moves nothing, comes early in the tab order and stays dismissed", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const watched = await watchPage(page);
    await page.goto(`${site.url}/2021/10/10/baku-marathon-returns/`);
    const bar = page.locator(".breaking");
    await bar.waitFor({ state: "visible", timeout: 20_000 });
    expect(await bar.textContent()).toContain("Caspian ferry services resume");
    const box = await bar.boundingBox();
    expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe("fixed");
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844);
    await page.waitForTimeout(300);
    expect(await watched.shift()).toBeLessThan(0.001);
    // Tab order: the skip link, then the bar's link.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".breaking") !== null)).toBe(true);
    // Dismissed, it stays away for the visit, on other pages too.
    await page.getByRole("button", { name: "Dismiss the breaking news" }).click();
    await expect.poll(() => bar.isVisible()).toBe(false);
    await page.goto(`${site.url}/`);
    await page.locator(".latest__list li").first().waitFor({ timeout: 20_000 });
    expect(await page.locator(".breaking").isVisible()).toBe(false);
    expect(watched.refused).toEqual([]);
    await context.close();
  });
});

/**
 * Each language's own line, on the trilingual fixture with the picks of
 * `tests/fixtures/frontpage-languages.yml`, built while the English and Azerbaijani lines hold and
 * after the Russian one has expired: an Azerbaijani page shows the Azerbaijani line, in Azerbaijani
 * words, and a Russian page none.
 */
describe.runIf(hasChromium)("each language's breaking-news bar in headless Chromium", () => {
  let site: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    site = await serveSite(await buildTrilingualWithPicks("breaking-languages"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("shows the Azerbaijani line on an Azerbaijani page, and no line on a Russian page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const watched = await watchPage(page);
    await page.goto(`${site.url}/az/2016/11/15/gencede-yeni-park/`);
    const bar = page.locator(".breaking");
    await bar.waitFor({ state: "visible", timeout: 20_000 });
    expect(await bar.textContent()).toContain("Qəbələdə dağ yolları qar səbəbindən bağlanıb");
    expect(await bar.textContent()).not.toContain("marathon");
    expect(await bar.getByRole("link").getAttribute("href")).toBe("/az/2016/11/14/qebelede-ilk-qar/");
    expect(await bar.getAttribute("aria-label")).toBe("Təcili xəbər");
    await page.goto(`${site.url}/ru/2016/11/16/neft-i-gaz-itogi-oktyabrya/`);
    await page.locator(".latest__list li").first().waitFor({ timeout: 20_000 });
    expect(await page.locator(".breaking").count()).toBe(0);
    expect(watched.refused).toEqual([]);
    await context.close();
  });
});
