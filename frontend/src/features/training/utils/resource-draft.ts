import type {
  ContentLanguage,
  ProgrammingLanguage,
  ResourceInput,
  ResourceLevel,
  ResourceType,
  ResourceUpdate,
  ResourceView,
} from "../../../lib/api/types";

/** The resource form as a person fills it in: text as typed, checked until sent. */
export type ResourceDraft = {
  title: string;
  url: string;
  type: ResourceType | "";
  programmingLanguage: ProgrammingLanguage | "";
  level: ResourceLevel | "";
  topics: string[];
  contentLanguage: ContentLanguage | "";
  /** Empty when unknown. */
  durationMinutes: string;
  free: boolean;
  description: string;
  author: string;
};

/** The form's fields in the order the form shows them, named as the API names them, so that the server's messages land on them. */
export const RESOURCE_FIELDS = [
  "url",
  "title",
  "type",
  "level",
  "programmingLanguage",
  "contentLanguage",
  "topics",
  "free",
  "durationMinutes",
  "author",
  "description",
] as const satisfies readonly (keyof ResourceDraft)[];

export type ResourceField = (typeof RESOURCE_FIELDS)[number];

export type DraftErrors = Partial<Record<ResourceField, string>>;

export const MAX_TOPICS = 6;

export const EMPTY_DRAFT: ResourceDraft = {
  title: "",
  url: "",
  type: "",
  programmingLanguage: "",
  level: "",
  topics: [],
  contentLanguage: "",
  durationMinutes: "",
  free: true,
  description: "",
  author: "",
};

export function draftOf(resource: ResourceView): ResourceDraft {
  return {
    title: resource.title,
    url: resource.url,
    type: resource.type,
    programmingLanguage: resource.programmingLanguage,
    level: resource.level,
    topics: resource.topics,
    contentLanguage: resource.contentLanguage,
    durationMinutes: resource.durationMinutes ? String(resource.durationMinutes) : "",
    free: resource.free,
    description: resource.description,
    author: resource.author ?? "",
  };
}

const HTTPS_URL = /^https:\/\/[^\s/]+\S*$/;

export function isHttpsUrl(url: string): boolean {
  return HTTPS_URL.test(url.trim());
}

/** What the person must fix before sending; the server checks again and its messages go to the same fields. */
export function checkDraft(draft: ResourceDraft): DraftErrors {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) errors.title = "Donnez un titre de 3 à 200 caractères.";
  if (!isHttpsUrl(draft.url)) errors.url = "Donnez l'adresse de la ressource, qui commence par https://.";
  else if (draft.url.trim().length > 2000) errors.url = "L'adresse ne doit pas dépasser 2 000 caractères.";
  if (!draft.type) errors.type = "Choisissez le type de ressource.";
  if (!draft.programmingLanguage) errors.programmingLanguage = "Choisissez le langage, ou « Sans langage de programmation ».";
  if (!draft.level) errors.level = "Choisissez le niveau attendu.";
  if (draft.topics.length === 0) errors.topics = "Choisissez au moins un thème.";
  else if (draft.topics.length > MAX_TOPICS) errors.topics = `Choisissez au plus ${MAX_TOPICS} thèmes.`;
  if (!draft.contentLanguage) errors.contentLanguage = "Choisissez la langue du contenu.";
  const duration = draft.durationMinutes.trim();
  if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 1 && Number(duration) <= 100000))
    errors.durationMinutes = "Indiquez une durée en minutes (un nombre entier entre 1 et 100 000), ou laissez vide.";
  if (draft.author.trim().length > 200) errors.author = "L'auteur ne doit pas dépasser 200 caractères.";
  return errors;
}

/** The body for the API, once `checkDraft` found nothing: the choices are made, the optional fields given only when filled. */
export function toResourceInput(draft: ResourceDraft): ResourceInput {
  if (!draft.type || !draft.programmingLanguage || !draft.level || !draft.contentLanguage) throw new Error("Draft not checked");
  const body: ResourceInput = {
    title: draft.title.trim(),
    url: draft.url.trim(),
    type: draft.type,
    programmingLanguage: draft.programmingLanguage,
    level: draft.level,
    topics: draft.topics,
    contentLanguage: draft.contentLanguage,
    free: draft.free,
  };
  if (draft.durationMinutes.trim()) body.durationMinutes = Number(draft.durationMinutes);
  if (draft.description.trim()) body.description = draft.description;
  if (draft.author.trim()) body.author = draft.author.trim();
  return body;
}

/** Every field is sent on an edit: an emptied description or author is cleared, and so is a duration (sent as 0). */
export function toResourceUpdate(body: ResourceInput): ResourceUpdate {
  return { ...body, description: body.description ?? "", author: body.author ?? "", durationMinutes: body.durationMinutes ?? 0 };
}
