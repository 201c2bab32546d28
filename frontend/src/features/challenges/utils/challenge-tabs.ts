import { totalLabel, type ListTotal } from "../../../lib/list-total";
import type { ChallengePeriod } from "../api/challenges-queries";

export type ChallengeTab = {
  /** The tab's name in the URL (`/piscine?periode=passes`). */
  id: string;
  label: string;
  period: ChallengePeriod;
  /** The heading of the tab's list, by number of challenges. */
  countLabel: (list: ListTotal) => string;
};

export const CHALLENGE_TABS: readonly ChallengeTab[] = [
  {
    id: "en-cours",
    label: "En cours",
    period: "current",
    countLabel: (list) => (list.total === 0 ? "Aucun défi en cours" : totalLabel(list, "défi en cours", "défis en cours")),
  },
  {
    id: "a-venir",
    label: "À venir",
    period: "upcoming",
    countLabel: (list) => (list.total === 0 ? "Aucun défi à venir" : totalLabel(list, "défi à venir", "défis à venir")),
  },
  {
    id: "passes",
    label: "Passés",
    period: "past",
    countLabel: (list) =>
      list.total === 0 ? "Aucun défi passé" : totalLabel(list, "exercice dans la bibliothèque", "exercices dans la bibliothèque"),
  },
];

export function tabAndPageFrom(params: URLSearchParams): { tab: ChallengeTab; page: number } {
  const tab = CHALLENGE_TABS.find(({ id }) => id === params.get("periode")) ?? CHALLENGE_TABS[0];
  const page = Number(params.get("page"));
  return { tab, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

export function tabAndPageToSearchParams(tab: ChallengeTab, page = 1): URLSearchParams {
  const params = new URLSearchParams({ periode: tab.id });
  if (page > 1) params.set("page", String(page));
  return params;
}
