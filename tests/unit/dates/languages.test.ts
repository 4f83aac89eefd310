import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dateLocale, formatDateline, formatDay, formatMasthead, formatMonth, inZone } from "../../../src/dates/index.js";

const BAKU = "Asia/Baku";
const at = (iso: string): DateTime => inZone(Date.parse(iso), BAKU);

describe("datelines in three languages, in Baku's zone with the offset in force", () => {
  // Asia/Baku kept summer time (UTC+05:00) until 2016; from 2016 it is UTC+04:00 all year.
  it.each([
    ["2015-07-10T12:00:00Z", "en", "10 July 2015 17:00 (UTC+05:00)"],
    ["2015-07-10T12:00:00Z", "az", "10 iyul 2015 17:00 (UTC+05:00)"],
    ["2015-07-10T12:00:00Z", "ru", "10 июля 2015 17:00 (UTC+05:00)"],
    ["2015-10-25T00:30:00Z", "en", "25 October 2015 04:30 (UTC+04:00)"],
    ["2015-10-24T23:30:00Z", "az", "25 oktyabr 2015 04:30 (UTC+05:00)"],
    ["2015-10-25T00:30:00Z", "ru", "25 октября 2015 04:30 (UTC+04:00)"],
    ["2015-12-31T20:00:00Z", "ru", "1 января 2016 00:00 (UTC+04:00)"],
    ["2016-03-03T08:55:00Z", "en", "3 March 2016 12:55 (UTC+04:00)"],
    ["2016-03-03T08:55:00Z", "az", "3 mart 2016 12:55 (UTC+04:00)"],
    ["2016-03-03T08:55:00Z", "ru", "3 марта 2016 12:55 (UTC+04:00)"],
    ["2016-07-10T12:00:00Z", "en", "10 July 2016 16:00 (UTC+04:00)"],
    ["2016-07-10T12:00:00Z", "az", "10 iyul 2016 16:00 (UTC+04:00)"],
    ["2016-07-10T12:00:00Z", "ru", "10 июля 2016 16:00 (UTC+04:00)"],
    ["2016-05-09T06:05:00Z", "ru", "9 мая 2016 10:05 (UTC+04:00)"],
    ["2016-02-29T19:59:00Z", "az", "29 fevral 2016 23:59 (UTC+04:00)"],
    ["2016-08-31T20:00:00Z", "az", "1 sentyabr 2016 00:00 (UTC+04:00)"],
  ])("%s in %s is %s", (iso, lang, text) => {
    expect(formatDateline(at(iso), lang)).toBe(text);
  });

  it("keeps the English dateline of a one-language site: English unless told, the same text for every month", () => {
    for (let month = 1; month <= 12; month++) {
      const date = DateTime.fromObject({ year: 2016, month, day: 3, hour: 12, minute: 55 }, { zone: BAKU });
      // The pattern the site used before it had languages: month standing alone, British English.
      const before = `${date.toFormat("d LLLL yyyy HH:mm", { locale: "en-GB" })} (UTC${date.toFormat("ZZ")})`;
      expect(formatDateline(date)).toBe(before);
      expect(formatDateline(date, "en")).toBe(before);
      expect(formatDay(date)).toBe(date.toFormat("d LLLL yyyy", { locale: "en-GB" }));
    }
  });

  it("declines the Russian month inside a date, and names it standing alone in an archive heading", () => {
    const date = at("2016-03-03T08:55:00Z");
    expect(formatDay(date, "ru")).toBe("3 марта 2016");
    expect(formatMonth(2016, 3, "ru")).toBe("Март 2016");
    expect(formatMonth(2015, 7, "ru")).toBe("Июль 2015");
    expect(formatMonth(2016, 3, "az")).toBe("Mart 2016");
    expect(formatMonth(2016, 3, "en")).toBe("March 2016");
  });

  it("writes every Azerbaijani and Russian month by its own name (Node's ICU has both)", () => {
    const az = Array.from({ length: 12 }, (_, i) => formatDay(DateTime.fromObject({ year: 2016, month: i + 1, day: 5 }, { zone: BAKU }), "az"));
    expect(az).toEqual(["5 yanvar 2016", "5 fevral 2016", "5 mart 2016", "5 aprel 2016", "5 may 2016", "5 iyun 2016", "5 iyul 2016", "5 avqust 2016", "5 sentyabr 2016", "5 oktyabr 2016", "5 noyabr 2016", "5 dekabr 2016"]);
    const ru = Array.from({ length: 12 }, (_, i) => formatDay(DateTime.fromObject({ year: 2016, month: i + 1, day: 5 }, { zone: BAKU }), "ru"));
    expect(ru).toEqual(["5 января 2016", "5 февраля 2016", "5 марта 2016", "5 апреля 2016", "5 мая 2016", "5 июня 2016", "5 июля 2016", "5 августа 2016", "5 сентября 2016", "5 октября 2016", "5 ноября 2016", "5 декабря 2016"]);
  });
});

describe("the masthead's date per language", () => {
  it.each([
    ["2024-04-29T06:00:00Z", "en", "cccc LLLL d yyyy", "Monday April 29 2024"],
    ["2024-04-29T06:00:00Z", "az", "d MMMM yyyy, cccc", "29 aprel 2024, bazar ertəsi"],
    ["2024-04-29T06:00:00Z", "ru", "cccc, d MMMM yyyy", "понедельник, 29 апреля 2024"],
    // 23:30 UTC on 28 April is already the 29th in Baku.
    ["2024-04-28T23:30:00Z", "ru", "cccc, d MMMM yyyy", "понедельник, 29 апреля 2024"],
    ["2015-07-10T20:30:00Z", "az", "d MMMM yyyy, cccc", "11 iyul 2015, şənbə"],
  ])("%s in %s by %s is %s", (iso, lang, pattern, text) => {
    expect(formatMasthead(at(iso), lang, pattern)).toBe(text);
  });

  it("keeps the English masthead when no language is given", () => {
    expect(formatMasthead(at("2024-04-29T06:00:00Z"))).toBe("Monday April 29 2024");
    expect([dateLocale("en"), dateLocale("az"), dateLocale("ru")]).toEqual(["en-GB", "az", "ru"]);
  });
});
