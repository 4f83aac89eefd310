import { describe, expect, it } from "vitest";
import { isPlainSlug, slugify } from "../../../src/slugs/index.js";

describe("slugify", () => {
  it.each([
    ["Azərbaycan", "azerbaycan"],
    ["ə Ə ı İ I ğ Ğ ö Ö ş Ş ü Ü ç Ç", "e-e-i-i-i-g-g-o-o-s-s-u-u-c-c"],
    ["Ağdərə", "agdere"],
    ["İlham Əliyev", "ilham-eliyev"],
    ["Şəki", "seki"],
    ["Gəncə", "gence"],
    ["Novruz bayramı", "novruz-bayrami"],
    ["Türkiyə", "turkiye"],
    ["Caspian Sea", "caspian-sea"],
    ["  Oil & Gas -- 2024  ", "oil-and-gas-2024"],
    ["../x", "x"],
    ["<b>bold</b> tag", "b-bold-b-tag"],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isPlainSlug(slugify(input))).toBe(true);
  });

  it("gives one slug to tags that differ only in case or letter folding", () => {
    expect(new Set(["Azərbaycan", "azərbaycan", "AZƏRBAYCAN", "Azerbaycan"].map(slugify))).toEqual(new Set(["azerbaycan"]));
  });

  it.each([["baku-summit", true], ["Baku", false], ["../x", false], ["a--b", false], ["-a", false], ["", false], ["şəki", false]])(
    "isPlainSlug(%j) is %s",
    (input, expected) => {
      expect(isPlainSlug(input)).toBe(expected);
    },
  );
});
