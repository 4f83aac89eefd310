import type { z } from "zod";
import type { ParsedFile } from "./frontmatter.js";
import type { Problem } from "./types.js";

/**
 * The sentences an editor reads when a file is wrong: what each field must look like, and how to add
 * one that is missing.
 */

/** What an editor should write for each field when its value is wrong. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  title: 'must be plain text, like: title: "Parliament passes the budget"',
  date: "must be a date like 2016-03-03T12:55:00+04:00 (no offset means the site time zone)",
  byline: "must be an author id (a file name in content/authors/ without .md) or a list of them",
  dateline: "must be a place name, like: dateline: Baku",
  tags: "must be a list like: tags: [Energy, Caspian Sea]",
  section: "must be a section id from site.json",
  summary: "must be one sentence of plain text",
  image: 'must be like: image: { src: ./photo.jpg, alt: "What the photo shows" }',
  updated: "must be a date like 2016-03-04T09:00:00+04:00",
  corrections: "must be a list like: corrections: [ { date: 2016-03-04T09:00:00+04:00, text: \"...\" } ]",
  draft: "must be true or false",
  slug: "must be a plain slug like baku-summit-opens",
  aliases: "must be an old URL path like /politics/94020.html, or a list of them",
  lang: "must be a language code from site.json's languages, like: lang: az",
  translationKey: "must be one word or phrase shared by the story's versions in other languages, like: translationKey: caspian-summit-2016",
  name: 'must be the author\'s name, like: name: "Amina Nazarli"',
  role: "must be plain text, like: role: Staff correspondent",
  twitter: "must be a handle without @, like: twitter: amina_nazarli",
  photo: "must be an image path",
  links: "must be a list of web addresses, like: links: [https://example.org/amina]",
};

/** What an editor should add when a required field is missing. */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  title: 'title is missing: add a line like title: "Parliament passes the budget" to the front matter',
  date: "date is missing: add a line like date: 2016-03-03T12:55:00+04:00 to the front matter",
  byline: "byline is missing: add a line like byline: amina-nazarli (a file name in content/authors/) to the front matter",
  name: 'name is missing: add a line like name: "Amina Nazarli" to the front matter',
};

/** `{ line }` of a front-matter key, or nothing when the key is not in the file. */
export function lineOf(parsed: ParsedFile, key: string): { line?: number } {
  const line = parsed.lineOf(key);
  return line === undefined ? {} : { line };
}

/** One problem per YAML error of a file's front matter. */
export function yamlProblems(parsed: ParsedFile, file: string): Problem[] {
  return parsed.errors.map((e) => ({ file, ...(e.line ? { line: e.line } : {}), message: `the front matter is not valid YAML: ${e.message}` }));
}

/**
 * One problem per field the schema refused, with the field's line and what to write instead;
 * `hints` replaces the usual sentence for a field whose meaning differs in this kind of file.
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: Record<string, unknown>, file: string, parsed: ParsedFile, hints: Readonly<Record<string, string>> = {}): Problem[] {
  const hintOf = (field: string): string | undefined => hints[field] ?? FIELD_HINTS[field];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    const missing = data[field] === undefined || data[field] === null;
    const where = issue.path.length > 1 ? issue.path.map(String).join(".") : field;
    let nested: unknown = data;
    for (const key of issue.path) nested = nested !== null && typeof nested === "object" ? (nested as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    let message: string;
    if (missing) message = hints[field] !== undefined ? `${field} is empty: ${hints[field]}` : (MISSING_HINTS[field] ?? `${field} is missing`);
    else if (issue.path.length > 1 && nested === undefined) message = `${where} is missing: ${field} ${hintOf(field) ?? issue.message}`;
    else if (issue.message === "is empty") message = `${where} is empty: ${hintOf(field) ?? "give it a value"}`;
    else message = `${where} ${hintOf(field) ?? issue.message}`;
    problems.push({ file, ...lineOf(parsed, field), message });
  }
  return problems;
}

/** A warning for each front-matter key the schema does not know. */
export function unknownFieldWarnings(data: Record<string, unknown>, known: ReadonlySet<string>, file: string, parsed: ParsedFile): Problem[] {
  return Object.keys(data)
    .filter((key) => !known.has(key))
    .map((key) => ({ file, ...lineOf(parsed, key), message: `unknown field "${key}" is ignored (known fields: ${[...known].join(", ")})` }));
}

/** A content file's front matter checked against its schema (see {@link checkFrontMatter}). */
export interface CheckedFrontMatter<T> {
  /** Each field that passed its check; all of them when `problems` is empty. */
  readonly values: Partial<T>;
  /** The YAML's problems (then no field was checked), or one per field the schema refused. */
  readonly problems: Problem[];
  /** One per field the schema does not know, which is ignored. */
  readonly warnings: Problem[];
  /** Whether the YAML could be read at all. */
  readonly readable: boolean;
}

/**
 * The one front-matter check of the content files, articles, authors and topics alike: the YAML's
 * problems, then every field checked on its own against `schema`, so that one bad field never hides
 * another's problem, each problem on its field's line, and a warning for each unknown field.
 */
export function checkFrontMatter<S extends z.ZodRawShape>(parsed: ParsedFile, file: string, schema: z.ZodObject<S>, hints: Readonly<Record<string, string>> = {}): CheckedFrontMatter<z.output<z.ZodObject<S>>> {
  if (parsed.errors.length > 0) return { values: {}, problems: yamlProblems(parsed, file), warnings: [], readable: false };
  const values: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(parsed.data[key]);
    if (result.success) {
      if (result.data !== undefined) values[key] = result.data;
    } else {
      issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
    }
  }
  return {
    values: values as Partial<z.output<z.ZodObject<S>>>,
    problems: schemaProblems(issues, parsed.data, file, parsed, hints),
    warnings: unknownFieldWarnings(parsed.data, new Set(Object.keys(schema.shape)), file, parsed),
    readable: true,
  };
}
