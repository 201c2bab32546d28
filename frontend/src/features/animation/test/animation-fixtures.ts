import type { AnimationProjectLine, AnimationQueues, MemberAdministration, ProjectReportLine } from "../../../lib/api/types";

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
  moderation: { resourcesToReview: 2, datasetsToReview: 3, openReports: 1, openProjectReports: 0 },
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

export const ORPHAN_PROJECT_ID = "3b9f1c2d-5e6a-4f7b-8c9d-0e1f2a3b4c5d";

/** A project whose lead was suspended, with two team members who may take over. */
export const orphanProject: AnimationProjectLine = {
  id: ORPHAN_PROJECT_ID,
  title: "Registre des arbres remarquables",
  status: "IN_PROGRESS",
  memberCount: 3,
  updatedAt: "2026-06-01T09:00:00Z",
  appointable: [
    { id: "m-paul", displayName: "Paul Girard" },
    { id: "m-zoe", displayName: "Zoé Martin" },
  ],
};

export const queuesWithAnOrphanProject: AnimationQueues = {
  ...queuesWithAStalledPairing,
  stalledPairings: emptyQueue,
  projectsWithoutLead: { items: [orphanProject], total: 1 },
};

export const REPORT_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

export const notOpenDataReport: ProjectReportLine = {
  id: REPORT_ID,
  projectId: ORPHAN_PROJECT_ID,
  projectTitle: "Registre des arbres remarquables",
  projectStatus: "IN_PROGRESS",
  reason: "NOT_OPEN_DATA",
  comment: "Le dépôt contient un fichier nominatif.",
  reporter: { id: "m-lea", displayName: "Léa Novice" },
  createdAt: "2026-11-30T10:00:00Z",
};
