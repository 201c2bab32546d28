import type { AnimationQueues, MemberAdministration } from "../../../lib/api/types";

export const ANIMATEUR_SESSION = {
  accessToken: "jwt",
  tokenType: "Bearer",
  expiresIn: 900,
  memberId: "m-karim",
  roles: ["member", "animateur"],
};
export const ADMIN_SESSION = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-alex", roles: ["member", "admin"] };
export const MEMBER_SESSION = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] };

export const STALLED_ID = "7d1c2e9a-4b1f-4c8e-9a2b-1f0e3d4c5b6a";

const emptyQueue = { items: [], total: 0 };

/** The console with one stalled pairing, already reminded once, and every other queue empty. */
export const queuesWithAStalledPairing: AnimationQueues = {
  moderation: { resourcesToReview: 2, datasetsToReview: 3, openReports: 1 },
  pendingRequests: emptyQueue,
  stalledPairings: {
    items: [
      {
        id: STALLED_ID,
        status: "ACCEPTED",
        mentee: { id: "m-lea", displayName: "Léa Novice", organization: "Insee" },
        mentor: { id: "m-claire", displayName: "Claire Fontaine", organization: "SSMSI" },
        requestedAt: "2026-08-01T09:00:00Z",
        startedAt: "2026-08-03T09:00:00Z",
        lastSessionOn: "2026-09-10",
        sessionCount: 2,
      },
    ],
    total: 1,
  },
  lowFeedbackPairings: emptyQueue,
  projectsWithoutLead: emptyQueue,
  eventsWithoutReplay: emptyQueue,
  settings: { pendingRequestDays: 14, stalledPairingWeeks: 4, lowFeedbackRating: 2 },
};

export const PENDING_ID = "0b6c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4";

/** The console with one request unanswered for weeks, and every other queue empty. */
export const queuesWithAPendingRequest: AnimationQueues = {
  ...queuesWithAStalledPairing,
  stalledPairings: emptyQueue,
  pendingRequests: {
    items: [
      {
        id: PENDING_ID,
        status: "PENDING",
        mentee: { id: "m-marc", displayName: "Marc Débutant", organization: "DGFiP" },
        mentor: { id: "m-claire", displayName: "Claire Fontaine", organization: "SSMSI" },
        requestedAt: "2026-10-01T09:00:00Z",
        sessionCount: 0,
      },
    ],
    total: 1,
  },
};

export const samSuspended: MemberAdministration = {
  id: "m-sam",
  displayName: "Sam Durand",
  email: "sam.durand@insee.fr",
  organization: "Insee",
  roles: [],
  suspension: { suspendedAt: "2026-12-01T10:00:00Z", suspendedBy: "Alex Admin", reason: "Messages hors charte" },
};

export const ninaAnimateur: MemberAdministration = {
  id: "m-nina",
  displayName: "Nina Roux",
  email: "nina.roux@insee.fr",
  organization: "Insee",
  roles: ["animateur"],
};
