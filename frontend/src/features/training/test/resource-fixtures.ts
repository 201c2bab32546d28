import type {
  FacetCount,
  ResourceFacets,
  ResourceProposal,
  ResourceRating,
  ResourceSearchPage,
  ResourceSummary,
  ResourceView,
} from "../../../lib/api/types";

/** utilitR, the INSEE's documentation of R, published; tests override what their case is about. */
export function resourceFixture(overrides: Partial<ResourceView> = {}): ResourceView {
  return {
    id: "r-utilitr",
    title: "utilitR : la documentation collaborative de R",
    url: "https://www.book.utilitr.org/",
    type: "DOCUMENTATION",
    programmingLanguage: "R",
    level: "BEGINNER",
    topics: ["r", "statistiques"],
    contentLanguage: "FR",
    durationMinutes: 600,
    free: true,
    author: "Insee et contributeurs",
    status: "PUBLISHED",
    ratingAverage: 4.5,
    ratingCount: 2,
    bookmarked: false,
    done: false,
    description: "Les **bonnes pratiques** de R à l'Insee.",
    descriptionHtml: "<p>Les <strong>bonnes pratiques</strong> de R à l'Insee.</p>\n",
    proposedBy: { id: "m-claire", displayName: "Claire Fontaine" },
    proposedAt: "2026-03-01T10:00:00+01:00",
    publishedAt: "2026-03-02T10:00:00+01:00",
    canEdit: false,
    canModerate: false,
    ...overrides,
  };
}

export function resourceSummaryFixture(overrides: Partial<ResourceSummary> = {}): ResourceSummary {
  const {
    id,
    title,
    url,
    type,
    programmingLanguage,
    level,
    topics,
    contentLanguage,
    durationMinutes,
    free,
    author,
    status,
    ratingAverage,
    ratingCount,
    bookmarked,
    done,
  } = resourceFixture();
  return {
    id,
    title,
    url,
    type,
    programmingLanguage,
    level,
    topics,
    contentLanguage,
    durationMinutes,
    free,
    author,
    status,
    ratingAverage,
    ratingCount,
    bookmarked,
    done,
    ...overrides,
  };
}

/** Every value of each enum facet, with these counts (0 for the others). */
export function facetsFixture(overrides: Partial<Record<keyof ResourceFacets, FacetCount[]>> = {}): ResourceFacets {
  const zeros = (values: string[]) => values.map((value) => ({ value, count: 0 }));
  return {
    type: zeros(["COURSE", "TUTORIAL", "VIDEO", "BOOK", "NOTEBOOK", "EXERCISE", "DOCUMENTATION", "TOOL"]),
    programmingLanguage: zeros(["PYTHON", "R", "BOTH", "NONE"]),
    level: zeros(["BEGINNER", "INTERMEDIATE", "ADVANCED"]),
    topic: [],
    contentLanguage: zeros(["FR", "EN"]),
    free: zeros(["true", "false"]),
    ...overrides,
  };
}

export function searchPage(
  items: ResourceSummary[],
  total = items.length,
  facets = facetsFixture(),
  page = 0,
  size = 12,
): ResourceSearchPage {
  return { items, page, size, total, facets, next: null };
}

export function listPage<Item>(items: Item[], total = items.length, page = 0, size = 12) {
  return { items, page, size, total };
}

/** Léa proposed the official Python tutorial; it waits for an animateur. */
export function proposalFixture(overrides: Partial<ResourceProposal> = {}): ResourceProposal {
  return {
    ...resourceSummaryFixture({
      id: "r-tuto-python",
      title: "Le tutoriel Python",
      url: "https://docs.python.org/fr/3/tutorial/",
      type: "TUTORIAL",
      programmingLanguage: "PYTHON",
      topics: ["python"],
      author: "Python Software Foundation",
      status: "PROPOSED",
      ratingAverage: undefined,
      ratingCount: 0,
    }),
    proposedBy: { id: "m-lea", displayName: "Léa Moreau" },
    proposedAt: "2026-03-10T09:00:00+01:00",
    ...overrides,
  };
}

export function ratingFixture(overrides: Partial<ResourceRating> = {}): ResourceRating {
  return {
    memberId: "m-karim",
    displayName: "Karim Benali",
    stars: 5,
    comment: "Très clair pour débuter.",
    ratedAt: "2026-03-05T10:00:00+01:00",
    mine: false,
    ...overrides,
  };
}
