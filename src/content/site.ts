import fs from "node:fs";
import path from "node:path";
import { isValidZone } from "../dates/index.js";
import { isPlainSlug } from "../slugs/index.js";
import { RESERVED_SEGMENTS } from "../urls/index.js";
import { languageCodes, languageProblems, resolveSections } from "./languages.js";
import { siteSchema } from "./schema.js";
import type { Problem, SiteConfig } from "./types.js";

/** Reads and checks `<contentDir>/_data/site.json`; `site` is absent when it cannot be used at all. */
export function readSiteSettings(contentDir: string, rootDir: string): { site?: SiteConfig; problems: Problem[] } {
  const file = path.join(contentDir, "_data", "site.json");
  const shown = path.relative(rootDir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : "cannot be read: create it with at least name and url";
    return { problems: [{ file: shown, message: `site settings ${reason}` }] };
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file: shown,
        message: `${issue.path.map(String).join(".") || "site.json"}: ${issue.message}`,
      })),
    };
  }
  const value = result.data;
  const problems: Problem[] = [];
  if (!isValidZone(value.timezone)) {
    problems.push({ file: shown, message: `timezone "${value.timezone}" is not an IANA time zone name like Asia/Baku` });
  }
  const ids = new Set<string>();
  for (const section of value.sections) {
    if (!isPlainSlug(section.id)) problems.push({ file: shown, message: `section id "${section.id}" must be a plain slug like politics` });
    else if (RESERVED_SEGMENTS.has(section.id) || /^\d+$/.test(section.id)) {
      problems.push({ file: shown, message: `section id "${section.id}" is taken by the site's own pages; choose another` });
    }
    if (ids.has(section.id)) problems.push({ file: shown, message: `section id "${section.id}" is listed twice` });
    ids.add(section.id);
  }
  const defaultSection = value.defaultSection ?? value.sections[0]?.id ?? "";
  if (!ids.has(defaultSection)) {
    problems.push({ file: shown, message: `defaultSection "${defaultSection}" is not one of the sections (${[...ids].join(", ")})` });
  }
  for (const message of languageProblems(value.language, value.languages, ids)) problems.push({ file: shown, message });
  const { sections, problems: titleProblems } = resolveSections(value.sections, value.language, languageCodes(value));
  for (const message of titleProblems) problems.push({ file: shown, message });
  const { languages, ...rest } = value;
  const site: SiteConfig = {
    ...rest,
    url: value.url.replace(/\/+$/, ""),
    sections,
    defaultSection,
    ...(value.twitter ? { twitter: value.twitter } : {}),
    ...(languages ? { languages } : {}),
  };
  return { site, problems };
}
