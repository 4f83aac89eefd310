import { DateTime } from "luxon";
import { DATELINE_PATTERN, dateLocale } from "./dates.js";

/** The pattern tokens that name a month (January first) or a weekday (Monday first). */
const NAMED_TOKENS = ["MMMM", "LLLL", "MMM", "LLL", "EEEE", "cccc", "EEE", "ccc"] as const;

/**
 * The month and weekday names a luxon pattern shows, in a language, by token: what a browser needs
 * besides the date to write it in that language, since it may have no Azerbaijani names of its own
 * (Debian's Chromium has none). The masthead's script and the desk's preview are handed these. Months run January to December, weekdays
 * Monday to Sunday; the names are luxon's, as {@link formatMasthead} would write them.
 * @example mastheadNames("cccc, d MMMM yyyy", "ru").MMMM?.[3] // "апреля"
 */
export function patternNames(pattern: string, lang = "en"): Record<string, string[]> {
  const bare = pattern.replace(/'[^']*'/g, "");
  const names: Record<string, string[]> = {};
  for (const token of NAMED_TOKENS) {
    // A run of exactly this length: "MMMM" is not found in "MMMMM", nor "MMM" in "MMMM".
    if (!new RegExp(`(^|[^${token[0]}])${token}(?!${token[0]})`).test(bare)) continue;
    const month = token.startsWith("M") || token.startsWith("L");
    names[token] = Array.from({ length: month ? 12 : 7 }, (_, i) => {
      const date = month ? DateTime.fromObject({ year: 2024, month: i + 1, day: 15 }, { zone: "UTC" }) : DateTime.fromObject({ year: 2024, month: 4, day: 29 }, { zone: "UTC" }).plus({ days: i });
      return date.setLocale(dateLocale(lang)).toFormat(token);
    });
  }
  return names;
}

/**
 * A date by a luxon pattern with the month and weekday names given (see {@link patternNames}) instead
 * of the browser's: the same text as luxon in that language, where the browser knows no names for it.
 * @example formatWithNames(date, "d MMMM yyyy", patternNames("d MMMM yyyy", "az")) // "3 mart 2016"
 */
export function formatWithNames(date: DateTime, pattern: string, names: Readonly<Record<string, readonly string[]>>): string {
  // Named tokens take the names given, quoted text stays as it is, other letters are luxon's tokens.
  return (pattern.match(/'[^']*'|(.)\1*/g) ?? [])
    .map((run) => {
      const list = names[run];
      if (list) return list[/^[ML]/.test(run) ? date.month - 1 : date.weekday - 1] ?? "";
      if (run.startsWith("'")) return run.slice(1, -1);
      return /^[A-Za-z]/.test(run) ? date.toFormat(run) : run;
    })
    .join("");
}

/**
 * The dateline's date (see `formatDateline`) with the month names given: the desk's preview, in the
 * story's language, in a browser that may not know it.
 */
export function formatDatelineWith(date: DateTime, names: Readonly<Record<string, readonly string[]>>): string {
  return `${formatWithNames(date, DATELINE_PATTERN, names)} (UTC${date.toFormat("ZZ")})`;
}

/** The names {@link formatDatelineWith} needs in a language. */
export function datelineNames(lang: string): Record<string, string[]> {
  return patternNames(DATELINE_PATTERN, lang);
}
