import { describe, expect, it } from "vitest";
import { checkDraft, EMPTY_DRAFT, toResourceInput, toResourceUpdate, type ResourceDraft } from "./resource-draft";
import { filtersFromSearchParams, filtersToSearchParams, hasFilters, NO_FILTERS, toResourceQuery } from "./resource-filters";
import { durationLabel, ratingLabel } from "./resource-labels";

const FILLED: ResourceDraft = {
  ...EMPTY_DRAFT,
  title: "  R for Data Science ",
  url: "https://r4ds.hadley.nz/",
  type: "BOOK",
  programmingLanguage: "R",
  level: "BEGINNER",
  topics: ["r", "dataviz"],
  contentLanguage: "EN",
};

describe("the library's filters", () => {
  it("read from the address only the values the API knows, and write back only what is chosen", () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams("q=cartes&level=BEGINNER&level=EXPERT&type=VIDEO&topic=cartographie&freeOnly=true&sort=oldest&page=0"),
    );

    expect(filters).toEqual({ ...NO_FILTERS, q: "cartes", level: ["BEGINNER"], type: ["VIDEO"], topic: ["cartographie"], freeOnly: true });
    expect(filtersToSearchParams(filters).toString()).toBe("q=cartes&type=VIDEO&level=BEGINNER&topic=cartographie&freeOnly=true");
  });

  it("ask the API for page - 1, each repeated value, and the server's own default sort when none is chosen", () => {
    expect(toResourceQuery({ ...NO_FILTERS, programmingLanguage: ["PYTHON", "R"], page: 3 })).toEqual({
      programmingLanguage: ["PYTHON", "R"],
      page: 2,
      size: 12,
    });
    expect(toResourceQuery({ ...NO_FILTERS, q: "  ", sort: "rating" })).toEqual({ sort: "rating", page: 0, size: 12 });
  });

  it("count the search and the filters, not the sort or the page, as a narrowed search", () => {
    expect(hasFilters({ ...NO_FILTERS, sort: "newest", page: 4 })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, contentLanguage: ["FR"] })).toBe(true);
  });
});

describe("the resource form's draft", () => {
  it("asks for every required choice, https addresses only, and one to six topics", () => {
    expect(Object.keys(checkDraft({ ...EMPTY_DRAFT, url: "http://exemple.fr" })).sort()).toEqual(
      ["contentLanguage", "level", "programmingLanguage", "title", "topics", "type", "url"].sort(),
    );
    expect(checkDraft({ ...FILLED, topics: ["a", "b", "c", "d", "e", "f", "g"] }).topics).toBe("Choisissez au plus 6 thèmes.");
    expect(checkDraft({ ...FILLED, durationMinutes: "1,5" }).durationMinutes).toMatch(/nombre entier/);
    expect(checkDraft(FILLED)).toEqual({});
  });

  it("sends the optional fields only when filled on a proposal, and clears them on an edit", () => {
    const body = toResourceInput(FILLED);
    expect(body).toEqual({
      title: "R for Data Science",
      url: "https://r4ds.hadley.nz/",
      type: "BOOK",
      programmingLanguage: "R",
      level: "BEGINNER",
      topics: ["r", "dataviz"],
      contentLanguage: "EN",
      free: true,
    });
    expect(toResourceUpdate(body)).toMatchObject({ description: "", author: "", durationMinutes: 0 });
    expect(toResourceInput({ ...FILLED, durationMinutes: "90", author: " Hadley Wickham " })).toMatchObject({
      durationMinutes: 90,
      author: "Hadley Wickham",
    });
  });
});

describe("the labels", () => {
  it("say durations and ratings as people read them", () => {
    expect(durationLabel(45)).toBe("45 min");
    expect(durationLabel(120)).toBe("2 h");
    expect(durationLabel(90)).toBe("1 h 30");
    expect(ratingLabel(4.25, 12)).toBe("4,3 sur 5 (12 avis)");
    expect(ratingLabel(undefined, 0)).toBe("Pas encore d'avis");
  });
});
