import type {
  DatasetCheckResult,
  DatasetInput,
  Project,
  ProjectCreate,
  ProjectLanguages,
  ProjectStatus,
  ProjectUpdate,
  SkillSought,
} from "../../../lib/api/types";

/** A dataset declared in the form, with what its check found. */
export type DeclaredDataset = { input: DatasetInput; result: DatasetCheckResult };

/** The project form as a person fills it in: text as typed, checked until sent. */
export type ProjectDraft = {
  title: string;
  summary: string;
  description: string;
  /** Comma-separated, as typed. */
  topics: string;
  languages: ProjectLanguages | "";
  welcomesBeginners: boolean;
  status: ProjectStatus;
  repositoryUrl: string;
  tchapRoomUrl: string;
  skillsSought: SkillSought[];
  /** Empty for no limit. */
  maxTeamSize: string;
  openDataAttestation: boolean;
  /** Declared with the creation; afterwards, on the project's page. */
  datasets: DeclaredDataset[];
};

/** The form's fields, named as the API names them, so that the server's messages land on them. */
export const PROJECT_FIELDS = [
  "title",
  "summary",
  "description",
  "topics",
  "languages",
  "welcomesBeginners",
  "status",
  "repositoryUrl",
  "tchapRoomUrl",
  "skillsSought",
  "maxTeamSize",
  "openDataAttestation",
  "datasets",
] as const satisfies readonly (keyof ProjectDraft)[];

export type ProjectField = (typeof PROJECT_FIELDS)[number];

export type DraftErrors = Partial<Record<ProjectField, string>>;

export const EMPTY_DRAFT: ProjectDraft = {
  title: "",
  summary: "",
  description: "",
  topics: "",
  languages: "",
  welcomesBeginners: true,
  status: "IDEA",
  repositoryUrl: "",
  tchapRoomUrl: "",
  skillsSought: [],
  maxTeamSize: "",
  openDataAttestation: false,
  datasets: [],
};

export function draftOf(project: Project): ProjectDraft {
  return {
    title: project.title,
    summary: project.summary,
    description: project.description,
    topics: project.topics.join(", "),
    languages: project.languages,
    welcomesBeginners: project.welcomesBeginners,
    status: project.status,
    repositoryUrl: project.repositoryUrl ?? "",
    tchapRoomUrl: project.tchapRoomUrl ?? "",
    skillsSought: project.skillsSought.map(({ skillCode, level }) => ({ skillCode, level })),
    maxTeamSize: project.maxTeamSize ? String(project.maxTeamSize) : "",
    // Given once, at creation.
    openDataAttestation: true,
    datasets: [],
  };
}

export function topicsOf(typed: string): string[] {
  return typed
    .split(",")
    .map((topic) => topic.trim())
    .filter(Boolean);
}

const HTTPS_URL = /^https:\/\/[^\s/]+\S*$/;

/** What the person must fix before sending; the server checks again and its messages go to the same fields. */
export function checkDraft(draft: ProjectDraft, creating: boolean): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.title.trim().length < 3) errors.title = "Donnez un titre d'au moins 3 caractères.";
  if (!draft.summary.trim()) errors.summary = "Résumez le projet en une ou deux phrases.";
  if (!draft.languages) errors.languages = "Choisissez le langage du projet.";
  if (draft.repositoryUrl.trim() && !HTTPS_URL.test(draft.repositoryUrl.trim()))
    errors.repositoryUrl = "L'adresse du dépôt doit commencer par https://.";
  if (draft.tchapRoomUrl.trim() && !HTTPS_URL.test(draft.tchapRoomUrl.trim()))
    errors.tchapRoomUrl = "Le lien du salon Tchap doit commencer par https://.";
  const size = draft.maxTeamSize.trim();
  if (size && !(Number.isInteger(Number(size)) && Number(size) >= 1 && Number(size) <= 50))
    errors.maxTeamSize = "Indiquez un nombre entre 1 et 50, ou laissez vide pour ne pas limiter l'équipe.";
  if (creating && !draft.openDataAttestation)
    errors.openDataAttestation = "Cochez l'attestation : un projet Spyrales n'utilise que des données ouvertes.";
  return errors;
}

export function toProjectCreate(draft: ProjectDraft, languages: ProjectLanguages): ProjectCreate {
  const body: ProjectCreate = {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: draft.description,
    topics: topicsOf(draft.topics),
    languages,
    welcomesBeginners: draft.welcomesBeginners,
    status: draft.status,
    skillsSought: draft.skillsSought,
    openDataAttestation: draft.openDataAttestation,
  };
  if (draft.repositoryUrl.trim()) body.repositoryUrl = draft.repositoryUrl.trim();
  if (draft.tchapRoomUrl.trim()) body.tchapRoomUrl = draft.tchapRoomUrl.trim();
  if (draft.maxTeamSize.trim()) body.maxTeamSize = Number(draft.maxTeamSize);
  if (draft.datasets.length > 0) body.datasets = draft.datasets.map(({ input }) => input);
  return body;
}

/** Every field is sent: an empty address clears it, and a team size of 0 removes the limit. */
export function toProjectUpdate(draft: ProjectDraft, languages: ProjectLanguages): ProjectUpdate {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: draft.description,
    topics: topicsOf(draft.topics),
    languages,
    welcomesBeginners: draft.welcomesBeginners,
    status: draft.status,
    repositoryUrl: draft.repositoryUrl.trim(),
    tchapRoomUrl: draft.tchapRoomUrl.trim(),
    skillsSought: draft.skillsSought,
    maxTeamSize: draft.maxTeamSize.trim() ? Number(draft.maxTeamSize) : 0,
  };
}
