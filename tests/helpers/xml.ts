import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { FIXTURES } from "./site.js";

const SCHEMAS = path.join(FIXTURES, "schemas");

/**
 * Validates an XML document against one of the sitemap schemas in `tests/fixtures/schemas/`, with
 * libxml2's xmllint compiled to WebAssembly: nothing to install, nothing skipped. Returns the
 * validation errors, none when the document is valid.
 */
export async function schemaErrors(xml: string, schema: "sitemap.xsd" | "siteindex.xsd" | "news-urlset.xsd" | "hreflang-urlset.xsd"): Promise<string[]> {
  const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
  const result = await validateXML({
    xml: [{ fileName: "document.xml", contents: xml }],
    schema: [{ fileName: schema, contents: fs.readFileSync(path.join(SCHEMAS, schema), "utf8") }],
    preload: files.filter((f) => f !== schema).map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") })),
  });
  return result.errors.map((e) => e.rawMessage);
}
