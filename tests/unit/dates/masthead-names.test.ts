import { describe, expect, it } from "vitest";
import { formatMasthead, inZone } from "../../../src/dates/index.js";
import { mastheadNames } from "../../../src/dates/masthead.js";

describe("mastheadNames", () => {
  it.each([
    ["en", "cccc LLLL d yyyy", { LLLL: ["January", "April"], cccc: ["Monday", "Sunday"] }],
    ["az", "d MMMM yyyy, cccc", { MMMM: ["yanvar", "aprel"], cccc: ["bazar ertəsi", "bazar"] }],
    ["ru", "cccc, d MMMM yyyy", { MMMM: ["января", "апреля"], cccc: ["понедельник", "воскресенье"] }],
  ] as const)("%s, %s: the names the pattern shows, January and April, Monday and Sunday", (lang, pattern, expected) => {
    const names = mastheadNames(pattern, lang);
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
    const names = mastheadNames("cccc, d MMMM yyyy", "ru");
    expect(`${names.cccc?.[3]}, 3 ${names.MMMM?.[2]} 2016`).toBe(formatMasthead(date, "ru", "cccc, d MMMM yyyy"));
  });

  it("leaves out tokens in quotes and runs of another length", () => {
    expect(mastheadNames("'MMMM' d MMMMM yyyy", "en")).toEqual({});
    expect(Object.keys(mastheadNames("EEE d MMM", "en")).sort()).toEqual(["EEE", "MMM"]);
  });
});
