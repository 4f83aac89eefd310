import { DateTime } from "luxon";
import { dateLocale } from "./dates.js";

/** The pattern tokens that name a month (January first) or a weekday (Monday first). */
const NAMED_TOKENS = ["MMMM", "LLLL", "MMM", "LLL", "EEEE", "cccc", "EEE", "ccc"] as const;

/**
 * The month and weekday names a masthead pattern shows, in a language, by token: what the browser
 * script that draws the masthead's date needs besides the date, since a reader's browser may have no
 * Azerbaijani names of its own (Debian's Chromium has none). Months run January to December, weekdays
 * Monday to Sunday; the names are luxon's, as {@link formatMasthead} would write them.
 * @example mastheadNames("cccc, d MMMM yyyy", "ru").MMMM?.[3] // "апреля"
 */
export function mastheadNames(pattern: string, lang = "en"): Record<string, string[]> {
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
