import type { MentorshipStatus } from "../../../lib/api/types";

export type MentorshipTab = {
  /** The tab's name in the URL (`/mentorats?onglet=en-cours`). */
  id: string;
  label: string;
  statuses: MentorshipStatus[];
  /** The heading of the tab's list, by number of pairings. */
  countLabel: (count: number) => string;
  emptyHint: string;
};

const count = (total: number, one: string, many: string) =>
  total === 1 ? `1 ${one}` : `${new Intl.NumberFormat("fr-FR").format(total)} ${many}`;

/** "Mes mentorats" groups the statuses in three tabs: waiting for an answer, under way, over. */
export const MENTORSHIP_TABS: readonly MentorshipTab[] = [
  {
    id: "en-attente",
    label: "En attente",
    statuses: ["PENDING"],
    countLabel: (total) => (total === 0 ? "Aucune demande en attente" : count(total, "demande en attente", "demandes en attente")),
    emptyHint: "Les demandes que vous envoyez ou recevez apparaissent ici jusqu'à leur réponse.",
  },
  {
    id: "en-cours",
    label: "En cours",
    statuses: ["ACCEPTED", "PAUSED"],
    countLabel: (total) => (total === 0 ? "Aucun mentorat en cours" : count(total, "mentorat en cours", "mentorats en cours")),
    emptyHint: "Un mentorat commence quand le mentor accepte la demande.",
  },
  {
    id: "termines",
    label: "Terminés",
    statuses: ["DECLINED", "WITHDRAWN", "EXPIRED", "COMPLETED", "CANCELLED"],
    countLabel: (total) => (total === 0 ? "Aucun mentorat terminé" : count(total, "mentorat terminé", "mentorats terminés")),
    emptyHint: "Les mentorats terminés, annulés, et les demandes déclinées, retirées ou expirées sont gardés ici.",
  },
];

export const MENTORSHIPS_PAGE_SIZE = 10;

/** The tab and page (from 1) the URL asks for; the first tab and page otherwise. */
export function tabAndPageFrom(params: URLSearchParams): { tab: MentorshipTab; page: number } {
  const tab = MENTORSHIP_TABS.find(({ id }) => id === params.get("onglet")) ?? MENTORSHIP_TABS[0];
  const page = Number(params.get("page"));
  return { tab, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

export function tabAndPageToSearchParams(tab: MentorshipTab, page = 1): URLSearchParams {
  const params = new URLSearchParams({ onglet: tab.id });
  if (page > 1) params.set("page", String(page));
  return params;
}
