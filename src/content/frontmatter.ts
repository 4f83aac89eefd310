import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";

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
 * `src/dates` may decide that.
 */
export function parseFrontMatter(source: string): ParsedFile {
  let doc: Document | undefined;
  const lines = new LineCounter();
  const file = matter(source.replace(BOM, "").replace(LINE_ENDS, "\n"), {
    engines: {
      yaml: (text: string): object => {
        doc = parseDocument(text, { schema: "core", lineCounter: lines, uniqueKeys: true, prettyErrors: false });
        return {};
      },
    },
  });
  // gray-matter hands over the text after the opening `---` including its line end, so YAML's
  // line numbers are already the file's.
  const fileLine = (offset: number): number => lines.linePos(offset).line;
  const errors: Array<{ line?: number; message: string }> = [];
  let data: Record<string, unknown> = {};
  if (doc) {
    for (const error of doc.errors) {
      errors.push({ line: fileLine(error.pos[0]), message: firstLine(error.message) });
    }
    if (errors.length === 0) {
      const value: unknown = doc.toJS();
      if (value === null || value === undefined) data = {};
      else if (typeof value === "object" && !Array.isArray(value)) data = value as Record<string, unknown>;
      else errors.push({ line: 2, message: "the front matter must be a list of `key: value` lines" });
    }
  }
  const contents = doc?.contents;
  return {
    data,
    body: file.content,
    errors,
    lineOf: (key) => {
      if (!isMap(contents)) return undefined;
      for (const pair of contents.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return fileLine(pair.key.range[0]);
      }
      return undefined;
    },
  };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
