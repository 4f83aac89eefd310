export {
  parseContentDate,
  inZone,
  formatDateline,
  formatDay,
  formatMasthead,
  isoWithOffset,
  datePath,
  buildInstant,
  parseSourceDateEpoch,
  isValidZone,
} from "./dates.js";
export type { DateParse } from "./dates.js";
