import { walkFiles } from "../files/index.js";

/** The article folders of an archive, by year: how many stories each year and month folder holds. */
export interface ArchiveShape {
  readonly stories: number;
  /** Newest year first. */
  readonly years: ReadonlyArray<{ readonly year: number; readonly stories: number; readonly months: ReadonlyArray<{ readonly month: string; readonly stories: number }> }>;
}

/**
 * The shape of `content/articles` from its files' paths (relative, `/`-separated): stories in
 * `<yyyy>/<mm>/...` folders by year and month, newest first; a story outside a year folder counts
 * towards the total only.
 * @example archiveShape(["2016/03/a.md", "2016/04/b.md", "c.md"]) // { stories: 3, years: [{ year: 2016, stories: 2, months: [{ month: "04", stories: 1 }, { month: "03", stories: 1 }] }] }
 */
export function archiveShape(files: readonly string[]): ArchiveShape {
  const years = new Map<number, Map<string, number>>();
  let stories = 0;
  for (const file of files) {
    if (!file.endsWith(".md")) continue;
    stories += 1;
    const match = /^(\d{4})\/(\d{2})\//.exec(file);
    if (!match) continue;
    const months = years.get(Number(match[1])) ?? new Map<string, number>();
    months.set(match[2] as string, (months.get(match[2] as string) ?? 0) + 1);
    years.set(Number(match[1]), months);
  }
  return {
    stories,
    years: [...years]
      .sort(([a], [b]) => b - a)
      .map(([year, months]) => ({
        year,
        stories: [...months.values()].reduce((a, b) => a + b, 0),
        months: [...months].sort(([a], [b]) => b.localeCompare(a)).map(([month, n]) => ({ month, stories: n })),
      })),
  };
}

/** Reads the shape of an articles folder from the file system (no folder: an empty archive). */
export function readArchiveShape(articlesDir: string): ArchiveShape {
  return archiveShape(walkFiles(articlesDir));
}
