import { describe, expect, it } from "vitest";
import { languageTag, tagKey } from "../../../src/languages/index.js";
import { isPlainSlug, slugify } from "../../../src/slugs/index.js";
import { RUSSIAN_TRANSLITERATION } from "../../../src/slugs/russian.js";

describe("Russian Cyrillic in slugs, by the project's table", () => {
  it.each([
    ["Нефть", "neft"],
    ["Щит", "shchit"],
    ["Жизнь", "zhizn"],
    ["й х ц ч ш ы э ю я ё", "y-kh-ts-ch-sh-y-e-yu-ya-e"],
    ["Подъезд", "podezd"],
    ["ЩУКА", "shchuka"],
    ["Ёлка", "elka"],
  ])("letters: %j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    ["Азербайджан и Россия обсудили поставки газа", "azerbaydzhan-i-rossiya-obsudili-postavki-gaza"],
    ["Цены на нефть Brent выросли до $85 за баррель", "tseny-na-neft-brent-vyrosli-do-85-za-barrel"],
    ["В Баку открылась Каспийская нефтегазовая выставка", "v-baku-otkrylas-kaspiyskaya-neftegazovaya-vystavka"],
    ["Шахдениз: добыча в первом полугодии", "shakhdeniz-dobycha-v-pervom-polugodii"],
    ["Хачмаз, Губа и Шеки готовятся к туристическому сезону", "khachmaz-guba-i-sheki-gotovyatsya-k-turisticheskomu-sezonu"],
    ["Чемпионат Европы по борьбе: «золото» у азербайджанских атлетов", "chempionat-evropy-po-borbe-zoloto-u-azerbaydzhanskikh-atletov"],
    ["Жилищное строительство в Сумгайыте", "zhilishchnoe-stroitelstvo-v-sumgayyte"],
    ["Объём экспорта щебня вырос на 12%", "obem-eksporta-shchebnya-vyros-na-12"],
  ])("headline: %j → %j", (headline, expected) => {
    expect(slugify(headline)).toBe(expected);
    expect(isPlainSlug(slugify(headline))).toBe(true);
  });

  it.each([
    ["Нефть", "neft"],
    ["Каспийское море", "kaspiyskoe-more"],
    ["ЮНЕСКО", "yunesko"],
    ["Новруз", "novruz"],
    ["Энергетика", "energetika"],
    ["Ильхам Алиев", "ilkham-aliev"],
  ])("tag: %j → %j", (tag, expected) => {
    expect(slugify(tag)).toBe(expected);
  });

  it("gives one slug to Russian tags that differ only in case or ё", () => {
    expect(new Set(["Нефть", "нефть", "НЕФТЬ"].map(slugify))).toEqual(new Set(["neft"]));
    expect(slugify("Ёлка")).toBe(slugify("Елка"));
  });

  it("covers every letter of the Russian alphabet, both cases, and leaves only ASCII", () => {
    const alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    const table = new Map(RUSSIAN_TRANSLITERATION);
    for (const letter of [...alphabet, ...alphabet.toUpperCase()]) {
      expect(table.has(letter), letter).toBe(true);
      expect(table.get(letter)).toMatch(/^[a-z]*$/);
    }
    expect(table.size).toBe(66);
  });

  it("keeps Azerbaijani folding as it was", () => {
    expect(slugify("Neft və qaz: Şahdəniz")).toBe("neft-ve-qaz-sahdeniz");
  });
});

describe("tags belong to their language", () => {
  const site = { language: "en", languages: { en: {}, az: { prefix: "az" }, ru: { prefix: "ru" } } };

  it("keys a tag by language and slug, the default language by its slug alone", () => {
    expect(tagKey("en", "oil", "en")).toBe("oil");
    expect(tagKey("az", "neft", "en")).toBe("az:neft");
    expect(tagKey("ru", "neft", "en")).toBe("ru:neft");
  });

  it("gives each language's tag its own page", () => {
    expect(languageTag("Oil", "en", site)).toEqual({ key: "oil", lang: "en", slug: "oil", url: "/tags/oil/" });
    expect(languageTag("Neft", "az", site)).toEqual({ key: "az:neft", lang: "az", slug: "neft", url: "/az/tags/neft/" });
    expect(languageTag("Нефть", "ru", site)).toEqual({ key: "ru:neft", lang: "ru", slug: "neft", url: "/ru/tags/neft/" });
    expect(new Set(["Neft", "Нефть", "Oil"].map((t, i) => languageTag(t, ["az", "ru", "en"][i] as string, site).key)).size).toBe(3);
  });

  it("keeps a one-language site's tag keys and URLs", () => {
    const one = { language: "en" };
    expect(languageTag("Caspian Sea", "en", one)).toEqual({ key: "caspian-sea", lang: "en", slug: "caspian-sea", url: "/tags/caspian-sea/" });
  });
});
