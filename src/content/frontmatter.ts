import yaml from "js-yaml";

/** A content file split into front matter and body. */
export interface ParsedFile {
  /** The front matter as plain data; `{}` when there is none. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** 1-based line in the file of a top-level front-matter key, when the key is there. */
  readonly lineOf: (key: string) => number | undefined;
  /** YAML problems, each with its line in the file. */
  readonly errors: ReadonlyArray<{ line?: number; message: string }>;
  /** The 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

const BOM = /^\uFEFF/;
const LINE_ENDS = /\r\n?/g;
/** The opening fence: `---` alone on the first line (trailing spaces allowed). */
const OPENING = /^---[ \t]*\n/;
/** The closing fence: `---` or `...` alone on a line. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a Markdown file into YAML front matter and body, and reads the YAML with the core schema,
 * so timestamps stay text: a date without an offset must mean the site zone, not UTC, and only
 * `src/dates` may decide that. Duplicate keys and tab indentation are errors.
 *
 * The split is done here rather than with gray-matter: on a large archive gray-matter's general
 * machinery (languages, excerpts, caching) cost more than the YAML parse itself.
 */
export function parseFrontMatter(source: string): ParsedFile {
  const text = source.replace(BOM, "").replace(LINE_ENDS, "\n");
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, errors: [], lineOf: () => undefined, bodyLine: 1 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { data: {}, body: "", errors: [{ line: 1, message: "the front matter opened with --- is never closed: add a line with --- after it" }], lineOf: () => undefined, bodyLine: 1 };
  }
  const raw = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\n/, "");
  // The opening fence, the front matter's lines and the closing fence come before the body.
  const bodyLine = 2 + raw.split("\n").length;
  const lineOf = (key: string): number | undefined => {
    const index = raw.split("\n").findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
    // The front matter's first line is the file's second.
    return index < 0 ? undefined : index + 2;
  };
  let parsed: unknown;
  try {
    parsed = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number }; message: string };
    const message = err.reason ?? err.message.split("\n")[0] ?? "cannot be read";
    return { data: {}, body, errors: [{ ...(err.mark ? { line: err.mark.line + 2 } : {}), message }], lineOf, bodyLine };
  }
  if (parsed === null || parsed === undefined) return { data: {}, body, errors: [], lineOf, bodyLine };
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    return { data: {}, body, errors: [{ line: 2, message: "the front matter must be a list of `key: value` lines" }], lineOf, bodyLine };
  }
  return { data: parsed as Record<string, unknown>, body, errors: [], lineOf, bodyLine };
}
