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
 * The article dateline's date: day, month, year, time and the offset in force then.
 * @example formatDateline(inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku")) // "3 March 2016 12:55 (UTC+04:00)"
 */
export function formatDateline(date: DateTime): string {
  return `${date.toFormat("d LLLL yyyy HH:mm", { locale: LOCALE })} (UTC${date.toFormat("ZZ")})`;
}

/** Day, month and year only: "3 March 2016". */
export function formatDay(date: DateTime): string {
  return date.toFormat("d LLLL yyyy", { locale: LOCALE });
}

/**
 * The masthead's build date.
 * @example formatMasthead(...) // "Monday April 29 2024"
 */
export function formatMasthead(date: DateTime): string {
  return date.toFormat("cccc LLLL d yyyy", { locale: LOCALE });
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
