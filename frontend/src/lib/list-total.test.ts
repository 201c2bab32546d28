import { describe, expect, it } from "vitest";
import { pageCount, totalFigure, totalLabel } from "./list-total";

// What Intl.NumberFormat("fr-FR") puts between thousands: a narrow no-break space.
const NNBSP = "\u202f";

describe("a list's total", () => {
  it("reads as an exact number, French style, while the server counted every match", () => {
    expect(totalLabel({ total: 1, totalExact: true }, "membre trouvé", "membres trouvés")).toBe("1 membre trouvé");
    expect(totalLabel({ total: 1234, totalExact: true }, "membre trouvé", "membres trouvés")).toBe(`1${NNBSP}234 membres trouvés`);
  });

  it("reads as « Plus de » the cap when the server stopped counting", () => {
    expect(totalLabel({ total: 1000, totalExact: false }, "membre trouvé", "membres trouvés")).toBe(`Plus de 1${NNBSP}000 membres trouvés`);
  });

  it("reads as a figure inside a sentence", () => {
    expect(totalFigure({ total: 45, totalExact: true })).toBe("45");
    expect(totalFigure({ total: 1000, totalExact: false })).toBe(`plus de 1${NNBSP}000`);
  });

  it("is exact when the envelope carries no flag", () => {
    expect(totalLabel({ total: 3 }, "avis", "avis")).toBe("3 avis");
  });
});

describe("the pages a list may offer", () => {
  it("are every page of an exact total, the last one known", () => {
    expect(pageCount({ total: 45, totalExact: true }, 20, 1, 20)).toEqual({ count: 3, lastKnown: true });
    expect(pageCount({ total: 20, totalExact: true }, 20, 1, 20)).toEqual({ count: 1, lastKnown: true });
  });

  it("are the pages the lower bound covers, never a known last one", () => {
    expect(pageCount({ total: 1000, totalExact: false }, 20, 1, 20)).toEqual({ count: 50, lastKnown: false });
  });

  it("go one page further while the current page is full, beyond the lower bound", () => {
    expect(pageCount({ total: 1000, totalExact: false }, 20, 50, 20)).toEqual({ count: 51, lastKnown: false });
    expect(pageCount({ total: 1000, totalExact: false }, 20, 51, 20)).toEqual({ count: 52, lastKnown: false });
  });

  it("stop at the current page when it came back empty", () => {
    expect(pageCount({ total: 1000, totalExact: false }, 20, 53, 0)).toEqual({ count: 53, lastKnown: false });
  });
});
