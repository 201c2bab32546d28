import type { PathPage, PathStep, PathSummary, PathView, ResourceSearchItem } from "../api/path-types";

/** A published resource of the library, as the step search finds it. */
export function resourceFixture(overrides: Partial<ResourceSearchItem> = {}): ResourceSearchItem {
  return {
    id: "r-pandas",
    title: "Prise en main de pandas",
    url: "https://pandas.pydata.org/docs/getting_started/intro_tutorials/",
    type: "TUTORIAL",
    programmingLanguage: "PYTHON",
    level: "BEGINNER",
    topics: ["python"],
    contentLanguage: "EN",
    durationMinutes: 90,
    free: true,
    status: "PUBLISHED",
    ratingCount: 0,
    bookmarked: false,
    done: false,
    ...overrides,
  };
}

export function stepFixture(position: number, title: string, overrides: Partial<PathStep> = {}): PathStep {
  const id = `s-${position}`;
  return {
    id,
    position,
    done: false,
    noteHtml: "",
    checkpointHtml: "",
    resource: {
      id: `r-${position}`,
      title,
      url: `https://exemple.fr/ressource-${position}`,
      type: "COURSE",
      level: "BEGINNER",
      programmingLanguage: "PYTHON",
      durationMinutes: 60,
      status: "PUBLISHED",
    },
    ...overrides,
  };
}

/** Claire's published path « Débuter en Python », three steps, followed by 12 members; the caller does not follow it. */
export function pathFixture(overrides: Partial<PathView> = {}): PathView {
  const steps = overrides.steps ?? [
    stepFixture(1, "Installer Python et VS Code", { note: "Prenez la version 3.12.", noteHtml: "<p>Prenez la version 3.12.</p>" }),
    stepFixture(2, "Les bases de Python", {
      checkpoint: "Écrivez une fonction qui compte les voyelles.",
      checkpointHtml: "<p>Écrivez une fonction qui compte les voyelles.</p>",
    }),
    stepFixture(3, "Prise en main de pandas"),
  ];
  return {
    id: "path-python",
    title: "Débuter en Python",
    goal: "Lire un fichier CSV et en tirer un premier tableau avec pandas.",
    level: "BEGINNER",
    programmingLanguage: "PYTHON",
    skills: ["python"],
    estimatedMinutes: 600,
    stepCount: steps.length,
    status: "PUBLISHED",
    author: { id: "m-claire", displayName: "Claire Fontaine" },
    followerCount: 12,
    canEdit: false,
    createdAt: "2026-03-01T10:00:00+01:00",
    updatedAt: "2026-03-01T10:00:00+01:00",
    publishedAt: "2026-03-02T10:00:00+01:00",
    ...overrides,
    steps,
  };
}

export function pathSummaryFixture(overrides: Partial<PathSummary> = {}): PathSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { steps, canEdit, createdAt, updatedAt, publishedAt, ...summary } = pathFixture();
  return { ...summary, ...overrides };
}

export function pathPage(items: PathSummary[], total = items.length): PathPage {
  return { items, page: 0, size: 12, total, totalExact: true, next: null };
}
