import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchBrowser } from "../helpers/browser.js";
import { startDesk, stopDesk } from "../helpers/desk.js";
import { tempDir, writeFiles } from "../helpers/site.js";
import { SAFE_BODY, xssPayloads } from "../helpers/xss.js";

/**
 * The desk's preview keeps an article's scripts from running. `npm run desk` runs as an editor
 * starts it (decap-server on loopback, the development server, no Content-Security-Policy) over a
 * fixture site whose one article holds every payload of `tests/helpers/xss.ts`. Each payload, if it
 * ran anywhere (the desk's page, the preview frame, a frame or document it opened), would request
 * `/hit/<id>` from a counter on loopback. The article is opened in the editor, the preview drawn,
 * then hovered, clicked, tabbed and poked element by element; no payload may report, and the safe
 * parts of the body must show. A payload put into the frame by the test itself must report, so the
 * counter is known to hear the frame.
 */

const ENTRY = "2016/03/preview-safety";

/** A loopback server that records the id of every `/hit/<id>` request. */
async function startCounter(): Promise<{ origin: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const id = /^\/hit\/([\w-]+)/.exec(req.url ?? "")?.[1];
    if (id) hits.push(id);
    res.writeHead(204, { "access-control-allow-origin": "*" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Hovers, clicks, focuses and tabs through everything in the preview frame. */
async function pokeEverything(page: Page, frame: Frame): Promise<void> {
  // Navigation a payload does not ask for (a safe link, a form without an action) would only take
  // the frame away; script addresses are let through, so that they would run if they were there.
  await frame.evaluate(() => {
    const scripted = (value: string | null | undefined): boolean => /^\s*(javascript|data|vbscript):/i.test(value ?? "");
    document.addEventListener("click", (e) => {
      const link = (e.target as Element).closest?.("a[href], area[href]");
      if (link && !scripted(link.getAttribute("href"))) e.preventDefault();
    }, true);
    document.addEventListener("submit", (e) => {
      const submitter = (e as SubmitEvent).submitter;
      if (!scripted(submitter?.getAttribute("formaction") ?? (e.target as HTMLFormElement).getAttribute("action"))) e.preventDefault();
    }, true);
  });
  // The pointer over the whole frame, top to bottom.
  const box = await page.locator("#preview-pane").boundingBox();
  if (!box) throw new Error("the preview frame has no box");
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0; top < height; top += Math.max(200, box.height - 100)) {
    await frame.evaluate((y) => window.scrollTo(0, y), top);
    for (let y = box.y + 5; y < box.y + box.height; y += 40) {
      for (let x = box.x + 5; x < box.x + box.width; x += 60) await page.mouse.move(x, y);
    }
  }
  // The keyboard through every focusable element.
  await frame.locator("body").click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 60; i++) await page.keyboard.press("Tab");
  // Every element: the events a reader's pointer, keyboard and clicks raise, and focus.
  await frame.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      for (const type of ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousedown", "mouseup", "dblclick", "keydown", "keyup", "input", "change", "mouseleave"]) {
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
      el.focus?.();
      el.click?.();
      if (el instanceof HTMLDetailsElement) el.open = !el.open;
    }
  });
  // Time for what loads, fails, animates or refreshes later.
  await page.waitForTimeout(2_500);
}

describe.runIf(hasChromium)("the desk's preview runs none of an article's scripts (npm run desk, no CSP)", () => {
  let counter: Awaited<ReturnType<typeof startCounter>>;
  let desk: Awaited<ReturnType<typeof startDesk>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const payloads: ReturnType<typeof xssPayloads> = [];

  beforeAll(async () => {
    counter = await startCounter();
    payloads.push(...xssPayloads((id) => `fetch('${counter.origin}/hit/${id}')`));
    const repo = tempDir("desk-xss");
    const content = path.join(repo, "content");
    writeFiles(content, {
      "_data/site.json": JSON.stringify({ name: "Preview Check", url: "https://check.example", timezone: "Asia/Baku", defaultSection: "politics" }),
      "authors/amina-test.md": "---\nname: Amina Test\n---\nAmina Test is a reporter.\n",
      [`articles/${ENTRY}.md`]: `---\ntitle: Preview safety check\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test\n---\n${SAFE_BODY}\n\n${[...payloads.filter((p) => !p.swallows).map((p) => p.source), "The last safe paragraph.", ...payloads.filter((p) => p.swallows).map((p) => p.source)].join("\n\n")}\n`,
    });
    desk = await startDesk(content, path.join(repo, "_site"));
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${desk.url}/admin/`);
    await page.getByRole("button", { name: "Login" }).click();
    await page.getByText("Preview safety check").first().waitFor({ timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stopDesk(desk);
    await counter?.close();
  });

  it("draws the body's safe parts and runs none of its payloads, whatever the editor does", async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(90);
    await page.goto(`${desk.url}/admin/#/collections/articles/entries/${ENTRY}`);
    const frameElement = page.locator("#preview-pane");
    const body = page.frameLocator("#preview-pane").locator(".story__body");
    await body.getByText("The last safe paragraph.").waitFor({ timeout: 60_000 });
    const frame = await (await frameElement.elementHandle())?.contentFrame();
    if (!frame) throw new Error("no preview frame");

    // The safe parts are there, in the site's article markup.
    expect(await page.frameLocator("#preview-pane").locator(".story__title").textContent()).toBe("Preview safety check");
    expect(await body.locator("h2").first().textContent()).toBe("A safe heading for the preview check");
    expect(await body.getByRole("link", { name: "safe link" }).getAttribute("href")).toBe("https://example.org/safe");
    expect(await body.locator("li").filter({ hasText: /^safe item/ }).count()).toBe(2);
    expect(await body.locator("blockquote").first().textContent()).toContain("A safe quotation.");

    await pokeEverything(page, frame);

    // Still the same preview, and nothing ran: no request to the counter, no dialog.
    expect(await body.getByText("The last safe paragraph.").count()).toBe(1);
    expect(counter.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    // No element of the drawn body keeps an event handler or a script address.
    const leftovers = await frame.evaluate(() =>
      Array.from(document.querySelectorAll(".story__body *")).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value) || a.name === "srcdoc")
          .map((a) => `${el.tagName.toLowerCase()} ${a.name}`),
      ),
    );
    expect(leftovers).toEqual([]);
    // Forms may stay (the sanitizer keeps them without their actions); nothing that loads or runs another document does.
    expect(await body.locator("script, iframe, object, embed, base, meta, frame, frameset, portal, link").count()).toBe(0);

    // The counter hears the frame: a handler the test itself puts there does report.
    await frame.evaluate((code) => {
      const img = document.createElement("img");
      img.setAttribute("onerror", code);
      img.src = "missing-on-purpose.png";
      document.body.append(img);
    }, `fetch('${counter.origin}/hit/control')`);
    await expect.poll(() => counter.hits, { timeout: 10_000 }).toEqual(["control"]);
  }, 240_000);

  it("gives the preview frame a title, which axe's frame-title rule accepts", async () => {
    expect(await page.locator("#preview-pane").getAttribute("title")).toBe("Preview of the entry as the site will show it");
    const axe = await new AxeBuilder({ page }).withRules(["frame-title"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(axe.passes.map((p) => p.id)).toContain("frame-title");
  });
});
