import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import sirv from "sirv";
import { policyFor } from "../../src/deploy/index.js";
import { requireTool } from "./tools.js";

/** Debian's Chromium; nothing downloads a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether browser tests run here: skipped with one line outside CI when Chromium is missing. */
export const hasChromium = requireTool("chromium", "apt-get install -y chromium");

/**
 * Serves a built site on a free localhost port, with its 404 page for unknown paths and the
 * Content-Security-Policy of each path (the desk's under `/admin/`, the site's elsewhere) as the CDN
 * would send it from `_headers`; `connect` adds addresses the desk may talk to (`decap-server`).
 */
export async function serveSite(root: string, connect: readonly string[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: false, etag: false, extensions: ["html"] });
  const notFound = path.join(root, "404.html");
  const server = http.createServer((req, res) => {
    res.setHeader("Content-Security-Policy", policyFor(new URL(req.url ?? "/", "http://localhost").pathname, connect));
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : "Not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Chromium with the flags this sandbox needs (no network beyond localhost, no GPU). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Watches a page as a reader's browser would report it: the console's Content-Security-Policy
 * refusals, and the cumulative layout shift from the first paint (counted in the browser, where the
 * page's CSP does not apply). Call before `goto`; read `shift()` once the page has settled.
 */
export async function watchPage(page: Page): Promise<{ readonly refused: readonly string[]; shift(): Promise<number> }> {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return { refused, shift: () => page.evaluate(() => (window as unknown as { shift: number }).shift) };
}
