/**
 * html-validate over built pages, with the project's one configuration: the command a newsroom runs
 * (`npm run check`) and the generator's quality tests validate with the same rules.
 */
import { HtmlValidate, type ConfigData } from "html-validate";
import type { Problem } from "../content/index.js";

/**
 * html-validate's recommended rules, less two. `long-title` caps `<title>` at 70 characters for
 * search snippets, but a news headline is the editor's call, and search engines cut it themselves.
 * `void-style` wants one spelling of void elements; the templates write `<img>`, the sanitizer of
 * an article's raw HTML writes `<img />`, and HTML takes both.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
  rules: { "long-title": "off", "void-style": "off" },
};

/** A validator with the project's configuration; make one per thread and reuse it for every page. */
export function createValidator(config: ConfigData = HTML_VALIDATE_CONFIG): HtmlValidate {
  return new HtmlValidate(config);
}

/**
 * The html-validate findings of one page as problems of its file (`file` as the report should show
 * it), each with its line, the rule and html-validate's own sentence of what is wrong.
 */
export function validatePage(validator: HtmlValidate, file: string, html: string): Problem[] {
  // One name for every page: html-validate resolves its configuration once per file name (about
  // a fifth of the time of a 20 KB page when each name is new); the problems carry `file` instead.
  const report = validator.validateStringSync(html, "page.html");
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file, line: m.line, message: `${m.message} (html-validate rule ${m.ruleId}, column ${m.column}${m.ruleUrl ? `; what it means: ${m.ruleUrl}` : ""})` })),
  );
}
