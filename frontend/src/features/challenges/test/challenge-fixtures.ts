import type { Challenge, ChallengeEntry, ChallengeEntryComment, ChallengeSummary } from "../../../lib/api/types";

/** Births by département, open from Monday 30 November to Sunday 6 December 2026; tests override what their case is about. */
export function challengeFixture(overrides: Partial<Challenge> = {}): Challenge {
  return {
    id: "c-1",
    title: "Les naissances par département",
    task: "Quel département a vu ses naissances **baisser le plus** ?",
    taskHtml: "<p>Quel département a vu ses naissances <strong>baisser le plus</strong> ?</p>",
    suggestedLevel: 1,
    suggestedLanguage: "BOTH",
    dataset: {
      id: "d-1",
      state: "VERIFIED",
      reason: "Licence ouverte reconnue par data.gouv.fr.",
      datagouvId: "5e7e104ace2080d9162b61d8",
      title: "Naissances par département",
      producer: "Insee",
      licence: "lov2",
      licenceTitle: "Licence Ouverte / Open Licence version 2.0",
      url: "https://www.data.gouv.fr/fr/datasets/naissances/",
      archived: false,
      checkedAt: "2026-11-20T10:00:00+01:00",
    },
    opensAt: "2026-11-30T09:00:00+01:00",
    closesAt: "2026-12-06T23:59:00+01:00",
    state: "OPEN",
    entryCount: 3,
    myEntry: false,
    publishedBy: "Karim Animateur",
    createdAt: "2026-11-20T10:00:00+01:00",
    updatedAt: "2026-11-20T10:00:00+01:00",
    ...overrides,
  };
}

export function challengeSummaryFixture(overrides: Partial<ChallengeSummary> = {}): ChallengeSummary {
  const { id, title, suggestedLevel, suggestedLanguage, dataset, opensAt, closesAt, state, entryCount, myEntry } = challengeFixture();
  const datasetTitle = dataset.title;
  return { id, title, suggestedLevel, suggestedLanguage, datasetTitle, opensAt, closesAt, state, entryCount, myEntry, ...overrides };
}

/** Claire's entry, with a link; tests override the rest. */
export function entryFixture(overrides: Partial<ChallengeEntry> = {}): ChallengeEntry {
  return {
    id: "e-claire",
    challengeId: "c-1",
    authorId: "m-claire",
    authorName: "Claire Fontaine",
    link: "https://github.com/claire/piscine/blob/main/analyse.ipynb",
    text: "",
    language: "PYTHON",
    vestiaire: false,
    highlighted: false,
    kudos: 2,
    kudosGivenByMe: false,
    commentCount: 0,
    submittedAt: "2026-12-01T20:00:00+01:00",
    updatedAt: "2026-12-01T20:00:00+01:00",
    ...overrides,
  };
}

export function commentFixture(overrides: Partial<ChallengeEntryComment> = {}): ChallengeEntryComment {
  return {
    id: "k-1",
    entryId: "e-claire",
    authorId: "m-lea",
    authorName: "Léa Moreau",
    body: "Très clair, merci pour la carte !",
    createdAt: "2026-12-07T10:00:00+01:00",
    ...overrides,
  };
}

export const page = <Item>(items: Item[], total = items.length) => ({ items, page: 0, size: 100, total });
