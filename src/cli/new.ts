/**
 * `npm run new -- "Headline" --byline id [--byline id2] [--section s] [--tags a,b] [--draft]`: writes a
 * new article file with valid front matter, dated now in the site zone, and prints its path and URL.
 */
import { parseArgs } from "node:util";
import { buildInstant, parseSourceDateEpoch } from "../dates/index.js";
import { planArticle, ScaffoldError, writeScaffold } from "./scaffold.js";

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      byline: { type: "string", multiple: true, default: [] },
      section: { type: "string" },
      tags: { type: "string", default: "" },
      draft: { type: "boolean", default: false },
      content: { type: "string", default: process.env["NEWS_CONTENT_DIR"] || "content" },
    },
  });
  try {
    const scaffold = planArticle(
      {
        headline: positionals.join(" "),
        byline: values.byline.flatMap((b) => b.split(",")).map((b) => b.trim()).filter(Boolean),
        ...(values.section ? { section: values.section } : {}),
        tags: values.tags.split(",").map((t) => t.trim()).filter(Boolean),
        draft: values.draft,
      },
      values.content,
      (zone) => buildInstant(parseSourceDateEpoch(process.env["SOURCE_DATE_EPOCH"]), zone),
    );
    writeScaffold(scaffold);
    process.stdout.write(`Created ${scaffold.file}\nIt will be published at ${scaffold.url}\n`);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    process.stderr.write(`npm run new: ${error.message}\n`);
    process.exitCode = 1;
  }
}

main();
