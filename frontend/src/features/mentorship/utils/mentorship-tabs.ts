import type { MentorshipRole, MentorshipStatus } from "../../../lib/api/types";

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

/** The two sides a member may take in pairings; each tab lists them apart. */
export type PartyRole = Extract<MentorshipRole, "MENTOR" | "MENTEE">;

export const PARTY_ROLES: readonly PartyRole[] = ["MENTOR", "MENTEE"];

export const PARTY_ROLE_HEADINGS: Record<PartyRole, string> = {
  MENTOR: "Je suis mentor",
  MENTEE: "Je suis accompagné·e",
};

/** The page of each role's list in the URL (`/mentorats?onglet=en-cours&page-mentor=2`). */
const PAGE_PARAMS: Record<PartyRole, string> = { MENTOR: "page-mentor", MENTEE: "page-accompagne" };

export type RolePages = Record<PartyRole, number>;

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The tab and the page (from 1) of each role's list that the URL asks for; no tab when the URL names none. */
export function tabAndPagesFrom(params: URLSearchParams): { tab: MentorshipTab | undefined; pages: RolePages } {
  const tab = MENTORSHIP_TABS.find(({ id }) => id === params.get("onglet"));
  return { tab, pages: { MENTOR: pageFrom(params.get(PAGE_PARAMS.MENTOR)), MENTEE: pageFrom(params.get(PAGE_PARAMS.MENTEE)) } };
}

/** Which tab opens when the URL names none: the first of these that holds a pairing; "En attente" when all are empty. */
const OPENING_ORDER = ["en-cours", "en-attente", "termines"] as const;

export type TabCounts = Record<string, number>;

/** The tab to open on: under way first, then pending, then over — never an empty tab when another has something. */
export function openingTab(counts: TabCounts): MentorshipTab {
  const id = OPENING_ORDER.find((candidate) => (counts[candidate] ?? 0) > 0) ?? "en-attente";
  return MENTORSHIP_TABS.find((tab) => tab.id === id) ?? MENTORSHIP_TABS[0];
}

/** The tab's label with its number of pairings, both roles together (« En cours (2) »). */
export function tabLabel(tab: MentorshipTab, counts: TabCounts | undefined): string {
  const total = counts?.[tab.id];
  return total === undefined ? tab.label : `${tab.label} (${new Intl.NumberFormat("fr-FR").format(total)})`;
}

export function tabAndPagesToSearchParams(tab: MentorshipTab, pages: Partial<RolePages> = {}): URLSearchParams {
  const params = new URLSearchParams({ onglet: tab.id });
  for (const role of PARTY_ROLES) {
    const page = pages[role] ?? 1;
    if (page > 1) params.set(PAGE_PARAMS[role], String(page));
  }
  return params;
}
