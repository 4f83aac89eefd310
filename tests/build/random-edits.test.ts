/**
 * The build cache against a clean build, over random edits. Starting from the small site of
 * `tests/fixtures/edits/`, each step makes one random edit of the kind a newsroom makes (a story
 * added, edited, retagged, held back or deleted; an author's bio or photo; a topic file; a picture;
 * the breaking-news line; site.json; the build date; a template that starts showing a field it did
 * not show before), then
 * builds with the cache and compares the output, every file byte for byte, with a clean build of
 * the same tree and date. Some cached builds are killed (SIGKILL) at a random moment first; the
 * next one must still make the right site.
 *
 * The site is a git repository, as a newsroom's is, because the cache asks git what changed: after
 * each edit the test commits it, stages it, leaves it uncommitted, discards what is uncommitted, or
 * goes back to an earlier commit (a rollback) and carries on from there.
 *
 * An even seed runs the same site in three languages (`languages` in site.json, English, Azerbaijani
 * and Russian): its stories are written in any of them, some tied as translations, retagged and
 * moved between languages, and its topic files name their subject in each language.
 *
 * `NEWS_EDIT_STEPS` (steps per seed) and `NEWS_EDIT_SEEDS` (comma-separated) set the size of a run;
 * a failing step names its seed and step, so `NEWS_EDIT_SEEDS=<seed>` replays it.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { buildOptions, runBuild, SILENT, type BuildOptions, type Reporter } from "../../src/pipeline/index.js";
import { differences, FIXTURES, ROOT, snapshotTree, tempDir } from "../helpers/site.js";

const STEPS = Number(process.env["NEWS_EDIT_STEPS"] ?? "14");
const SEEDS = (process.env["NEWS_EDIT_SEEDS"] ?? "1,2").split(",").map(Number);
/** 15 November 2026, 12:00 in Baku. */
const START_EPOCH = 1794729600;
const DAY = 86_400;

/** A small seeded generator (mulberry32): the same seed makes the same edits. */
function generator(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] as never, chance: (p) => next() < p };
}
type Random = ReturnType<typeof generator>;

const TAGS = ["Energy", "energy", "ENERGY", "Budget", "budget", "Farming", "Azərbaycan", "Azerbaycan", "Gas", "Elections", "Trade routes"];
/** The tags of the other languages' stories on a three-language site: Azerbaijani and Russian spellings of a few subjects. */
const LANGUAGE_TAGS: Readonly<Record<string, readonly string[]>> = {
  az: ["Energetika", "ENERGETİKA", "energetika", "Büdcə", "Neft", "Azərbaycan"],
  ru: ["Энергетика", "энергетика", "Бюджет", "Нефть", "нефть"],
};
/** The languages of a three-language site, the default first, and the translation keys its stories may share. */
const LANGUAGES = ["en", "az", "ru"] as const;
const TRANSLATION_KEYS = ["summit", "harvest", "ferries"];
const WORDS = ["Ministers", "agree", "new", "rules", "for", "ferry", "traffic", "harvest", "beats", "forecast", "bank", "raises", "rates", "court", "hears", "appeal"];

/** Template edits that make a page start showing a field it did not show: [file, after this text, insert this]. */
const TEMPLATE_EDITS: ReadonlyArray<readonly [string, string, string]> = [
  ["partials/article.macro.njk", '<p class="item__summary">{{ article.summary }}</p>', '\n  <p class="item__tags">{% for t in article.tags %}{{ t.name }} {% endfor %}</p>'],
  ["partials/article.macro.njk", '<p class="item__summary">{{ article.summary }}</p>', '\n  {% if article.updated %}<p class="item__updated">Updated {{ article.updated.text }}</p>{% endif %}'],
  ["partials/article.macro.njk", '<p class="card__summary">{{ article.summary }}</p>', '\n  <p class="card__authors">{% for a in article.authors %}{{ a.name }} {% if a.role %}{{ a.role }}{% endif %} {% endfor %}</p>'],
  ["pages/article.njk", '<p class="story__byline">{{ byline(article) }}</p>', '\n    <p class="story__modified">{{ article.modified.iso }} {{ article.corrections.length }} {{ news.site.description or "" }}</p>'],
  ["pages/article.njk", '<h1 class="story__title">{{ article.title }}</h1>', '\n    <p class="story__bios">{% for a in article.authors %}{{ a.bioText }}{% endfor %}</p>'],
  ["layouts/base.njk", "{{ fragments.footer | safe }}", '\n<p class="build-note">{{ news.site.description or "" }} {{ news.sections | length }}</p>'],
];

/** One article file, as the test writes it. */
interface Story {
  file: string;
  front: Record<string, unknown>;
  body: string;
}

/** The fixture site in a temp folder, with what the edits need to know of it. */
class EditedSite {
  readonly dir = tempDir("edits");
  readonly content = path.join(this.dir, "content");
  readonly templates = path.join(this.dir, "templates");
  readonly output = path.join(this.dir, "_site");
  readonly images = path.join(this.dir, "img-cache");
  epoch = START_EPOCH;
  stories: Story[] = [];
  made = 0;
  readonly shown = new Set<number>();

  /** The commits made so far, oldest first. */
  readonly commits: string[] = [];

  constructor(readonly random: Random, readonly multilingual = false) {
    fs.cpSync(path.join(FIXTURES, "edits", "content"), this.content, { recursive: true });
    fs.cpSync(path.join(ROOT, "templates"), this.templates, { recursive: true });
    if (multilingual) {
      const file = path.join(this.content, "_data", "site.json");
      const settings = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
      settings["languages"] = { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } };
      settings["sections"] = [
        { id: "politics", title: { en: "Politics", az: "Siyasət", ru: "Политика" } },
        { id: "business", title: "Business" },
      ];
      fs.writeFileSync(file, JSON.stringify(settings, null, 2));
    }
    this.reload();
    if (multilingual) {
      // Two of the fixture's stories start in Azerbaijani and Russian, as versions of one story, so
      // that every run has pages in each language from its first build.
      for (const [story, lang] of [[this.stories[0], "az"], [this.stories[1], "ru"]] as const) {
        if (!story) continue;
        story.front["lang"] = lang;
        story.front["translationKey"] = "first";
        story.front["tags"] = [(LANGUAGE_TAGS[lang] ?? [])[0]];
        this.write(story);
      }
    }
    // Only the sources are versioned: the output, the caches and the clean builds stay out.
    fs.writeFileSync(path.join(this.dir, ".gitignore"), "/*\n!/content/\n!/templates/\n!/.gitignore\n");
    this.git("init", "-q");
    this.commit();
  }

  /** The stories and the template edits shown, as the files on disk have them. */
  reload(): void {
    this.stories = [];
    for (const file of fs.readdirSync(path.join(this.content, "articles"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".md")) continue;
      const [, front, body] = fs.readFileSync(path.join(this.content, "articles", file), "utf8").split(/^---$/m);
      this.stories.push({ file: path.join("articles", file), front: YAML.parse(front ?? "") as Record<string, unknown>, body: (body ?? "").trim() });
    }
    this.stories.sort((a, b) => a.file.localeCompare(b.file));
    this.shown.clear();
    for (const [n, [file, after, insert]] of TEMPLATE_EDITS.entries()) {
      if (fs.readFileSync(path.join(this.templates, file), "utf8").includes(after + insert)) this.shown.add(n);
    }
  }

  git(...args: string[]): string {
    return execFileSync("git", ["-c", "user.name=Edits", "-c", "user.email=edits@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: this.dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  }

  commit(): void {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", `step ${this.commits.length}`);
    this.commits.push(this.git("rev-parse", "HEAD"));
  }

  options(extra: Partial<BuildOptions> = {}): BuildOptions {
    return buildOptions({ contentDir: this.content, templatesDir: this.templates, outputDir: this.output, buildEpoch: this.epoch, threads: 1, imageCacheDir: this.images, ...extra });
  }

  write(story: Story): void {
    const full = path.join(this.content, story.file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, `---\n${YAML.stringify(story.front)}---\n${story.body}\n`);
  }

  /** A date around the build date: mostly before it, sometimes after it (an embargo). */
  date(): string {
    const offset = this.random.chance(0.2) ? this.random.int(5 * DAY) + 3600 : -this.random.int(60 * DAY) - 60;
    return new Date((this.epoch + offset) * 1000).toISOString().replace(/\.\d+Z$/, "Z");
  }

  title(): string {
    const r = this.random;
    return [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), r.pick(WORDS)].join(" ").replace(/^./, (c) => c.toUpperCase());
  }

  tags(lang = "en"): string[] {
    const count = this.random.int(4);
    const spellings = LANGUAGE_TAGS[lang] ?? TAGS;
    return [...new Set(Array.from({ length: count }, () => this.random.pick(spellings)))];
  }

  /**
   * On a three-language site, gives `story` a language (none means the default) and, sometimes, a
   * translation key that no other story of that language has: two of one language may not share it.
   */
  language(story: Story): string {
    if (!this.multilingual) return "";
    const lang = this.random.pick(LANGUAGES);
    if (lang === "en" && this.random.chance(0.5)) delete story.front["lang"];
    else story.front["lang"] = lang;
    delete story.front["translationKey"];
    const key = this.random.pick(TRANSLATION_KEYS);
    const taken = this.stories.some((s) => s !== story && s.front["translationKey"] === key && (s.front["lang"] ?? "en") === lang);
    if (this.random.chance(0.6) && !taken) story.front["translationKey"] = key;
    story.front["tags"] = this.tags(lang);
    return ` in ${lang}${story.front["translationKey"] ? ` as a version of ${key}` : ""}`;
  }

  authors(): string[] {
    return fs.readdirSync(path.join(this.content, "authors")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort();
  }

  async picture(file: string): Promise<void> {
    const r = this.random;
    const full = path.join(this.content, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    await sharp({ create: { width: 64 + r.int(4) * 16, height: 48, channels: 3, background: { r: r.int(256), g: r.int(256), b: r.int(256) } } }).jpeg().toFile(full);
  }
}

type Edit = (site: EditedSite) => Promise<string> | string;

/** A moment `seconds` after a story's date, as ISO 8601: an update or a correction comes after publication. */
function after(story: Story, seconds: number): string {
  return new Date(Date.parse(String(story.front["date"])) + seconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
}

const storyEdits: Record<string, (site: EditedSite, story: Story) => Promise<string> | string> = {
  title: (site, story) => ((story.front["title"] = site.title()), `retitles ${story.file}`),
  body: (site, story) => ((story.body = `${story.body}\n\n${site.title()}.`), `adds a paragraph to ${story.file}`),
  summary: (site, story) => ((story.front["summary"] = `${site.title()}.`), `gives ${story.file} a summary`),
  tags: (site, story) => ((story.front["tags"] = site.tags(String(story.front["lang"] ?? "en"))), `retags ${story.file} as ${JSON.stringify(story.front["tags"])}`),
  // A story moved to another language (on a one-language site, a retag): its pages move, and its old versions lose it.
  lang: (site, story) => (site.multilingual ? `puts ${story.file}${site.language(story)}` : storyEdits["tags"]?.(site, story) ?? ""),
  draft: (_site, story) => ((story.front["draft"] = !story.front["draft"]), `sets draft ${String(story.front["draft"])} on ${story.file}`),
  date: (site, story) => {
    story.front["date"] = site.date();
    // An update or a correction dated before the story is bad input: a moved story drops them.
    delete story.front["updated"];
    delete story.front["corrections"];
    return `moves ${story.file} to ${String(story.front["date"])}`;
  },
  updated: (site, story) => {
    if (story.front["updated"]) delete story.front["updated"];
    else story.front["updated"] = after(story, 60 + site.random.int(DAY));
    return `sets updated ${String(story.front["updated"] ?? "off")} on ${story.file}`;
  },
  correction: (site, story) => {
    story.front["corrections"] = [{ date: after(story, 3600 + site.random.int(DAY)), text: `${site.title()}.` }];
    return `adds a correction to ${story.file}`;
  },
  byline: (site, story) => ((story.front["byline"] = site.random.pick(site.authors())), `gives ${story.file} the byline ${String(story.front["byline"])}`),
  section: (site, story) => ((story.front["section"] = site.random.pick(["politics", "business"])), `moves ${story.file} to ${String(story.front["section"])}`),
  picture: async (site, story) => {
    const name = `pic-${story.file.replace(/\W/g, "-")}.jpg`;
    await site.picture(path.join(path.dirname(story.file), name));
    story.front["image"] = { src: `./${name}`, alt: "A plain test picture" };
    return `gives ${story.file} a new picture`;
  },
};

const EDITS: ReadonlyArray<readonly [number, Edit]> = [
  [4, async (site) => {
    site.made += 1;
    const front: Record<string, unknown> = { title: site.title(), date: site.date(), byline: site.random.pick(site.authors()), tags: site.tags(), section: site.random.pick(["politics", "business"]) };
    if (site.random.chance(0.2)) front["draft"] = true;
    const story = { file: `articles/2026/added-${site.made}.md`, front, body: `${site.title()}.` };
    site.language(story);
    if (site.random.chance(0.3)) await storyEdits["picture"]?.(site, story);
    site.stories.push(story);
    return `adds ${story.file} (${JSON.stringify(front)})`;
  }],
  [12, async (site) => {
    const story = site.random.pick(site.stories);
    const name = site.random.pick(Object.keys(storyEdits));
    const said = await storyEdits[name]?.(site, story);
    return said ?? name;
  }],
  [2, (site) => {
    if (site.stories.length <= 2) return "keeps every story (too few to delete one)";
    const story = site.stories.splice(site.random.int(site.stories.length), 1)[0] as Story;
    fs.rmSync(path.join(site.content, story.file));
    return `deletes ${story.file}`;
  }],
  [2, (site) => {
    const id = site.random.pick(site.authors());
    const file = path.join(site.content, "authors", `${id}.md`);
    const [, front, body] = fs.readFileSync(file, "utf8").split(/^---$/m);
    const fields = YAML.parse(front ?? "") as Record<string, unknown>;
    if (site.random.chance(0.5)) fields["role"] = site.title();
    // A new name shows on every page that lists the author's stories, none of whose files changed.
    if (site.random.chance(0.3)) fields["name"] = site.title();
    fs.writeFileSync(file, `---\n${YAML.stringify(fields)}---\n${(body ?? "").trim()} ${site.title()}.\n`);
    return `edits the author ${id}`;
  }],
  [1, async (site) => {
    const id = site.random.pick(site.authors());
    await site.picture(path.join("authors", `${id}.jpg`));
    return `gives ${id} a new photo`;
  }],
  [1, (site) => {
    site.made += 1;
    const id = `new-author-${site.made}`;
    fs.writeFileSync(path.join(site.content, "authors", `${id}.md`), `---\nname: ${site.title()}\n---\nA new reporter.\n`);
    return `adds the author ${id}`;
  }],
  [2, async (site) => {
    const tag = site.random.pick(["energy", "budget", "farming", "gas"]);
    const file = path.join(site.content, "tags", `${tag}.md`);
    if (fs.existsSync(file) && site.random.chance(0.3)) {
      fs.rmSync(file);
      return `deletes the topic ${tag}`;
    }
    const withImage = site.random.chance(0.4);
    if (withImage) await site.picture(path.join("tags", `${tag}.jpg`));
    const image = withImage ? `image: { src: ./${tag}.jpg, alt: "A plain topic picture" }\n` : "";
    const name = site.random.pick(TAGS.filter((t) => t.toLowerCase() === tag)) ?? tag;
    // On a three-language site the topic of energy and of the budget may name its subject in the others too.
    const others = { energy: { az: "Energetika", ru: "Энергетика" }, budget: { az: "Büdcə", ru: "Бюджет" } }[tag];
    if (site.multilingual && others && site.random.chance(0.7)) {
      const langs = Object.entries(others).filter(() => site.random.chance(0.7));
      const names = Object.fromEntries([["en", name], ...langs]);
      const descriptions = Object.fromEntries(langs.filter(() => site.random.chance(0.5)).map(([lang]) => [lang, `${site.title()} (${lang}).`]));
      const alt = withImage && site.random.chance(0.5) ? `image: { src: ./${tag}.jpg, alt: ${JSON.stringify(Object.fromEntries(Object.keys(names).map((l) => [l, `Picture (${l})`])))} }\n` : image;
      const description = Object.keys(descriptions).length > 0 ? `description: ${JSON.stringify(descriptions)}\n` : "";
      fs.writeFileSync(file, `---\nname: ${JSON.stringify(names)}\n${description}${alt}---\n${site.title()}.\n`);
      return `writes the topic ${tag} in ${Object.keys(names).join(", ")}`;
    }
    fs.writeFileSync(file, `---\nname: ${name}\n${image}---\n${site.title()}.\n`);
    return `writes the topic ${tag}`;
  }],
  [2, (site) => {
    const file = path.join(site.content, "_data", "site.json");
    const settings = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    const field = site.random.pick(["name", "description", "perPage", "latestCount", ...(site.multilingual ? ["languageName"] : [])]);
    if (field === "languageName") {
      const languages = settings["languages"] as Record<string, { name: string }>;
      const lang = site.random.pick(LANGUAGES);
      (languages[lang] as { name: string }).name = site.title();
      fs.writeFileSync(file, JSON.stringify(settings, null, 2));
      return `renames the language ${lang} ${JSON.stringify(languages[lang]?.name)}`;
    }
    settings[field] = field === "perPage" ? 1 + site.random.int(3) : field === "latestCount" ? 1 + site.random.int(5) : site.title();
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
    return `sets ${field} in site.json to ${JSON.stringify(settings[field])}`;
  }],
  [1, (site) => {
    const file = path.join(site.content, "_data", "frontpage.yml");
    if (fs.existsSync(file) && site.random.chance(0.3)) {
      fs.rmSync(file);
      return "removes the picks file";
    }
    // A breaking-news line that may expire between two builds; on a three-language site, one per language.
    const line = (lang: string): Record<string, string> => ({
      text: site.title(),
      until: new Date((site.epoch + site.random.int(3 * DAY) - DAY) * 1000).toISOString().replace(/\.\d+Z$/, "Z"),
      ...(site.random.chance(0.5) ? { link: lang === "en" ? "/" : `/${lang}/` } : {}),
    });
    const langs = site.multilingual && site.random.chance(0.7) ? LANGUAGES.filter(() => site.random.chance(0.6)) : [];
    const breaking = langs.length > 0 ? Object.fromEntries(langs.map((lang) => [lang, line(lang)])) : line("en");
    fs.writeFileSync(file, YAML.stringify({ breaking }));
    return `writes the breaking line${langs.length > 0 ? `s of ${langs.join(", ")}` : ""}`;
  }],
  [2, (site) => {
    // A section's title: on a three-language site one language's, which only that language's pages show.
    const file = path.join(site.content, "_data", "site.json");
    const settings = JSON.parse(fs.readFileSync(file, "utf8")) as { sections: Array<{ id: string; title: string | Record<string, string> }> };
    const section = site.random.pick(settings.sections);
    const lang = site.multilingual ? site.random.pick(LANGUAGES) : undefined;
    const title = site.title();
    section.title = lang === undefined ? title : { ...(typeof section.title === "string" ? Object.fromEntries(LANGUAGES.map((l) => [l, section.title as string])) : section.title), [lang]: title };
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
    return `retitles the section ${section.id}${lang ? ` in ${lang}` : ""} as ${JSON.stringify(title)}`;
  }],
  [2, (site) => {
    site.epoch += site.random.int(4 * DAY) - DAY;
    return `moves the build date to ${new Date(site.epoch * 1000).toISOString()}`;
  }],
  [3, (site) => {
    const n = site.random.int(TEMPLATE_EDITS.length);
    const [file, after, insert] = TEMPLATE_EDITS[n] as readonly [string, string, string];
    const full = path.join(site.templates, file);
    const text = fs.readFileSync(full, "utf8");
    if (site.shown.has(n)) {
      site.shown.delete(n);
      fs.writeFileSync(full, text.replace(after + insert, after));
      return `takes template edit ${n} out of ${file}`;
    }
    if (!text.includes(after)) throw new Error(`${file} no longer has the text the test edits after: ${after}`);
    site.shown.add(n);
    fs.writeFileSync(full, text.replace(after, after + insert));
    return `makes ${file} show more (template edit ${n})`;
  }],
];

/** Picks an edit by weight. */
function pickEdit(random: Random): Edit {
  const total = EDITS.reduce((sum, [weight]) => sum + weight, 0);
  let at = random.int(total);
  for (const [weight, edit] of EDITS) {
    if (at < weight) return edit;
    at -= weight;
  }
  return (EDITS[0] as readonly [number, Edit])[1];
}

/** What the newsroom does with an edit in git: commit it, stage it, leave it, or go back in history. */
function gitStep(site: EditedSite): string {
  const roll = site.random.next();
  if (roll < 0.45) {
    site.commit();
    return "committed";
  }
  if (roll < 0.55) {
    site.git("add", "-A");
    return "staged";
  }
  if (roll < 0.62) {
    site.git("reset", "-q", "--hard");
    site.git("clean", "-q", "-fd");
    site.reload();
    return "uncommitted edits discarded";
  }
  if (roll < 0.7 && site.commits.length > 1) {
    const back = site.random.int(site.commits.length - 1);
    site.git("reset", "-q", "--hard", site.commits[back] as string);
    site.git("clean", "-q", "-fd");
    site.commits.splice(back + 1);
    site.reload();
    return `reset to commit ${back}`;
  }
  return "left uncommitted";
}

/** A cached build in a child process, killed at a random moment (it may finish first). */
async function killedBuild(site: EditedSite): Promise<string> {
  // Node itself, not the tsx command, which would start the build in a child that outlives its kill.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tests", "helpers", "cache-build.ts"), JSON.stringify(site.options())], { cwd: ROOT, stdio: "ignore" });
  const after = 300 + site.random.int(6000);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const timer = setTimeout(() => child.kill("SIGKILL"), after);
  const code = await exited;
  clearTimeout(timer);
  return code === null ? `a cached build killed after ${after} ms` : `a cached build that finished (exit ${code}) before its kill at ${after} ms`;
}

/** What one step found: the edit and the files where the cached build differs from the clean one. */
interface StepResult {
  readonly seed: number;
  readonly step: number;
  readonly edit: string;
  readonly stale: readonly string[];
  /** The notes of the cached build and of the one run again right after it with nothing changed. */
  readonly notes: readonly string[];
  readonly again: readonly string[];
}

/** A reporter that keeps the build's notes: how it used the cache. */
function noting(): { reporter: Reporter; notes: string[] } {
  const notes: string[] = [];
  return { reporter: { ...SILENT, note: (line) => notes.push(line) }, notes };
}

async function runSeed(seed: number, steps: number): Promise<StepResult[]> {
  const random = generator(seed);
  const site = new EditedSite(random, seed % 2 === 0);
  await runBuild(site.options(), SILENT, () => undefined);
  const results: StepResult[] = [];
  for (let step = 1; step <= steps; step++) {
    const change = await pickEdit(random)(site);
    for (const story of site.stories) site.write(story);
    const edit = `${change} (${gitStep(site)})`;
    const killed = random.chance(0.15) ? `; ${await killedBuild(site)}` : "";
    const cached = noting();
    await runBuild(site.options(), cached.reporter, () => undefined);
    const clean = path.join(site.dir, `clean-${step}`, "_site");
    await runBuild(site.options({ outputDir: clean, cacheDir: false }), SILENT, () => undefined);
    const stale: string[] = differences(snapshotTree(site.output), snapshotTree(clean));
    // The same build again, nothing changed: it has nothing to do, and the site stays the clean one.
    const again = noting();
    await runBuild(site.options(), again.reporter, () => undefined);
    stale.push(...differences(snapshotTree(site.output), snapshotTree(clean)).map((f) => `${f} (after the build run again)`));
    fs.rmSync(path.dirname(clean), { recursive: true, force: true });
    results.push({ seed, step, edit: edit + killed, stale, notes: cached.notes, again: again.notes });
  }
  return results;
}

describe("the build cache over random edits", () => {
  it(`makes the clean build's site, byte for byte, after each of ${STEPS} random edits (seeds ${SEEDS.join(", ")})`, async () => {
    const results: StepResult[] = [];
    for (const seed of SEEDS) results.push(...(await runSeed(seed, STEPS)));
    const failed = results.filter((r) => r.stale.length > 0);
    // The figure of the run, for the docs and for replaying a failing seed.
    console.log(`random edits: ${results.length - failed.length} of ${results.length} steps identical to a clean build (seeds ${SEEDS.join(", ")})`);
    for (const r of failed) console.log(`  seed ${r.seed} step ${r.step}: ${r.edit}\n    stale: ${r.stale.slice(0, 8).join(", ")}${r.stale.length > 8 ? ", ..." : ""}`);
    expect(failed.map((r) => `seed ${r.seed} step ${r.step} (${r.edit}): ${r.stale.join(", ")}`)).toEqual([]);
    // Git told every cached build what changed: none hashed every file for want of it.
    expect(results.flatMap((r) => r.notes.filter((n) => n.startsWith("every article file hashed")).map((n) => `seed ${r.seed} step ${r.step}: ${n}`))).toEqual([]);
    // A build run again with nothing changed stops at once.
    expect(results.filter((r) => !r.again.some((n) => n.startsWith("nothing to build"))).map((r) => `seed ${r.seed} step ${r.step}: ${r.again.join(" / ")}`)).toEqual([]);
  }, 1_800_000);
});
