export { alternatesOf, translationAlternates, translationGroups } from "./translations.js";
export { duplicateTranslationKeys } from "../content/checks.js";
export type { DuplicateTranslation } from "../content/checks.js";
export type { Alternate, AlternateSite } from "./translations.js";
export { languageTag, tagKey } from "./tags.js";
export type { LanguageTag } from "./tags.js";
export { dictionaryProblems, formatPhrase, readInterfaceStrings, REFERENCE_LANGUAGE, STRINGS_DIR, translate } from "./strings.js";
export type { Dictionary, InterfaceStrings, Phrase, PhraseValues } from "./strings.js";
