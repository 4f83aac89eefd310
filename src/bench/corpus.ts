import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { isoWithOffset } from "../dates/index.js";
import { slugify } from "../slugs/index.js";

/**
 * A seeded random stream (splitmix32): the same seed gives the same corpus on every machine.
 * @example const next = randomStream(1); next() // a number in [0, 1)
 */
export function randomStream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/** Options of {@link writeCorpus}. */
export interface CorpusOptions {
  readonly articles: number;
  readonly seed?: number;
  readonly authors?: number;
  readonly tags?: number;
}

const SECTIONS = ["politics", "business", "nation", "region", "world", "analysis", "interview", "culture", "sports"];
const PLACES = ["Baku", "Ganja", "Sumgait", "Shusha", "Lankaran", "Sheki", "Quba", "Nakhchivan", "Tbilisi", "Ankara", "Astana", "Brussels"];
const GIVEN = ["Aysel", "Rauf", "Nigar", "Elchin", "Sabina", "Orkhan", "Lala", "Farhad", "Konul", "Murad", "Gulnar", "Tofig"];
const FAMILY = ["Aliyeva", "Mammadov", "Huseynova", "Ismayilov", "Quliyeva", "Rahimov", "Abdullayeva", "Safarov", "Bayramova", "Mustafayev"];
const TOPICS = [
  "energy", "pipeline", "harvest", "railway", "budget", "tourism", "port", "summit", "exports", "carpets", "chess", "football",
  "wrestling", "festival", "museum", "reservoir", "vineyard", "startup", "bank", "corridor", "election", "court", "school", "hospital",
];
const AZ_TAGS = ["Azərbaycan", "Gəncə", "Şəki", "Şamaxı", "Lənkəran", "Naxçıvan", "Novruz bayramı", "Qəbələ", "Xaçmaz", "Şuşa", "Göygöl", "İsmayıllı"];
const WORDS = (
  "the ministry said on monday that work on the new line would continue through the winter while officials in the region " +
  "expect exports to rise after the upgrade of the port and the opening of a second terminal farmers reported a larger " +
  "harvest than last year and prices at the central market fell slightly analysts noted that the budget for next year " +
  "sets aside more money for roads schools and water supply the delegation met business leaders and discussed trade " +
  "investment and transport links between the caspian and black sea coasts visitors filled the old town for the festival"
).split(" ");

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Tag names: topic words and places, some with Azerbaijani letters; popularity falls off as 1/rank (Zipf). */
function tagPool(size: number): string[] {
  const pool: string[] = [...AZ_TAGS];
  for (let i = 0; pool.length < size; i++) {
    const topic = TOPICS[i % TOPICS.length] as string;
    const place = PLACES[Math.floor(i / TOPICS.length) % PLACES.length] as string;
    const round = Math.floor(i / (TOPICS.length * PLACES.length));
    pool.push(`${place} ${topic}${round ? ` ${round + 1}` : ""}`);
  }
  return pool.slice(0, size);
}

function zipfPicker(rand: () => number, size: number): () => number {
  const weights = Array.from({ length: size }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function sentence(rand: () => number, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  const words = Array.from({ length: n }, () => pick(rand, WORDS));
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand, 8, 18)).join(" ");
}

/** A 500 to 800-word Markdown body with a subheading, a list, a quotation and links. */
function body(rand: () => number): string {
  const target = 500 + Math.floor(rand() * 301);
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    const p = paragraph(rand, 3 + Math.floor(rand() * 3));
    parts.push(p);
    words += p.split(" ").length;
    if (parts.length === 3) parts.push(`## ${sentence(rand, 3, 6).slice(0, -1)}`);
    if (parts.length === 6) parts.push(["- ", "- ", "- "].map((b) => b + sentence(rand, 4, 9)).join("\n"));
    if (parts.length === 8) parts.push(`> ${sentence(rand, 10, 20)} said ${pick(rand, GIVEN)} ${pick(rand, FAMILY)}, a spokesperson.`);
  }
  parts.push(`Details are published on the [ministry's website](https://example.org/${pick(rand, TOPICS)}) and in the <https://example.org/report>.`);
  return `${parts.join("\n\n")}\n`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Writes a deterministic corpus in the content contract: `site.json`, authors, and `articles` dated
 * 2012 to 2026 in Asia/Baku (offsets as in force then), across the nine sections, with Zipf-distributed
 * tags (some with Azerbaijani letters), co-authored pieces, datelines and summaries. The same options
 * always give byte-identical files.
 */
export function writeCorpus(dir: string, options: CorpusOptions): void {
  const rand = randomStream(options.seed ?? 20261126);
  const authorCount = options.authors ?? 60;
  const tags = tagPool(options.tags ?? 800);
  const nextTag = zipfPicker(rand, tags.length);
  const content = path.join(dir, "content");
  fs.rmSync(content, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "_data"), { recursive: true });
  fs.mkdirSync(path.join(content, "authors"), { recursive: true });
  fs.writeFileSync(
    path.join(content, "_data", "site.json"),
    `${JSON.stringify({ name: "Bench Courier", url: "https://bench.example", language: "en", timezone: "Asia/Baku", twitter: "benchcourier", defaultSection: "nation", perPage: 20, latestCount: 10 }, null, 2)}\n`,
  );
  const authorIds: string[] = [];
  for (let i = 0; i < authorCount; i++) {
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${i >= GIVEN.length * FAMILY.length ? ` ${i}` : ""}`;
    const id = slugify(name);
    authorIds.push(id);
    fs.writeFileSync(path.join(content, "authors", `${id}.md`), `---\nname: ${quote(name)}\nrole: Staff correspondent\ntwitter: ${id.replace(/-/g, "_")}\n---\n${name} reports for Bench Courier.\n`);
  }
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  const made = new Set<string>();
  for (let i = 0; i < options.articles; i++) {
    const instant = start + Math.floor(rand() * span);
    const date = DateTime.fromMillis(instant - (instant % 60_000), { zone: "Asia/Baku" });
    const topic = pick(rand, TOPICS);
    const place = pick(rand, PLACES);
    const title = `${place} ${topic} ${sentence(rand, 3, 7).slice(0, -1).toLowerCase()}`;
    let slug = slugify(`${place} ${topic} ${i}`);
    while (made.has(slug)) slug += "-x";
    made.add(slug);
    const articleTags = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => tags[nextTag()] as string))];
    const byline = rand() < 0.05 ? `[${pick(rand, authorIds)}, ${pick(rand, authorIds)}]` : pick(rand, authorIds);
    const front = [
      "---",
      `title: ${quote(title.charAt(0).toUpperCase() + title.slice(1))}`,
      `date: ${isoWithOffset(date)}`,
      `byline: ${byline}`,
      ...(rand() < 0.85 ? [`dateline: ${place}`] : []),
      `tags: [${articleTags.map(quote).join(", ")}]`,
      `section: ${pick(rand, SECTIONS)}`,
      ...(rand() < 0.5 ? [`summary: ${quote(sentence(rand, 10, 20))}`] : []),
      "---",
    ].join("\n");
    const folder = path.join(content, "articles", date.toFormat("yyyy"), date.toFormat("LL"));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${slug}.md`), `${front}\n${body(rand)}`);
  }
}
