import type { SurveyAgreement, SurveyProgress, SurveyWish } from "../../../lib/api/types";

export const AGREEMENTS: readonly SurveyAgreement[] = ["STRONGLY_AGREE", "AGREE", "DISAGREE", "STRONGLY_DISAGREE"];
export const AGREEMENT_LABELS: Record<SurveyAgreement, string> = {
  STRONGLY_AGREE: "Tout à fait d'accord",
  AGREE: "Plutôt d'accord",
  DISAGREE: "Plutôt pas d'accord",
  STRONGLY_DISAGREE: "Pas du tout d'accord",
};

export const PROGRESSES: readonly SurveyProgress[] = ["A_LOT", "SOME", "NONE", "NOT_USED"];
export const PROGRESS_LABELS: Record<SurveyProgress, string> = {
  A_LOT: "Beaucoup",
  SOME: "Un peu",
  NONE: "Pas du tout",
  NOT_USED: "Je n'utilise pas ce langage",
};

export const WISHES: readonly SurveyWish[] = ["MENTORSHIP", "EVENTS", "TRAINING", "CHALLENGES", "PROJECTS", "LOCAL_MEETUPS", "OTHER"];
export const WISH_LABELS: Record<SurveyWish, string> = {
  MENTORSHIP: "Du mentorat",
  EVENTS: "Des webinaires et ateliers",
  TRAINING: "Des ressources de formation",
  CHALLENGES: "Des défis de La Piscine",
  PROJECTS: "Des projets communs",
  LOCAL_MEETUPS: "Des rencontres en région",
  OTHER: "Autre",
};

export const CATEGORY_LABELS: Record<string, string> = {
  A: "Catégorie A",
  B: "Catégorie B",
  C: "Catégorie C",
  NOT_PROVIDED: "Non renseignée",
};

export const ORGANIZATION_KIND_LABELS: Record<string, string> = {
  MINISTERE: "Ministère",
  DIRECTION: "Direction",
  OPERATEUR: "Opérateur",
  SERVICE_DECONCENTRE: "Service déconcentré",
  COLLECTIVITE: "Collectivité",
  AUTRE: "Autre",
  NOT_PROVIDED: "Non renseigné",
};

export const COMMENT_MAX = 2000;
export const WISH_OTHER_MAX = 200;
