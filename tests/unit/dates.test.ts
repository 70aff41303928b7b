import { describe, expect, it } from "vitest";
import { dutchDateLabel, isPartialDate, periodStart, PartialDateSchema } from "../../pipeline/dates/date.ts";
import { DEFAULT_STALE_AFTER_MONTHS, isPossiblyOutdated } from "../../pipeline/dates/staleness.ts";

describe("partial dates", () => {
  it("label a year, a month and a day in Dutch", () => {
    expect(dutchDateLabel("2022")).toBe("2022");
    expect(dutchDateLabel("2025-09")).toBe("september 2025");
    expect(dutchDateLabel("2022-01-15")).toBe("15 januari 2022");
    expect(dutchDateLabel("2024-03-01")).toBe("1 maart 2024");
    expect(dutchDateLabel("2023-12")).toBe("december 2023");
  });

  it("compare by the first day of the period they name", () => {
    expect(periodStart("2025-09")).toBe(20250901);
    expect(periodStart("2022")).toBe(20220101);
    expect(periodStart("2022-01-15")).toBe(20220115);
    expect(periodStart("2024")).toBeLessThan(periodStart("2024-01-02"));
    expect(periodStart("2024-12-31")).toBeLessThan(periodStart("2025"));
    expect(() => periodStart("september 2025")).toThrow(/YYYY-MM/);
  });

  it("accept only real days of the calendar", () => {
    expect(isPartialDate("2024-02-29")).toBe(true);
    expect(isPartialDate("2025-02-29")).toBe(false);
    expect(isPartialDate("2025-04-31")).toBe(false);
    expect(isPartialDate("2025-13")).toBe(false);
    expect(isPartialDate("25-09")).toBe(false);
  });

  it("keep an unquoted YAML year as text", () => {
    expect(PartialDateSchema.parse(2022)).toBe("2022");
    expect(PartialDateSchema.safeParse(22).success).toBe(false);
    expect(PartialDateSchema.safeParse("2025-9").success).toBe(false);
  });
});

describe("isPossiblyOutdated", () => {
  it("is not outdated on the day the limit is reached, but the day after", () => {
    expect(isPossiblyOutdated("2025-09", "2028-09-01", 36)).toBe(false);
    expect(isPossiblyOutdated("2025-09", "2028-09-02", 36)).toBe(true);
  });

  it("is outdated one month over the limit, not one month before", () => {
    expect(isPossiblyOutdated("2025-09", "2028-10-01", 36)).toBe(true);
    expect(isPossiblyOutdated("2025-09", "2028-08-01", 36)).toBe(false);
  });

  it("counts a year-only date from 1 January", () => {
    expect(isPossiblyOutdated("2022", "2025-01-01", 36)).toBe(false);
    expect(isPossiblyOutdated("2022", "2025-01-02", 36)).toBe(true);
    expect(isPossiblyOutdated("2022", "2023-01-01", 12)).toBe(false);
    expect(isPossiblyOutdated("2022", "2023-01-02", 12)).toBe(true);
  });

  it("counts a day from that day, clamping to the end of a shorter month", () => {
    expect(isPossiblyOutdated("2022-01-15", "2022-02-15", 1)).toBe(false);
    expect(isPossiblyOutdated("2022-01-15", "2022-02-16", 1)).toBe(true);
    expect(isPossiblyOutdated("2025-01-31", "2025-02-28", 1)).toBe(false);
    expect(isPossiblyOutdated("2025-01-31", "2025-03-01", 1)).toBe(true);
  });

  it("crosses year ends and uses 36 months by default", () => {
    expect(DEFAULT_STALE_AFTER_MONTHS).toBe(36);
    expect(isPossiblyOutdated("2024-11", "2025-01-01", 2)).toBe(false);
    expect(isPossiblyOutdated("2024-11", "2025-01-02", 2)).toBe(true);
  });

  it("rejects a malformed date instead of guessing", () => {
    expect(() => isPossiblyOutdated("sept 2025", "2026-01-01", 36)).toThrow(/YYYY/);
  });
});
