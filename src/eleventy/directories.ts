import path from "node:path";

/** Eleventy's folders for one site. */
export interface SiteDirectories {
  /** The content folder, Eleventy's input. */
  readonly input: string;
  /** Includes and layouts, relative to the input as Eleventy wants them. */
  readonly includes: string;
  readonly layouts: string;
  readonly data: string;
  /** The templates folder, relative to the working directory. */
  readonly templates: string;
}

/**
 * Where the content and templates are. The content folder is `content` unless `NEWS_CONTENT_DIR` names
 * another (the build command's `--content`), so that one project can build fixture and benchmark sites.
 * @example siteDirectories({}) // { input: "content", includes: "../templates", layouts: "../templates/layouts", ... }
 */
export function siteDirectories(env: Readonly<Record<string, string | undefined>>): SiteDirectories {
  const input = env["NEWS_CONTENT_DIR"] || "content";
  const templates = env["NEWS_TEMPLATES_DIR"] || "templates";
  const includes = path.relative(input, templates).split(path.sep).join("/");
  return { input, includes, layouts: `${includes}/layouts`, data: "_data", templates };
}
