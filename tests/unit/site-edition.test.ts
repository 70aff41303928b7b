import { describe, expect, it } from "vitest";
import { editionLabel, monthsLabel } from "../../src/lib/edition.ts";
import { siteToday } from "../../pipeline/dates/today.ts";

describe("editionLabel", () => {
  it("names the version and a date that adds something", () => {
    expect(editionLabel({ version: "2.1", date: "2024-03" })).toBe("versie 2.1 · maart 2024");
    expect(editionLabel({ version: "september 2025", date: "2025-09" })).toBe("versie september 2025");
    expect(editionLabel({ version: "September 2025", date: "2025-09-15" })).toBe("versie September 2025 · 15 september 2025");
  });

  it("leaves out what is absent", () => {
    expect(editionLabel({ date: "2022" })).toBe("2022");
    expect(editionLabel({ version: "3" })).toBe("versie 3");
    expect(editionLabel({})).toBeUndefined();
  });

  it("counts months in Dutch", () => {
    expect(monthsLabel(1)).toBe("1 maand");
    expect(monthsLabel(36)).toBe("36 maanden");
  });
});

describe("siteToday", () => {
  it("takes ROUTEBOEK_TODAY when set", () => {
    expect(siteToday({ ROUTEBOEK_TODAY: "2029-01-31" }, new Date(2026, 0, 1))).toBe("2029-01-31");
  });

  it("else takes the local date, zero-padded", () => {
    expect(siteToday({}, new Date(2026, 2, 5, 23, 30))).toBe("2026-03-05");
  });

  it("refuses a ROUTEBOEK_TODAY that is not a day", () => {
    expect(() => siteToday({ ROUTEBOEK_TODAY: "2029-01" })).toThrow(/ROUTEBOEK_TODAY must be a day written as YYYY-MM-DD/);
    expect(() => siteToday({ ROUTEBOEK_TODAY: "2029-02-30" })).toThrow(/ROUTEBOEK_TODAY/);
  });
});
