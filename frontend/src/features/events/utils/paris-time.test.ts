import { describe, expect, it } from "vitest";
import { formatEventDates, formatParisDateTime, fromParisLocal, toParisLocal } from "./paris-time";

describe("Paris times", () => {
  it("reads a winter and a summer time with their own offsets", () => {
    expect(fromParisLocal({ date: "2027-01-12", time: "14:00" })).toBe("2027-01-12T14:00:00+01:00");
    expect(fromParisLocal({ date: "2027-07-01", time: "09:30" })).toBe("2027-07-01T09:30:00+02:00");
  });

  it("refuses the hour skipped when summer time starts, and keeps the hours around it", () => {
    expect(fromParisLocal({ date: "2027-03-28", time: "01:59" })).toBe("2027-03-28T01:59:00+01:00");
    expect(fromParisLocal({ date: "2027-03-28", time: "02:30" })).toBeNull();
    expect(fromParisLocal({ date: "2027-03-28", time: "03:00" })).toBe("2027-03-28T03:00:00+02:00");
  });

  it("takes the first of the two 2:30 of the October change, then winter time", () => {
    expect(fromParisLocal({ date: "2026-10-25", time: "02:30" })).toBe("2026-10-25T02:30:00+02:00");
    expect(fromParisLocal({ date: "2026-10-25", time: "03:00" })).toBe("2026-10-25T03:00:00+01:00");
    expect(new Date("2026-10-25T03:00:00+01:00").getTime() - new Date("2026-10-25T01:30:00+02:00").getTime()).toBe(2.5 * 3600_000);
  });

  it("refuses malformed fields", () => {
    expect(fromParisLocal({ date: "", time: "14:00" })).toBeNull();
    expect(fromParisLocal({ date: "2027-01-12", time: "" })).toBeNull();
  });

  it("gives back the fields of an instant at Paris, whatever the offset it is written with", () => {
    expect(toParisLocal("2027-01-12T13:00:00Z")).toEqual({ date: "2027-01-12", time: "14:00" });
    expect(toParisLocal("2027-07-01T07:30:00Z")).toEqual({ date: "2027-07-01", time: "09:30" });
    expect(toParisLocal("2026-10-24T23:30:00Z")).toEqual({ date: "2026-10-25", time: "01:30" });
    // Both 2:30 of the night of the change read as 2:30.
    expect(toParisLocal("2026-10-25T00:30:00Z")).toEqual({ date: "2026-10-25", time: "02:30" });
    expect(toParisLocal("2026-10-25T01:30:00Z")).toEqual({ date: "2026-10-25", time: "02:30" });
  });

  it("round-trips every quarter of an hour of the two days of change", () => {
    for (const date of ["2027-03-28", "2026-10-25"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const iso = fromParisLocal({ date, time });
        if (iso !== null) expect(toParisLocal(iso)).toEqual({ date, time });
      }
    }
  });

  it("shows an event's dates at Paris, in French", () => {
    expect(formatEventDates("2027-01-12T13:00:00Z", "2027-01-12T14:30:00Z")).toBe("mar. 12 janv. 2027, 14 h 00 – 15 h 30");
    expect(formatEventDates("2027-06-04T07:00:00Z", "2027-06-05T15:00:00Z")).toBe("ven. 4 juin 2027, 9 h 00 – sam. 5 juin 2027, 17 h 00");
    expect(formatEventDates("2027-01-12T13:00:00Z", "2027-01-12T14:30:00Z", { long: true })).toBe(
      "mardi 12 janvier 2027, 14 h 00 – 15 h 30",
    );
    expect(formatParisDateTime("2026-12-01T08:05:00Z")).toBe("1 décembre 2026 à 9 h 05");
  });
});
