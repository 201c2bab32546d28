import { describe, expect, it } from "vitest";
import { pagePosition, setPageParams } from "./page-cursor";

describe("paging by cursor beyond a list's count", () => {
  it("asks the API for the cursor's page when the URL holds one, else for the number from 0", () => {
    expect(pagePosition(61, "curseur")).toEqual({ after: "curseur" });
    expect(pagePosition(61, undefined)).toEqual({ page: 60 });
    expect(pagePosition(1, "curseur")).toEqual({ page: 0 });
  });

  it("keeps the page number for people and the cursor beside it, never on the first page", () => {
    const deep = new URLSearchParams();
    setPageParams(deep, 61, "curseur");
    expect(deep.toString()).toBe("page=61&after=curseur");
    const first = new URLSearchParams();
    setPageParams(first, 1, "curseur");
    expect(first.toString()).toBe("");
  });
});
