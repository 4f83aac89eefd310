import nunjucks from "nunjucks";

/** A filter the templates may call: `{{ value | name(arg) }}`. */
export type Filter = (...args: never[]) => unknown;

/** Renders the templates of `templates/` by name; each template is compiled once per build. */
export interface Renderer {
  render(name: string, data: object): string;
}

/**
 * The project's Nunjucks environment: autoescape on, undefined values are errors, compiled templates
 * cached for the whole build. Page templates go through it rather than through Eleventy's Nunjucks
 * engine, which compiles a paginated template again for every page it writes.
 */
export function createRenderer(templatesDir: string, filters: Readonly<Record<string, Filter>>): Renderer {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir, { noCache: false }), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  return { render: (name, data) => env.render(name, data) };
}
