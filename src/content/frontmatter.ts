import matter from "gray-matter";
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
}

const BOM = /^\uFEFF/;
const LINE_ENDS = /\r\n?/g;

/**
 * Splits a Markdown file into YAML front matter and body. The YAML is read with the core schema,
 * so timestamps stay text: a date without an offset must mean the site zone, not UTC, and only
 * `src/dates` may decide that. Duplicate keys and tab indentation are errors.
 */
export function parseFrontMatter(source: string): ParsedFile {
  let raw = "";
  let error: { line?: number; message: string } | undefined;
  let parsed: unknown;
  const file = matter(source.replace(BOM, "").replace(LINE_ENDS, "\n"), {
    engines: {
      yaml: (text: string): object => {
        raw = text;
        try {
          parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA });
        } catch (e) {
          const err = e as { reason?: string; mark?: { line: number }; message: string };
          // gray-matter hands over the text after the opening `---` with its line end, so the
          // 0-based YAML line is the file's 1-based line.
          error = { ...(err.mark ? { line: err.mark.line + 1 } : {}), message: err.reason ?? err.message.split("\n")[0] ?? "cannot be read" };
        }
        return {};
      },
    },
  });
  const errors: Array<{ line?: number; message: string }> = error ? [error] : [];
  let data: Record<string, unknown> = {};
  if (!error && parsed !== null && parsed !== undefined) {
    if (typeof parsed === "object" && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    else errors.push({ line: 2, message: "the front matter must be a list of `key: value` lines" });
  }
  return {
    data,
    body: file.content,
    errors,
    // Looked up only when a problem is reported: a top-level key starts its line.
    lineOf: (key) => {
      const lines = raw.split("\n");
      const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
      return index < 0 ? undefined : index + 1;
    },
  };
}
