import type { EventCreate, EventLanguage, EventLevel, EventType, EventUpdate, EventView } from "../../../lib/api/types";
import { fromParisLocal, toParisLocal } from "./paris-time";

/** A project or a learning path the event is about, by its id and title. */
export type LinkedDraft = { id: string; title: string } | null;

/** A speaker as the form holds them: a member of the community (kept from the event) or a name typed in. */
export type SpeakerDraft = { memberId?: string; name: string };

/** The event form as a person fills it in; dates and times are Paris's wall-clock ones. */
export type EventDraft = {
  title: string;
  type: EventType | "";
  startsAt: string;
  startsAtTime: string;
  endsAt: string;
  endsAtTime: string;
  onlineUrl: string;
  place: string;
  /** Empty for unlimited. */
  capacity: string;
  /** Empty for every level. */
  level: EventLevel | "";
  language: EventLanguage | "";
  topics: string[];
  speakers: SpeakerDraft[];
  description: string;
  project: LinkedDraft;
  path: LinkedDraft;
  replayUrl: string;
  slidesUrl: string;
};

/** The fields in the order the form shows them, named as the API names them so that its messages land on them. */
export const EVENT_FIELDS = [
  "title",
  "type",
  "startsAt",
  "endsAt",
  "onlineUrl",
  "place",
  "capacity",
  "level",
  "language",
  "topics",
  "speakers",
  "description",
  "replayUrl",
  "slidesUrl",
] as const;

export type EventField = (typeof EVENT_FIELDS)[number];
export type EventDraftErrors = Partial<Record<EventField, string>>;

export const MAX_TOPICS = 6;
export const MAX_SPEAKERS = 10;
/** The longest event the server accepts. */
const MAX_LENGTH_MS = 3 * 24 * 3600_000;

export const EMPTY_EVENT_DRAFT: EventDraft = {
  title: "",
  type: "",
  startsAt: "",
  startsAtTime: "",
  endsAt: "",
  endsAtTime: "",
  onlineUrl: "",
  place: "",
  capacity: "",
  level: "",
  language: "",
  topics: [],
  speakers: [],
  description: "",
  project: null,
  path: null,
  replayUrl: "",
  slidesUrl: "",
};

export function eventDraftOf(event: EventView): EventDraft {
  const start = toParisLocal(event.startsAt);
  const end = toParisLocal(event.endsAt);
  return {
    title: event.title,
    type: event.type,
    startsAt: start.date,
    startsAtTime: start.time,
    endsAt: end.date,
    endsAtTime: end.time,
    onlineUrl: event.onlineUrl ?? "",
    place: event.place ?? "",
    capacity: event.capacity ? String(event.capacity) : "",
    level: event.level ?? "",
    language: event.language,
    topics: event.topics,
    speakers: event.speakers.map(({ memberId, name }) => (memberId ? { memberId, name } : { name })),
    description: event.description,
    project: event.project ?? null,
    path: event.path ?? null,
    replayUrl: event.replayUrl ?? "",
    slidesUrl: event.slidesUrl ?? "",
  };
}

const HTTPS_URL = /^https:\/\/[^\s/]+\S*$/;

function checkUrl(value: string, message: string): string | undefined {
  return value.trim() && !HTTPS_URL.test(value.trim()) ? message : undefined;
}

/** What to fix before sending; the server checks again and its messages land on the same fields. */
export function checkEventDraft(draft: EventDraft): EventDraftErrors {
  const errors: EventDraftErrors = {};
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 150) errors.title = "Donnez un titre de 3 à 150 caractères.";
  if (!draft.type) errors.type = "Choisissez le type d'événement.";
  const startsAt = fromParisLocal({ date: draft.startsAt, time: draft.startsAtTime });
  const endsAt = fromParisLocal({ date: draft.endsAt, time: draft.endsAtTime });
  if (!draft.startsAt || !draft.startsAtTime) errors.startsAt = "Indiquez la date et l'heure de début.";
  else if (!startsAt) errors.startsAt = "Cette heure n'existe pas à Paris ce jour-là (passage à l'heure d'été) : choisissez-en une autre.";
  if (!draft.endsAt || !draft.endsAtTime) errors.endsAt = "Indiquez la date et l'heure de fin.";
  else if (!endsAt) errors.endsAt = "Cette heure n'existe pas à Paris ce jour-là (passage à l'heure d'été) : choisissez-en une autre.";
  else if (startsAt) {
    const length = new Date(endsAt).getTime() - new Date(startsAt).getTime();
    if (length <= 0) errors.endsAt = "La fin doit venir après le début.";
    else if (length > MAX_LENGTH_MS) errors.endsAt = "Un événement dure au plus trois jours.";
  }
  errors.onlineUrl = checkUrl(draft.onlineUrl, "Le lien de connexion commence par https://.");
  if (!draft.onlineUrl.trim() && !draft.place.trim()) errors.place = "Indiquez un lieu, un lien de connexion, ou les deux.";
  else if (draft.place.trim().length > 200) errors.place = "Le lieu ne doit pas dépasser 200 caractères.";
  const capacity = draft.capacity.trim();
  if (capacity && !(Number.isInteger(Number(capacity)) && Number(capacity) >= 1 && Number(capacity) <= 10000))
    errors.capacity = "Indiquez un nombre de places entre 1 et 10 000, ou laissez vide pour ne pas limiter.";
  if (!draft.language) errors.language = "Choisissez le langage, ou « Sans langage de programmation ».";
  if (draft.topics.length > MAX_TOPICS) errors.topics = `Choisissez au plus ${MAX_TOPICS} thèmes.`;
  if (draft.speakers.some((speaker) => !speaker.memberId && !speaker.name.trim()))
    errors.speakers = "Donnez le nom de chaque intervenant, ou retirez la ligne vide.";
  else if (draft.speakers.length > MAX_SPEAKERS) errors.speakers = `Indiquez au plus ${MAX_SPEAKERS} intervenants.`;
  if (draft.description.length > 20000) errors.description = "La description ne doit pas dépasser 20 000 caractères.";
  errors.replayUrl = checkUrl(draft.replayUrl, "Le lien du replay commence par https://.");
  errors.slidesUrl = checkUrl(draft.slidesUrl, "Le lien des supports commence par https://.");
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as EventDraftErrors;
}

/** The body of a creation, once `checkEventDraft` found nothing. */
export function toEventCreate(draft: EventDraft): EventCreate {
  const startsAt = fromParisLocal({ date: draft.startsAt, time: draft.startsAtTime });
  const endsAt = fromParisLocal({ date: draft.endsAt, time: draft.endsAtTime });
  if (!draft.type || !draft.language || !startsAt || !endsAt) throw new Error("Draft not checked");
  const body: EventCreate = {
    title: draft.title.trim(),
    description: draft.description,
    type: draft.type,
    startsAt,
    endsAt,
    language: draft.language,
    topics: draft.topics,
    speakers: draft.speakers.map(({ memberId, name }) => (memberId ? { memberId } : { name: name.trim() })),
  };
  if (draft.onlineUrl.trim()) body.onlineUrl = draft.onlineUrl.trim();
  if (draft.place.trim()) body.place = draft.place.trim();
  if (draft.capacity.trim()) body.capacity = Number(draft.capacity);
  if (draft.level) body.level = draft.level;
  if (draft.project) body.projectId = draft.project.id;
  if (draft.path) body.pathId = draft.path.id;
  return body;
}

/**
 * A JSON merge patch (RFC 7396) of what changed: only those fields are sent, so that an unchanged event keeps its
 * calendar version; an emptied optional field is sent as null, which clears it (an emptied capacity: unlimited).
 */
export function toEventUpdate(initial: EventDraft, draft: EventDraft): EventUpdate {
  const before = { ...toEventCreate(initial), replayUrl: initial.replayUrl.trim(), slidesUrl: initial.slidesUrl.trim() };
  const after = { ...toEventCreate(draft), replayUrl: draft.replayUrl.trim(), slidesUrl: draft.slidesUrl.trim() };
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof typeof after>) {
    const next = after[key] === "" ? undefined : after[key];
    const previous = before[key] === "" ? undefined : before[key];
    if (JSON.stringify(next) !== JSON.stringify(previous)) patch[key] = next ?? null;
  }
  return patch as EventUpdate;
}
