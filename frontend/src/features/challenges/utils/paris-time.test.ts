import { describe, expect, it } from "vitest";
import { formatParisDateTime, formatParisPeriod, isoToParisLocal, parisLocalToIso } from "./paris-time";

describe("the opening and closing hours, typed as times of Paris", () => {
  it("writes a winter time with +01:00", () => {
    expect(parisLocalToIso("2026-11-30T09:00")).toBe("2026-11-30T09:00:00+01:00");
  });

  it("writes a summer time with +02:00", () => {
    expect(parisLocalToIso("2026-07-06T23:59")).toBe("2026-07-06T23:59:00+02:00");
  });

  it("gets the offset right on the days the clocks change", () => {
    // 29 March 2026: 2 h becomes 3 h; 25 October 2026: 3 h becomes 2 h.
    expect(parisLocalToIso("2026-03-29T01:30")).toBe("2026-03-29T01:30:00+01:00");
    expect(parisLocalToIso("2026-03-29T04:00")).toBe("2026-03-29T04:00:00+02:00");
    expect(parisLocalToIso("2026-03-29T02:30")).toBe("2026-03-29T03:30:00+02:00");
    expect(parisLocalToIso("2026-10-25T01:00")).toBe("2026-10-25T01:00:00+02:00");
    expect(parisLocalToIso("2026-10-25T04:00")).toBe("2026-10-25T04:00:00+01:00");
  });

  it("refuses what is not a date-time", () => {
    expect(parisLocalToIso("")).toBeNull();
    expect(parisLocalToIso("30/11/2026 9:00")).toBeNull();
  });

  it("shows a date-time of the API as the time in Paris, whatever offset it was written with", () => {
    expect(isoToParisLocal("2026-11-30T08:00:00Z")).toBe("2026-11-30T09:00");
    expect(isoToParisLocal("2026-07-06T21:59:00Z")).toBe("2026-07-06T23:59");
    expect(isoToParisLocal("2026-07-06T23:59:00+02:00")).toBe("2026-07-06T23:59");
  });
});

describe("dates of a challenge, in French", () => {
  it("gives the period with the year once", () => {
    expect(formatParisPeriod("2026-11-30T09:00:00+01:00", "2026-12-06T23:59:00+01:00")).toBe(
      "du lundi 30 novembre à 9 h au dimanche 6 décembre 2026 à 23 h 59",
    );
  });

  it("writes both years across the new year, and the first of the month « 1er »", () => {
    expect(formatParisPeriod("2026-12-28T09:00:00+01:00", "2027-01-01T18:30:00+01:00")).toBe(
      "du lundi 28 décembre 2026 à 9 h au vendredi 1er janvier 2027 à 18 h 30",
    );
  });

  it("reads the hour in Paris, not in UTC", () => {
    expect(formatParisDateTime("2026-07-06T07:00:00Z")).toBe("lundi 6 juillet 2026 à 9 h");
  });
});
