import type { TchapNewsType } from "../../../lib/api/types";

/** What each kind of news is called on the page, in the order the form lists them. */
export const NEWS_TYPE_LABELS: Record<TchapNewsType, string> = {
  EVENT_CREATED: "Nouveaux événements",
  EVENT_CANCELLED: "Événements annulés",
  EVENT_REPLAY_PUBLISHED: "Replays mis en ligne",
  CHALLENGE_PUBLISHED: "Nouveaux défis de La Piscine",
  RESOURCE_PUBLISHED: "Ressources publiées dans la bibliothèque",
  PROJECT_CREATED: "Nouveaux projets",
  PROJECT_LOOKING_FOR_PEOPLE: "Projets qui cherchent des participants",
};

export const NEWS_TYPES = Object.keys(NEWS_TYPE_LABELS) as TchapNewsType[];
