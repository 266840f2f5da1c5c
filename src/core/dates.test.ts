import {
  dateToSerial,
  isoToSerial,
  localDateSerial,
  localDateTimeSerial,
  serialToDate,
  serialToIso,
  serialWeekday,
} from "./dates";

describe("dateToSerial", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 1, 31, 31],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1999, 12, 31, 36525],
    [2024, 1, 1, 45292],
    [2024, 2, 29, 45351],
    [2025, 1, 1, 45658],
    [2026, 1, 1, 46023],
    [2026, 11, 22, 46348],
    [9999, 12, 31, 2958465],
    // Overflowing months and days as DATE() takes them.
    [2026, 13, 1, 46388],
    [2026, 3, 0, 46081],
    [2026, 0, 1, 45992],
    [2026, 1, 32, 46054],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(dateToSerial(y, m, d)).toBe(serial);
  });
});

describe("serialToDate", () => {
  it.each([
    [0, { year: 1900, month: 1, day: 0, hour: 0, minute: 0, second: 0 }],
    [1, { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
    [59, { year: 1900, month: 2, day: 28, hour: 0, minute: 0, second: 0 }],
    [60, { year: 1900, month: 2, day: 29, hour: 0, minute: 0, second: 0 }],
    [61, { year: 1900, month: 3, day: 1, hour: 0, minute: 0, second: 0 }],
    [46023.75, { year: 2026, month: 1, day: 1, hour: 18, minute: 0, second: 0 }],
    [45351.5 + 1 / 86400, { year: 2024, month: 2, day: 29, hour: 12, minute: 0, second: 1 }],
    // Rounded to the nearest second, carrying into the next day.
    [0.999999999, { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
  ])("serial %d", (serial, parts) => {
    expect(serialToDate(serial)).toEqual(parts);
  });

  it("has no date for negative serials", () => {
    expect(serialToDate(-1)).toBeNull();
    expect(serialToDate(Number.NaN)).toBeNull();
  });

  it("inverts dateToSerial for every day from 1900 to 2100", () => {
    for (let serial = 1; serial <= 73051; serial++) {
      const d = serialToDate(serial)!;
      if (dateToSerial(d.year, d.month, d.day) !== serial)
        throw new Error(`serial ${serial} → ${JSON.stringify(d)}`);
    }
    expect(serialToDate(73050)).toMatchObject({ year: 2099, month: 12, day: 31 });
  });
});

describe("local serials", () => {
  it("take the local calendar day and wall-clock time of a Date", () => {
    expect(localDateSerial(new Date(2026, 10, 22))).toBe(46348);
    expect(localDateSerial(new Date(2026, 10, 22, 23, 59, 59))).toBe(46348);
    expect(localDateTimeSerial(new Date(2026, 10, 22, 18, 0, 0))).toBe(46348.75);
  });
});

describe("serialWeekday", () => {
  it.each([
    [1, 0], // Excel counts 1900-01-01 as a Sunday
    [46023, 4], // 2026-01-01, Thursday
    [46348, 0], // 2026-11-22, Sunday
    [46349, 1],
  ])("serial %i is weekday %i", (serial, weekday) => {
    expect(serialWeekday(serial)).toBe(weekday);
  });
});

describe("ISO dates", () => {
  test.each([
    ["2026-11-23", 46349],
    ["1900-03-01", 61],
    ["2024-02-29", 45351],
  ])("%s is serial %d and back", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  test.each([
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-1-5",
    "26-11-23",
    "2026-11-23x",
    "",
    "1899-12-31",
  ])("%j is not a date", (text) => {
    expect(isoToSerial(text)).toBeNull();
  });

  test("the time of day is ignored; serials before 1900 show as nothing", () => {
    expect(serialToIso(46349.75)).toBe("2026-11-23");
    expect(serialToIso(0)).toBe("");
    expect(serialToIso(-1)).toBe("");
  });
});
