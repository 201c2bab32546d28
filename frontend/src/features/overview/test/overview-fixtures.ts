import type { MyOverview } from "../../../lib/api/types";

/** A member who just confirmed their address: nothing anywhere yet. */
export function newcomer(changes: Partial<MyOverview> = {}): MyOverview {
  return {
    firstName: "Léa",
    toAnswer: {
      mentorshipRequests: [],
      mentorshipRequestCount: 0,
      joinRequests: [],
      joinRequestCount: 0,
      feedbackToGive: [],
      feedbackToGiveCount: 0,
    },
    mentorships: [],
    sentRequests: [],
    projects: [],
    paths: [],
    events: [],
    notifications: { unreadCount: 0, latest: [] },
    profileCompletion: {
      percent: 0,
      missing: [
        { field: "SKILLS", label: "Décrivez vos compétences et votre niveau" },
        { field: "LEARNING_SKILLS", label: "Dites ce que vous voulez apprendre" },
      ],
    },
    welcome: { shown: true, dismissed: false, skillsDescribed: false, learningWishesGiven: false, mentorOrPathFound: false },
    ...changes,
  };
}
