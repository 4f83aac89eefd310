import fs from "node:fs";
import path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { parseContentDate } from "../dates/index.js";
import { breakingForm, type BreakingSite } from "./breaking.js";
import { FRONT_PAGE_FIELDS, PICK_FIELDS, breakingLineSchema, frontPageSchema } from "./schema.js";
import type { BreakingNews, FrontPage, Problem, StoryPick } from "./types.js";

/** Where the editors' picks live, under the content folder. */
export const FRONT_PAGE_FILE = path.join("_data", "frontpage.yml");

/** What the picks file's reader needs of the site: its time zone, and its languages for the breaking news. */
export interface FrontPageSite extends BreakingSite {
  readonly timezone: string;
}

/** The picks file but the breaking news, which `src/content/breaking.ts` reads line by line. */
const picksSchema = frontPageSchema.omit({ breaking: true });

/** What an editor should write for each part of the picks file when it is wrong. */
const HINTS: Readonly<Record<string, string>> = {
  lead: "must be a story, like: lead: { story: /2016/03/03/baku-summit-opens/, until: 2016-03-04T18:00 }",
  top: "must be a list of stories, each like: - { story: /2016/03/03/baku-summit-opens/, until: 2016-03-04T18:00 }",
  pick: "must be a story: its address, like /2016/03/03/baku-summit-opens/, or { story: /2016/03/03/baku-summit-opens/, until: 2016-03-04T18:00 }",
  story: "must be a story's address, like /2016/03/03/baku-summit-opens/, or its file under content/articles, like 2016/03/baku-summit-opens",
  breaking: 'must be like: breaking: { text: "Polls have closed", link: /2016/03/03/polls-close/, until: 2016-03-03T23:00 }',
  text: 'must be one line of plain text, like: text: "Polls have closed across the country"',
  link: "must be a page of this site, like /2016/03/03/polls-close/, or a web address",
  until: "must be a date like 2016-03-04T18:00 (no offset means the site time zone)",
};

/** The 1-based line of the node at `at` in the document, when it is there. */
function lineAt(doc: Document, lines: LineCounter, at: ReadonlyArray<string | number>): number | undefined {
  const node = doc.getIn(at, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The value at `keys` in the file's data, or `undefined`. */
function valueAt(data: unknown, keys: readonly string[]): unknown {
  let value = data;
  for (const key of keys) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * Reads `<contentDir>/_data/frontpage.yml`, the editors' picks, when there is one. Every part is
 * checked and every problem has its line: an entry that is not a story, a date that is not a date, a
 * breaking line without an expiry, a breaking line for a language the site does not have. Unknown
 * keys are warnings. Whether each story exists is checked with the rest of the site (see
 * `pickProblems` in `src/collections/`).
 */
export function readFrontPage(contentDir: string, rootDir: string, site: FrontPageSite): { frontPage?: FrontPage; problems: Problem[]; warnings: Problem[] } {
  const full = path.join(contentDir, FRONT_PAGE_FILE);
  if (!fs.existsSync(full)) return { problems: [], warnings: [] };
  const file = path.relative(rootDir, full);
  const lines = new LineCounter();
  // The core schema of YAML 1.2 has no timestamps: dates stay text for `src/dates` to read in the site zone.
  const doc = parseDocument(fs.readFileSync(full, "utf8"), { lineCounter: lines, schema: "core", uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `is not valid YAML: ${e.message.split("\n")[0]}` })), warnings: [] };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problems: [{ file, line: 1, message: "must be a list of `key: value` lines: lead, top and breaking" }], warnings: [] };
  }
  const at = (...keys: Array<string | number>): { line?: number } => {
    const line = lineAt(doc, lines, keys);
    return line === undefined ? {} : { line };
  };

  const warnings: Problem[] = [];
  const unknown = (value: unknown, known: ReadonlySet<string>, where: Array<string | number>): void => {
    if (!isMap(doc.getIn(where, true) ?? (where.length === 0 ? doc.contents : undefined)) || typeof value !== "object" || value === null) return;
    for (const key of Object.keys(value)) {
      if (!known.has(key)) warnings.push({ file, ...at(...where, key), message: `unknown field "${[...where, key].join(".")}" is ignored (known fields: ${[...known].join(", ")})` });
    }
  };
  const raw = data as Record<string, unknown>;
  unknown(raw, FRONT_PAGE_FIELDS, []);
  if (raw["lead"] !== undefined) unknown(raw["lead"], PICK_FIELDS, ["lead"]);
  if (isSeq(doc.getIn(["top"], true))) (raw["top"] as unknown[]).forEach((pick, i) => unknown(pick, PICK_FIELDS, ["top", i]));
  // Which lines `breaking` holds: one, or one per language (see `breakingForm`).
  const form = raw["breaking"] === undefined ? { entries: [], problems: [], warnings: [] } : breakingForm(raw["breaking"], site);
  for (const w of form.warnings) warnings.push({ file, ...at(...w.at), message: w.message });

  const problems: Problem[] = form.problems.map((p) => ({ file, ...at(...p.at), message: p.message }));
  /** One problem per place for each issue of a schema read at `base` in the file. */
  const schemaProblems = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, base: ReadonlyArray<string | number>): void => {
    const seen = new Set<string>();
    for (const issue of issues) {
      const full = [...base, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
      const where = full.join(".");
      if (seen.has(where)) continue;
      seen.add(where);
      const last = [...full].reverse().find((p) => typeof p === "string") as string | undefined;
      const missing = doc.getIn(full) === undefined;
      // An entry of the list of top stories, or the lead, that is neither a story nor a story with an expiry.
      const entry = typeof full[full.length - 1] === "number" || where === "lead";
      const hint = (entry ? HINTS["pick"] : HINTS[last ?? ""]) ?? issue.message;
      problems.push({ file, ...at(...full), ...(missing ? at(...full.slice(0, -1)) : {}), message: missing ? `${where} is missing: ${last ?? where} ${hint}` : `${where} ${hint}` });
    }
  };
  const result = picksSchema.safeParse(raw);
  if (!result.success) schemaProblems(result.error.issues, []);
  const read = form.entries.map((entry) => ({ entry, line: breakingLineSchema.safeParse(valueAt(raw, entry.at)) }));
  for (const { entry, line } of read) if (!line.success) schemaProblems(line.error.issues, entry.at);
  if (!result.success || problems.length > 0) return { problems, warnings };

  const date = (text: string, where: Array<string | number>): ReturnType<typeof parseContentDate> => {
    const parsed = parseContentDate(text, site.timezone);
    if (!parsed.ok) problems.push({ file, ...at(...where), message: `${where.join(".")} ${parsed.reason}` });
    return parsed;
  };
  const pick = (value: { story: string; until?: string | undefined }, where: Array<string | number>): StoryPick => {
    // A pick is a map (story, until) or, in short, the story alone.
    const long = isMap(doc.getIn(where, true));
    const until = value.until === undefined ? undefined : date(value.until, long ? [...where, "until"] : where);
    const line = at(...where, ...(long ? ["story"] : [])).line;
    return { story: value.story, ...(until?.ok ? { until: until.value } : {}), ...(line !== undefined ? { line } : {}) };
  };
  const fields = result.data;
  const lead = fields.lead ? pick(fields.lead, ["lead"]) : undefined;
  const top = (fields.top ?? []).map((p, i) => pick(p, ["top", i]));
  const breaking: BreakingNews[] = [];
  for (const { entry, line: parsed } of read) {
    if (!parsed.success) continue;
    const where = entry.at.join(".");
    const until = date(parsed.data.until, [...entry.at, "until"]);
    const line = at(...entry.at, "text").line;
    const linkLine = at(...entry.at, "link").line;
    // The line shows on every page of its language, whatever its address: a link is a path of the site
    // or a web address, nothing else. An empty link, as the desk writes one left blank, is no link.
    const link = parsed.data.link;
    if (link !== undefined && link !== "" && !/^\/(?!\/)/.test(link) && !/^https?:\/\/[^\s]+$/i.test(link)) {
      problems.push({ file, ...at(...entry.at, "link"), message: `${where}.link "${link}" ${HINTS["link"]}, starting with / or https://` });
    }
    if (until.ok) {
      breaking.push({
        lang: entry.lang,
        where,
        text: parsed.data.text,
        ...(link ? { link } : {}),
        until: until.value,
        ...(line !== undefined ? { line } : {}),
        ...(linkLine !== undefined ? { linkLine } : {}),
      });
    }
  }
  if (problems.length > 0) return { problems, warnings };
  return { frontPage: { sourcePath: file, ...(lead ? { lead } : {}), top, ...(breaking.length > 0 ? { breaking } : {}) }, problems, warnings };
}
