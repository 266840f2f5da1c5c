/**
 * Excel serial dates in the 1900 date system, on plain Y/M/D integers so results never depend on
 * the machine's time zone. Serial 1 is 1900-01-01; serial 60 is Excel's nonexistent 1900-02-29
 * (kept for compatibility with Lotus 1-2-3), so from 1900-03-01 (serial 61) on the serial counts
 * days since 1899-12-30.
 */

/** A calendar date and time of day as Excel shows it. `day` 0 only for serial 0 (1900-01-00). */
export interface SerialDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const SECONDS_PER_DAY = 86_400;

/** Days since 1970-01-01 of a proleptic Gregorian date (month may overflow, e.g. 13 → next January). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m0 = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m0 + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The proleptic Gregorian date `days` after 1970-01-01. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const EPOCH_DAYS = daysFromCivil(1899, 12, 30);
const MARCH_1900 = daysFromCivil(1900, 3, 1);

/**
 * The Excel serial number of a date (1900 system). Months and days may overflow as in DATE():
 * `dateToSerial(2026, 13, 1)` is 2027-01-01.
 * @returns 60 for 1900-02-29, which only Excel's calendar has.
 */
export function dateToSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const days = daysFromCivil(year, month, day);
  return days - EPOCH_DAYS - (days < MARCH_1900 ? 1 : 0);
}

/**
 * The date and time Excel shows for a serial number, rounded to the nearest second.
 * @returns serial 0 as 1900-01-00 and 60 as 1900-02-29, as Excel shows them; null for negative
 *   serials, which Excel cannot show as dates.
 */
export function serialToDate(serial: number): SerialDateParts | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const dayNumber = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondOfDay = totalSeconds - dayNumber * SECONDS_PER_DAY;
  const time = {
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
  };
  if (dayNumber === 0) return { year: 1900, month: 1, day: 0, ...time };
  if (dayNumber === 60) return { year: 1900, month: 2, day: 29, ...time };
  const days = EPOCH_DAYS + dayNumber + (dayNumber < 60 ? 1 : 0);
  return { ...civilFromDays(days), ...time };
}

/**
 * The serial number of a JavaScript Date's wall-clock time in the process's local time zone
 * (its local Y/M/D h:m:s): what Excel on that machine shows for NOW().
 */
export function localDateTimeSerial(date: Date): number {
  const day = dateToSerial(date.getFullYear(), date.getMonth() + 1, date.getDate());
  const seconds =
    date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds() + date.getMilliseconds() / 1000;
  return day + seconds / SECONDS_PER_DAY;
}

/** The serial number of a JavaScript Date's local calendar day: what Excel shows for TODAY(). */
export function localDateSerial(date: Date): number {
  return dateToSerial(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Day of the week of a serial date, 0 = Sunday (Excel's WEEKDAY − 1; 1900-01-01 was taken as a Sunday). */
export function serialWeekday(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

/** A calendar day as `YYYY-MM-DD`, the only date text Gendan reads or writes (CLI, JSON). */
export type IsoDate = string;

/**
 * The serial number of a `YYYY-MM-DD` date.
 * @returns null when the text is not such a date or names a day the calendar lacks (2026-02-30).
 */
export function isoToSerial(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || year < 1900) return null;
  const serial = dateToSerial(year, month, day);
  const back = serialToDate(serial);
  return back && back.year === year && back.month === month && back.day === day ? serial : null;
}

/** `YYYY-MM-DD` of a serial date (its time of day ignored); "" for serials Excel cannot show. */
export function serialToIso(serial: number): IsoDate {
  const parts = serialToDate(Math.floor(serial));
  if (!parts || parts.day === 0) return "";
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}
