import { fieldErrorsOf } from "../../../lib/api/api-error";
import type { FieldMessages } from "../../../lib/api/field-errors";
import type { Challenge, ChallengeCreate, ChallengeLanguage, ChallengeUpdate } from "../../../lib/api/types";
import { CHALLENGE_LANGUAGES } from "./challenge-labels";
import { isoToParisLocal, parisLocalToIso } from "./paris-time";

export const CHALLENGE_FIELDS = [
  "title",
  "task",
  "suggestedLevel",
  "suggestedLanguage",
  "opensAt",
  "closesAt",
  "datasetReference",
  "datasetTitle",
  "datasetProducer",
  "datasetUrl",
  "datasetLicence",
] as const;
export type ChallengeField = (typeof CHALLENGE_FIELDS)[number];

export type DatasetSource = "DATAGOUV" | "OUTSIDE";

export type ChallengeDraft = {
  title: string;
  task: string;
  suggestedLevel: string;
  suggestedLanguage: ChallengeLanguage | "";
  /** datetime-local values, read as times of Paris. */
  opensAt: string;
  closesAt: string;
  /** False when editing keeps the challenge's dataset. */
  changeDataset: boolean;
  datasetSource: DatasetSource;
  datasetReference: string;
  datasetTitle: string;
  datasetProducer: string;
  datasetUrl: string;
  datasetLicence: string;
};

const pad = (value: number) => String(value).padStart(2, "0");

/** Next Monday at 9 h and the Sunday after at 23 h 59, in Paris: the usual week of a challenge. */
export function nextWeek(now: Date = new Date()): { opensAt: string; closesAt: string } {
  const [year, month, day] = isoToParisLocal(now.toISOString()).slice(0, 10).split("-").map(Number);
  const today = new Date(Date.UTC(year, month - 1, day));
  const daysToMonday = (8 - today.getUTCDay()) % 7 || 7;
  const monday = new Date(today.getTime() + daysToMonday * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const date = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { opensAt: `${date(monday)}T09:00`, closesAt: `${date(sunday)}T23:59` };
}

export function emptyDraft(): ChallengeDraft {
  return {
    title: "",
    task: "",
    suggestedLevel: "1",
    suggestedLanguage: "BOTH",
    ...nextWeek(),
    changeDataset: true,
    datasetSource: "DATAGOUV",
    datasetReference: "",
    datasetTitle: "",
    datasetProducer: "",
    datasetUrl: "",
    datasetLicence: "",
  };
}

export function draftOf(challenge: Challenge): ChallengeDraft {
  return {
    ...emptyDraft(),
    title: challenge.title,
    task: challenge.task,
    suggestedLevel: String(challenge.suggestedLevel),
    suggestedLanguage: challenge.suggestedLanguage,
    opensAt: isoToParisLocal(challenge.opensAt),
    closesAt: isoToParisLocal(challenge.closesAt),
    changeDataset: false,
  };
}

type Checked = { body: ChallengeCreate; errors?: never } | { body?: never; errors: FieldMessages<ChallengeField> };

/** The challenge the API receives, or what the animateur must fix first. */
export function toChallenge(draft: ChallengeDraft): Checked {
  const errors: FieldMessages<ChallengeField> = {};
  const title = draft.title.trim();
  if (title.length < 3) errors.title = "Donnez un titre d'au moins 3 caractères.";
  if (!draft.task.trim()) errors.task = "Écrivez la consigne du défi.";
  const level = Number(draft.suggestedLevel);
  const language = CHALLENGE_LANGUAGES.find((candidate) => candidate === draft.suggestedLanguage);
  if (!language) errors.suggestedLanguage = "Indiquez le langage suggéré.";
  const opensAt = parisLocalToIso(draft.opensAt);
  const closesAt = parisLocalToIso(draft.closesAt);
  if (!opensAt) errors.opensAt = "Indiquez la date et l'heure d'ouverture.";
  if (!closesAt) errors.closesAt = "Indiquez la date et l'heure de clôture.";
  else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors.closesAt = "La clôture vient après l'ouverture.";
  if (draft.changeDataset) {
    if (draft.datasetSource === "DATAGOUV") {
      if (!draft.datasetReference.trim())
        errors.datasetReference = "Donnez l'adresse du jeu de données sur data.gouv.fr, ou son identifiant.";
    } else {
      if (!draft.datasetTitle.trim()) errors.datasetTitle = "Donnez le titre du jeu de données.";
      if (!draft.datasetProducer.trim()) errors.datasetProducer = "Indiquez qui le produit.";
      if (!/^https:\/\/\S+$/.test(draft.datasetUrl.trim())) errors.datasetUrl = "Donnez une adresse qui commence par https://.";
      if (!draft.datasetLicence) errors.datasetLicence = "Choisissez sa licence ouverte.";
    }
  }
  if (Object.keys(errors).length > 0 || !language || !opensAt || !closesAt) return { errors };
  const dataset =
    draft.datasetSource === "DATAGOUV"
      ? { reference: draft.datasetReference.trim() }
      : {
          title: draft.datasetTitle.trim(),
          producer: draft.datasetProducer.trim(),
          url: draft.datasetUrl.trim(),
          licence: draft.datasetLicence,
        };
  return {
    body: { title, task: draft.task, suggestedLevel: level, suggestedLanguage: language, dataset, opensAt, closesAt },
  };
}

/** For a change: what differs from the challenge as it is (the dataset only when the animateur chose another). */
export function changesOf(challenge: Challenge, body: ChallengeCreate, changeDataset: boolean): ChallengeUpdate {
  const changes: ChallengeUpdate = {};
  if (body.title !== challenge.title) changes.title = body.title;
  if (body.task !== challenge.task) changes.task = body.task;
  if (body.suggestedLevel !== challenge.suggestedLevel) changes.suggestedLevel = body.suggestedLevel;
  if (body.suggestedLanguage !== challenge.suggestedLanguage) changes.suggestedLanguage = body.suggestedLanguage;
  if (Date.parse(body.opensAt) !== Date.parse(challenge.opensAt)) changes.opensAt = body.opensAt;
  if (Date.parse(body.closesAt) !== Date.parse(challenge.closesAt)) changes.closesAt = body.closesAt;
  if (changeDataset) changes.dataset = body.dataset;
  return changes;
}

const DATASET_FIELDS: Record<string, ChallengeField> = {
  reference: "datasetReference",
  title: "datasetTitle",
  producer: "datasetProducer",
  url: "datasetUrl",
  licence: "datasetLicence",
};

/**
 * The server's messages on the form's fields. The dataset's own fields (`dataset.title`) are told apart from the
 * challenge's (`title`); a message on the dataset as a whole goes to its reference or its title.
 */
export function challengeFieldErrors(error: unknown, source: DatasetSource): FieldMessages<ChallengeField> {
  const messages: FieldMessages<ChallengeField> = {};
  for (const { field, message } of fieldErrorsOf(error)) {
    if (!field || !message) continue;
    const segments = field.split(/[.[\]]+/).filter(Boolean);
    const datasetAt = segments.indexOf("dataset");
    const name: ChallengeField | undefined =
      datasetAt >= 0
        ? (DATASET_FIELDS[segments[datasetAt + 1] ?? ""] ?? (source === "DATAGOUV" ? "datasetReference" : "datasetTitle"))
        : CHALLENGE_FIELDS.find((candidate) => candidate === segments[segments.length - 1]);
    if (name && messages[name] === undefined) messages[name] = message;
  }
  return messages;
}

/** The API's field names the form shows by a field of its own, so that the alert does not repeat them. */
export const API_FIELD_NAMES = [
  "title",
  "task",
  "suggestedLevel",
  "suggestedLanguage",
  "opensAt",
  "closesAt",
  "dataset",
  "reference",
  "producer",
  "url",
  "licence",
];
