import { hashKey, infiniteQueryOptions, keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { Mentorship, MentorshipReportPage } from "../../../lib/api/types";
import type { paths } from "../../../lib/api/schema";
import { unwrap } from "../../../lib/api/unwrap";

export type MyMentorshipsQuery = NonNullable<paths["/api/v1/mentorships"]["get"]["parameters"]["query"]>;

export const REPORTS_PAGE_SIZE = 20;

export const PAIRING_REPORTS_PAGE_SIZE = 10;

/** Every cached answer about mentorships starts with `all`, so that one change can refresh them all. */
export const mentorshipKeys = {
  all: ["mentorships"] as const,
  detail: (id: string) => [...mentorshipKeys.all, "detail", id] as const,
  /** The parts of a pairing read apart from it; under its key, so that a change of state refreshes them too. */
  part: (id: string, part: "goals" | "sessions" | "feedback" | "reports") => [...mentorshipKeys.detail(id), part] as const,
  mine: () => [...mentorshipKeys.all, "mine"] as const,
  /** Under the mentorships' key: a change of state of any pairing (a withdrawal, an acceptance…) refreshes it too. */
  eligibilities: () => [...mentorshipKeys.all, "eligibility"] as const,
  /** The animateurs' list of every pairing's reports. */
  allReports: () => [...mentorshipKeys.all, "reports"] as const,
};

export async function getMentorship(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}", { params: { path: { id } } }));
}

export async function listMyMentorships(query: MyMentorshipsQuery) {
  return unwrap(await apiClient.GET("/api/v1/mentorships", { params: { query } }));
}

export async function getMentorshipEligibility(mentorId: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/eligibility", { params: { query: { mentorId } } }));
}

export async function listMentorshipGoals(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/goals", { params: { path: { id } } }));
}

export async function listMentorshipSessions(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/sessions", { params: { path: { id } } }));
}

export async function getMentorshipFeedback(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/feedback", { params: { path: { id } } }));
}

/** `page` counts from 0, as the API does. */
export async function listMentorshipReports(id: string, page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/mentorships/{id}/reports", {
      params: { path: { id }, query: { page, size: PAIRING_REPORTS_PAGE_SIZE } },
    }),
  );
}

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listOpenMentorshipReports(page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/mentorships/reports", {
      params: { query: { status: "OPEN", page: page - 1, size: REPORTS_PAGE_SIZE } },
    }),
  );
}

function nextPage({ page, size, total }: MentorshipReportPage): number | undefined {
  return (page + 1) * size < total ? page + 1 : undefined;
}

/** What the mentorship feature reads, each with its key and how it stays fresh; the hooks of api/ use them. */
export const mentorshipQueries = {
  detail: (id: string) => queryOptions({ queryKey: mentorshipKeys.detail(id), queryFn: () => getMentorship(id) }),

  mine: (query: MyMentorshipsQuery) =>
    queryOptions({
      queryKey: [...mentorshipKeys.mine(), query],
      queryFn: () => listMyMentorships(query),
      // The list stays in place while the next page loads, so that the focus can go to its heading.
      placeholderData: keepPreviousData,
    }),

  /** How many pairings of these statuses the signed-in member has, in both roles (the page itself is not used). */
  mineCount: (status: MyMentorshipsQuery["status"]) =>
    queryOptions({
      queryKey: [...mentorshipKeys.mine(), "count", status],
      queryFn: async () => (await listMyMentorships({ status, size: 1 })).total,
    }),

  /** Whether the signed-in member may ask this mentor now, and if not the server's reason, in French. */
  eligibility: (mentorId: string) =>
    queryOptions({ queryKey: [...mentorshipKeys.eligibilities(), mentorId], queryFn: () => getMentorshipEligibility(mentorId) }),

  goals: (id: string) => queryOptions({ queryKey: mentorshipKeys.part(id, "goals"), queryFn: () => listMentorshipGoals(id) }),

  sessions: (id: string) => queryOptions({ queryKey: mentorshipKeys.part(id, "sessions"), queryFn: () => listMentorshipSessions(id) }),

  /** Reserved to the two parties: the server refuses it to anyone else. */
  feedback: (id: string) => queryOptions({ queryKey: mentorshipKeys.part(id, "feedback"), queryFn: () => getMentorshipFeedback(id) }),

  /**
   * The reports of a pairing the signed-in member may read, newest first, a page after another: a party reads their
   * own, a supervisor all of them (the server decides).
   */
  reports: (id: string) =>
    infiniteQueryOptions({
      queryKey: mentorshipKeys.part(id, "reports"),
      queryFn: ({ pageParam }) => listMentorshipReports(id, pageParam),
      initialPageParam: 0,
      getNextPageParam: nextPage,
    }),

  /** The animateurs' list of the reports still open. */
  openReports: (page: number) =>
    queryOptions({
      queryKey: [...mentorshipKeys.allReports(), "OPEN", page],
      queryFn: () => listOpenMentorshipReports(page),
      placeholderData: keepPreviousData,
    }),
};

/** After a change, shows the mentorship as the server answered it and refreshes the rest: lists, its parts, other pairings. */
export function storeChangedMentorship(queryClient: QueryClient, changed: Mentorship) {
  const changedKey = mentorshipKeys.detail(changed.id);
  const changedKeyHash = hashKey(changedKey);
  queryClient.setQueryData(changedKey, changed);
  void queryClient.invalidateQueries({ queryKey: mentorshipKeys.all, predicate: ({ queryHash }) => queryHash !== changedKeyHash });
}

/** After a change of the goals: the checklist, and the progress the pairing and the lists show. */
export function refreshGoals(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "goals") }),
    queryClient.invalidateQueries({ queryKey: mentorshipKeys.detail(id), exact: true }),
    queryClient.invalidateQueries({ queryKey: mentorshipKeys.mine() }),
  ]);
}
