export {
  parseContentDate,
  inZone,
  formatDateline,
  formatDay,
  formatMasthead,
  formatMonth,
  dateLocale,
  MASTHEAD_PATTERN,
  isoWithOffset,
  datePath,
  buildInstant,
  parseSourceDateEpoch,
  isValidZone,
} from "./dates.js";
export type { DateParse } from "./dates.js";
