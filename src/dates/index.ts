export {
  parseContentDate,
  inZone,
  formatDateline,
  formatDay,
  formatMasthead,
  formatMonth,
  monthName,
  dateLocale,
  MASTHEAD_PATTERN,
  isoWithOffset,
  datePath,
  buildInstant,
  parseSourceDateEpoch,
  isValidZone,
} from "./dates.js";
export type { DateParse } from "./dates.js";
