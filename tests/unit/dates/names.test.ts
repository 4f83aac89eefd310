import { describe, expect, it } from "vitest";
import { formatDateline, formatMasthead, inZone } from "../../../src/dates/index.js";
import { datelineNames, formatDatelineWith, formatWithNames, patternNames } from "../../../src/dates/names.js";

describe("patternNames", () => {
  it.each([
    ["en", "cccc LLLL d yyyy", { LLLL: ["January", "April"], cccc: ["Monday", "Sunday"] }],
    ["az", "d MMMM yyyy, cccc", { MMMM: ["yanvar", "aprel"], cccc: ["bazar ertəsi", "bazar"] }],
    ["ru", "cccc, d MMMM yyyy", { MMMM: ["января", "апреля"], cccc: ["понедельник", "воскресенье"] }],
  ] as const)("%s, %s: the names the pattern shows, January and April, Monday and Sunday", (lang, pattern, expected) => {
    const names = patternNames(pattern, lang);
    expect(Object.keys(names).sort()).toEqual(Object.keys(expected).sort());
    for (const [token, [first, other]] of Object.entries(expected)) {
      const list = names[token] ?? [];
      expect(list).toHaveLength(token.startsWith("c") ? 7 : 12);
      expect([list[0], token.startsWith("c") ? list[6] : list[3]]).toEqual([first, other]);
    }
  });

  it("gives the names formatMasthead writes, so that the browser draws what luxon would", () => {
    // A Thursday in March 2016, after Baku's last change of offset.
    const date = inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku");
    const names = patternNames("cccc, d MMMM yyyy", "ru");
    expect(`${names.cccc?.[3]}, 3 ${names.MMMM?.[2]} 2016`).toBe(formatMasthead(date, "ru", "cccc, d MMMM yyyy"));
  });

  it("leaves out tokens in quotes and runs of another length", () => {
    expect(patternNames("'MMMM' d MMMMM yyyy", "en")).toEqual({});
    expect(Object.keys(patternNames("EEE d MMM", "en")).sort()).toEqual(["EEE", "MMM"]);
  });
});

describe("formatWithNames and formatDatelineWith", () => {
  const winter = inZone(Date.UTC(2016, 2, 3, 8, 55), "Asia/Baku");
  const summer = inZone(Date.UTC(2015, 6, 10, 12, 0), "Asia/Baku");
  it.each([
    ["en", winter], ["az", winter], ["ru", winter],
    ["en", summer], ["az", summer], ["ru", summer],
  ] as const)("writes a %s dateline as formatDateline does, with the names given (%s)", (lang, date) => {
    expect(formatDatelineWith(date, datelineNames(lang))).toBe(formatDateline(date, lang));
  });

  it("writes the masthead's patterns as luxon does, weekdays included, and keeps quoted text", () => {
    for (const [lang, pattern] of [["en", "cccc LLLL d yyyy"], ["az", "d MMMM yyyy, cccc"], ["ru", "cccc, d MMMM yyyy"]] as const) {
      expect(formatWithNames(winter, pattern, patternNames(pattern, lang))).toBe(formatMasthead(winter, lang, pattern));
    }
    expect(formatWithNames(winter, "'Today:' d MMMM", { MMMM: ["x", "y", "it's March"] })).toBe("Today: 3 it's March");
  });
});
