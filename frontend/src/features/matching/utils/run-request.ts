import type { MatchingRunParameters, MatchingRunRequest } from "../../../lib/api/types";
import { WEIGHT_LABELS, WEIGHT_NAMES, type WeightName } from "./run-labels";

export const RUN_FIELDS = ["candidatesPerMentee", "minimumScore", ...WEIGHT_NAMES] as const;

export type RunField = (typeof RUN_FIELDS)[number];

/** The form's text, field by field, as typed. */
export type RunDraft = Record<RunField, string>;

export type RunDraftErrors = Partial<Record<RunField, string>>;

type FieldSpec = { label: string; min: number; max: number; hint: string };

const weightSpec = (name: WeightName): FieldSpec => {
  const min = name === "skill" ? 1 : 0;
  return { label: WEIGHT_LABELS[name], min, max: 100, hint: `De ${min} à 100 points.` };
};

/** The label and the range the API accepts for each field (see MatchingRunRequest). */
export const FIELD_SPECS: Record<RunField, FieldSpec> = {
  candidatesPerMentee: {
    label: "Mentors candidats par personne",
    min: 1,
    max: 200,
    hint: "Les mentors les plus compatibles retenus pour chaque personne avant l'optimisation, de 1 à 200.",
  },
  minimumScore: {
    label: "Score minimal d'un binôme",
    min: 0,
    max: 100,
    hint: "Un binôme moins compatible n'est pas proposé, de 0 à 100.",
  },
  skill: weightSpec("skill"),
  language: weightSpec("language"),
  capacity: weightSpec("capacity"),
  otherMinistry: weightSpec("otherMinistry"),
  sameRegion: weightSpec("sameRegion"),
};

export function draftFrom({ candidatesPerMentee, minimumScore, weights }: MatchingRunParameters): RunDraft {
  return {
    candidatesPerMentee: String(candidatesPerMentee),
    minimumScore: String(minimumScore),
    skill: String(weights.skill),
    language: String(weights.language),
    capacity: String(weights.capacity),
    otherMinistry: String(weights.otherMinistry),
    sameRegion: String(weights.sameRegion),
  };
}

function checkField(field: RunField, text: string): string | undefined {
  const { min, max } = FIELD_SPECS[field];
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    return `Indiquez un nombre entier de ${min} à ${max}.`;
  }
  return undefined;
}

/** The request to send, or the message of each field out of its range. */
export function toRunRequest(draft: RunDraft): { request: MatchingRunRequest } | { errors: RunDraftErrors } {
  const errors: RunDraftErrors = {};
  for (const field of RUN_FIELDS) {
    const message = checkField(field, draft[field]);
    if (message) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const value = (field: RunField) => Number(draft[field]);
  return {
    request: {
      candidatesPerMentee: value("candidatesPerMentee"),
      minimumScore: value("minimumScore"),
      weights: {
        skill: value("skill"),
        language: value("language"),
        capacity: value("capacity"),
        otherMinistry: value("otherMinistry"),
        sameRegion: value("sameRegion"),
      },
    },
  };
}
