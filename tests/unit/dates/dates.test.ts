import { describe, expect, it } from "vitest";
import { buildInstant,
  parseSourceDateEpoch, datePath, formatDateline, formatMasthead, isoWithOffset, parseContentDate } from "../../../src/dates/index.js";

const BAKU = "Asia/Baku";

function parse(text: string, zone = BAKU) {
  const result = parseContentDate(text, zone);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("parseContentDate and the dateline", () => {
  it.each([
    // Baku kept summer time (UTC+05:00) until 2016.
    ["2015-07-10T12:00:00Z", "10 July 2015 17:00 (UTC+05:00)", "2015/07/10", "2015-07-10T17:00:00+05:00"],
    ["2016-03-03T08:55:00Z", "3 March 2016 12:55 (UTC+04:00)", "2016/03/03", "2016-03-03T12:55:00+04:00"],
    ["2016-03-03T12:55:00+04:00", "3 March 2016 12:55 (UTC+04:00)", "2016/03/03", "2016-03-03T12:55:00+04:00"],
    // Past midnight in Baku, still the previous day in UTC: the URL takes the Baku date.
    ["2016-05-31T22:30:00Z", "1 June 2016 02:30 (UTC+04:00)", "2016/06/01", "2016-06-01T02:30:00+04:00"],
    // Winter 2015: standard time.
    ["2015-01-15T09:00:00Z", "15 January 2015 13:00 (UTC+04:00)", "2015/01/15", "2015-01-15T13:00:00+04:00"],
    // No offset means the site zone, not UTC.
    ["2016-03-03T12:55:00", "3 March 2016 12:55 (UTC+04:00)", "2016/03/03", "2016-03-03T12:55:00+04:00"],
    ["2015-07-10 17:00", "10 July 2015 17:00 (UTC+05:00)", "2015/07/10", "2015-07-10T17:00:00+05:00"],
    ["2016-03-03", "3 March 2016 00:00 (UTC+04:00)", "2016/03/03", "2016-03-03T00:00:00+04:00"],
  ])("%s is %s", (input, dateline, urlPath, iso) => {
    const date = parse(input);
    expect(formatDateline(date)).toBe(dateline);
    expect(datePath(date)).toBe(urlPath);
    expect(isoWithOffset(date)).toBe(iso);
  });

  it("reads an offset-less date in whichever zone the site names", () => {
    expect(isoWithOffset(parse("2016-03-03T12:55:00", "Europe/London"))).toBe("2016-03-03T12:55:00+00:00");
  });

  it.each(["2017-13-45", "2016-02-30", "2016-03-03T25:00:00", "yesterday", "03/03/2016", ""])("refuses %j", (input) => {
    const result = parseContentDate(input, BAKU);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(input === "" ? "ISO 8601" : input);
  });
});

describe("the build date", () => {
  it("formats the masthead as AzerNews does", () => {
    expect(formatMasthead(parse("2024-04-29T10:00:00+04:00"))).toBe("Monday April 29 2024");
  });

  it("follows SOURCE_DATE_EPOCH, in the site zone", () => {
    // 2026-10-31T23:00:00Z is already 1 November in Baku.
    const instant = buildInstant(parseSourceDateEpoch("1793487600"), BAKU);
    expect(isoWithOffset(instant)).toBe("2026-11-01T03:00:00+04:00");
    expect(formatMasthead(instant)).toBe("Sunday November 1 2026");
  });

  it("refuses a SOURCE_DATE_EPOCH that is not whole seconds", () => {
    expect(() => parseSourceDateEpoch("soon")).toThrow(/SOURCE_DATE_EPOCH/);
    expect(parseSourceDateEpoch(" ")).toBeUndefined();
  });
});
