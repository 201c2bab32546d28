import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipStatus, ProjectReportDecision, ReminderCreate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";

export const PAIRINGS_PAGE_SIZE = 20;
export const MEMBERS_PAGE_SIZE = 20;
/** The mentors a reassignment offers at once: the ones with the most room first, narrowed by a search. */
export const CANDIDATES_SIZE = 10;
export const PROJECT_REPORTS_PAGE_SIZE = 20;

/** The filters of the list of all pairings, as the page's address carries them. */
export type PairingFilters = {
  status?: MentorshipStatus;
  organization?: string;
  region?: string;
  startedFrom?: string;
  startedTo?: string;
};

/** Every cached answer of the console starts with `all`. */
export const animationKeys = {
  all: ["animation"] as const,
  queues: () => [...animationKeys.all, "queues"] as const,
  pairings: (filters: PairingFilters, page: number) => [...animationKeys.all, "pairings", filters, page] as const,
  members: (q: string, page: number) => [...animationKeys.all, "members", q, page] as const,
  mentorCandidates: (pairingId: string, q: string) => [...animationKeys.all, "mentor-candidates", pairingId, q] as const,
  projectReports: () => [...animationKeys.all, "project-reports"] as const,
};

export const animationQueries = {
  queues: () =>
    queryOptions({
      queryKey: animationKeys.queues(),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/animation/queues")),
    }),
  /** `page` counts from 1, as the address shows it. */
  pairings: (filters: PairingFilters, page: number) =>
    queryOptions({
      queryKey: animationKeys.pairings(filters, page),
      queryFn: async () =>
        unwrap(
          await apiClient.GET("/api/v1/animation/pairings", {
            params: { query: { ...filters, page: page - 1, size: PAIRINGS_PAGE_SIZE } },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  members: (q: string, page: number) =>
    queryOptions({
      queryKey: animationKeys.members(q, page),
      queryFn: async () =>
        unwrap(
          await apiClient.GET("/api/v1/animation/members", {
            params: { query: { q: q || undefined, page: page - 1, size: MEMBERS_PAGE_SIZE } },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  mentorCandidates: (pairingId: string, q: string) =>
    queryOptions({
      queryKey: animationKeys.mentorCandidates(pairingId, q),
      queryFn: async () =>
        unwrap(
          await apiClient.GET("/api/v1/animation/pairings/{id}/mentor-candidates", {
            params: { path: { id: pairingId }, query: { q: q || undefined, size: CANDIDATES_SIZE } },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};

/** The first page of the open project reports, oldest first (the queue shows its count and these lines). */
export const projectReportsQuery = () =>
  queryOptions({
    queryKey: animationKeys.projectReports(),
    queryFn: async () =>
      unwrap(await apiClient.GET("/api/v1/animation/project-reports", { params: { query: { size: PROJECT_REPORTS_PAGE_SIZE } } })),
  });

/** The CSV export of the pairings these filters keep, through the API client (the access token lives in memory). */
export async function downloadPairingsExport(filters: PairingFilters): Promise<Blob> {
  return unwrap(await apiClient.GET("/api/v1/animation/pairings.csv", { params: { query: filters }, parseAs: "blob" }));
}

function useRefreshAnimation() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: animationKeys.all });
}

export function useSendReminder() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async (body: ReminderCreate) => unwrap(await apiClient.POST("/api/v1/animation/reminders", { body })),
    onSuccess: refresh,
  });
}

/** Closes a request or a pairing from the console, with the animateurs' message to both people. */
export function useClosePairing() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await apiClient.POST("/api/v1/animation/pairings/{id}/closure", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

/** Gives the mentee's request to another mentor: the old request or pairing ends, a new request leaves. */
export function useReassignPairing() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, mentorId, reason }: { id: string; mentorId: string; reason: string }) =>
      unwrap(
        await apiClient.POST("/api/v1/animation/pairings/{id}/reassignment", { params: { path: { id } }, body: { mentorId, reason } }),
      ),
    onSuccess: refresh,
  });
}

export function useSuspendMember() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await apiClient.POST("/api/v1/animation/members/{id}/suspend", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useReinstateMember() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await apiClient.POST("/api/v1/animation/members/{id}/reinstate", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

/** Grants or removes the animateur role (the members' operations), then reads the accounts again. */
export function useSetAnimateur() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, animateur }: { id: string; animateur: boolean }) => {
      if (animateur) {
        unwrap(await apiClient.PUT("/api/v1/members/{id}/roles/animateur", { params: { path: { id } } }));
      } else {
        ensureOk(await apiClient.DELETE("/api/v1/members/{id}/roles/animateur", { params: { path: { id } } }));
      }
    },
    onSuccess: refresh,
  });
}

/** Dismisses a project report or archives its project; the queues (and the moderation count) are read again. */
export function useDecideProjectReport() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ProjectReportDecision }) =>
      unwrap(await apiClient.POST("/api/v1/animation/project-reports/{id}/decision", { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Closes (archives) a project from the console; it then leaves « Projets sans responsable actif ». */
export function useCloseProject() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await apiClient.POST("/api/v1/animation/projects/{id}/closure", { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

/** Makes a team member the project's lead; the project then leaves « Projets sans responsable actif ». */
export function useAppointProjectLead() {
  const refresh = useRefreshAnimation();
  return useMutation({
    mutationFn: async ({ id, memberId, reason }: { id: string; memberId: string; reason: string }) =>
      unwrap(await apiClient.POST("/api/v1/animation/projects/{id}/lead", { params: { path: { id } }, body: { memberId, reason } })),
    onSuccess: refresh,
  });
}
