import type { MentorSuggestion, MentorSuggestions } from "../../../lib/api/types";

// Answers of "Trouver un mentor" shared by the tests of the page and of its composition in src/app/.

export const claire: MentorSuggestion = {
  mentor: {
    id: "m-claire",
    displayName: "Claire Fontaine",
    jobTitle: "Cheffe de projet data",
    organization: { id: "org-insee", name: "Institut national de la statistique", acronym: "Insee" },
    ministry: "Économie",
    region: "OCC",
    regionName: "Occitanie",
  },
  score: 82.4,
  freePlaces: 2,
  reasons: [
    { criterion: "SKILL", label: "Maîtrise R au niveau 4 — vous êtes au niveau 1", points: 25, skill: { code: "r", name: "R" } },
    { criterion: "OTHER_MINISTRY", label: "Un autre ministère que le vôtre", points: 15 },
  ],
};

export const remi: MentorSuggestion = {
  mentor: { id: "m-remi", displayName: "Rémi Garnier" },
  score: 40,
  freePlaces: 1,
  reasons: [{ criterion: "CAPACITY", label: "Une place libre", points: 5 }],
};

export function suggestionsAnswer(overrides: Partial<MentorSuggestions> = {}): MentorSuggestions {
  return {
    items: [claire, remi],
    basedOn: [
      { code: "r", name: "R" },
      { code: "statistiques", name: "Statistiques" },
    ],
    learningSkillsDeclared: true,
    canRequest: true,
    maxScore: 100,
    ...overrides,
  };
}
