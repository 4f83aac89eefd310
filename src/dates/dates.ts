import { DateTime } from "luxon";

/** Every formatted date is English, whatever the build machine's locale. */
const LOCALE = "en-GB";

/** The result of reading a date written by an editor. */
export type DateParse = { ok: true; value: DateTime } | { ok: false; reason: string };

/**
 * Reads an ISO 8601 date from front matter. A value with an offset is that instant; a value
 * without one is wall-clock time in the site zone (the contract, unlike YAML's UTC reading).
 * @example parseContentDate("2016-03-03T12:55:00", "Asia/Baku") // 12:55 in Baku, UTC+04:00
 */
export function parseContentDate(input: string, zone: string): DateParse {
  const text = input.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i.test(text)) {
    return { ok: false, reason: `"${input}" is not an ISO 8601 date; write it like 2016-03-03T12:55:00+04:00` };
  }
  const parsed = DateTime.fromISO(text.replace(" ", "T"), { zone, setZone: false, locale: LOCALE });
  if (!parsed.isValid) {
    return { ok: false, reason: `"${input}" is not a real calendar date and time; check the month, the day and the hour` };
  }
  // With `setZone: false` luxon already converts to `zone`: no second conversion needed.
  return { ok: true, value: parsed };
}

/** A date in the site zone, from epoch milliseconds. */
export function inZone(epochMs: number, zone: string): DateTime {
  return DateTime.fromMillis(epochMs, { zone, locale: LOCALE });
}

/**
 * The Intl locale that dates of a language are written in: British English for `en` (day before
 * month, as the site has always written them), the language's own code otherwise.
 * @example dateLocale("en") // "en-GB"
 * @example dateLocale("ru") // "ru"
 */
export function dateLocale(lang: string): string {
  return lang === "en" ? LOCALE : lang;
}

/**
 * A date in a language, by a luxon pattern. `MMMM` is the month as it reads in a date, which
 * Russian declines ("3 марта"); `LLLL` is the month standing alone ("март").
 */
function formatIn(date: DateTime, pattern: string, lang: string): string {
  return date.setLocale(dateLocale(lang)).toFormat(pattern);
}

/**
 * The article dateline's date: day, month, year, time and the offset in force then, in a language
 * (English by default).
 * @example formatDateline(inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku")) // "3 March 2016 12:55 (UTC+04:00)"
 * @example formatDateline(inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku"), "ru") // "3 марта 2016 12:55 (UTC+04:00)"
 */
export function formatDateline(date: DateTime, lang = "en"): string {
  return `${formatIn(date, DATELINE_PATTERN, lang)} (UTC${date.toFormat("ZZ")})`;
}

/** The luxon pattern of a dateline's date, before its offset. */
export const DATELINE_PATTERN = "d MMMM yyyy HH:mm";

/**
 * Day, month and year only: "3 March 2016", "3 mart 2016", "3 марта 2016".
 * @example formatDay(inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku"), "az") // "3 mart 2016"
 */
export function formatDay(date: DateTime, lang = "en"): string {
  return formatIn(date, "d MMMM yyyy", lang);
}

/** The masthead's pattern when the language's strings give none: "Monday April 29 2024". */
export const MASTHEAD_PATTERN = "cccc LLLL d yyyy";

/**
 * The masthead's date, by a luxon pattern (the `masthead.date` string of the language's
 * translations file).
 * @example formatMasthead(...) // "Monday April 29 2024"
 * @example formatMasthead(..., "ru", "cccc, d MMMM yyyy") // "понедельник, 29 апреля 2024"
 */
export function formatMasthead(date: DateTime, lang = "en", pattern: string = MASTHEAD_PATTERN): string {
  return formatIn(date, pattern, lang);
}

/**
 * A month of the archive as its heading names it: the month standing alone, capitalised, and the
 * year.
 * @example formatMonth(2016, 3, "ru") // "Март 2016"
 * @example formatMonth(2016, 3, "az") // "Mart 2016"
 */
export function formatMonth(year: number, month: number, lang = "en"): string {
  const text = formatIn(DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }), "LLLL yyyy", lang);
  return text.charAt(0).toLocaleUpperCase(dateLocale(lang)) + text.slice(1);
}

/**
 * A month's name standing alone, capitalised, as the year archive lists it.
 * @example monthName(3, "en") // "March"
 * @example monthName(3, "ru") // "Март"
 */
export function monthName(month: number, lang = "en"): string {
  const text = formatIn(DateTime.fromObject({ year: 2016, month, day: 1 }, { zone: "UTC" }), "LLLL", lang);
  return text.charAt(0).toLocaleUpperCase(dateLocale(lang)) + text.slice(1);
}

/** ISO 8601 with the site zone's offset, never a bare "Z": "2016-03-03T12:55:00+04:00". */
export function isoWithOffset(date: DateTime): string {
  return date.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "";
}

/** The `yyyy/mm/dd` path of an article URL: the calendar date in the site zone. */
export function datePath(date: DateTime): string {
  return date.toFormat("yyyy/LL/dd");
}

/**
 * The instant a build stands for: `epochSeconds` (from `SOURCE_DATE_EPOCH`) when given, so that two
 * builds of one tree are byte-identical; otherwise now.
 */
export function buildInstant(epochSeconds: number | undefined, zone: string): DateTime {
  if (epochSeconds !== undefined) return inZone(epochSeconds * 1000, zone);
  return DateTime.now().setZone(zone).setLocale(LOCALE);
}

/**
 * Reads `SOURCE_DATE_EPOCH`: whole seconds since 1970, or nothing when unset or blank.
 * @example parseSourceDateEpoch("1793491200") // 1793491200
 */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`);
  return Number(value.trim());
}

/** True when `zone` is an IANA zone luxon knows. */
export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}
