import type {
  Category,
  MyProfile,
  NotificationKind,
  ProfileUpdate,
  ServiceType,
  SkillLevelInput,
  Visibility,
} from "../../../lib/api/types";

/** What the profile form edits: empty strings for the fields a person left blank. */
export type ProfileDraft = {
  firstName: string;
  lastName: string;
  organizationId: string;
  serviceType: ServiceType | "";
  region: string;
  category: Category | "";
  jobTitle: string;
  bio: string;
  skills: SkillLevelInput[];
  /** Codes of the skills the member wants to develop with a mentor. */
  learningSkills: string[];
  wantsMentor: boolean;
  canMentor: boolean;
  mentorCapacity: number;
  availability: string;
  tchapHandle: string;
  visibility: Visibility;
  emailOptOuts: NotificationKind[];
};

export type ProfileField = keyof ProfileDraft;

export const PROFILE_FIELDS: readonly ProfileField[] = [
  "firstName",
  "lastName",
  "organizationId",
  "serviceType",
  "region",
  "category",
  "jobTitle",
  "bio",
  "skills",
  "learningSkills",
  "wantsMentor",
  "canMentor",
  "mentorCapacity",
  "availability",
  "tchapHandle",
  "visibility",
  "emailOptOuts",
];

/** The label of each field, as the form shows it: the error summary names the fields with them. */
export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  firstName: "Prénom",
  lastName: "Nom",
  organizationId: "Organisation",
  serviceType: "Type de service",
  region: "Région",
  category: "Catégorie",
  jobTitle: "Intitulé du poste",
  bio: "Présentation",
  skills: "Compétences et niveaux",
  learningSkills: "Compétences à développer",
  wantsMentor: "Je souhaite être accompagné·e",
  canMentor: "Je peux accompagner",
  mentorCapacity: "Nombre de personnes que je peux accompagner",
  availability: "Disponibilités",
  tchapHandle: "Identifiant Tchap",
  visibility: "Visibilité de mon profil",
  emailOptOuts: "Recevoir un e-mail quand…",
};

/** The id of a field's input, or of the group of its inputs: the error summary links to it. */
export const profileFieldId = (field: ProfileField) => `profile-${field}`;

export function toProfileDraft(profile: MyProfile): ProfileDraft {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    organizationId: profile.organization ? String(profile.organization.id) : "",
    serviceType: profile.serviceType ?? "",
    region: profile.region ?? "",
    category: profile.category ?? "",
    jobTitle: profile.jobTitle ?? "",
    bio: profile.bio ?? "",
    skills: profile.skills.map(({ code, level }) => ({ code, level })),
    learningSkills: profile.learningSkills.map(({ code }) => code),
    wantsMentor: profile.wantsMentor,
    canMentor: profile.canMentor,
    mentorCapacity: profile.mentorCapacity,
    availability: profile.availability ?? "",
    tchapHandle: profile.tchapHandle ?? "",
    visibility: profile.visibility,
    emailOptOuts: [...profile.emailOptOuts],
  };
}

/**
 * The whole draft is sent. In the API's PATCH an empty string clears a text field and null clears
 * the organisation, service type or category.
 */
export function toProfileUpdate(draft: ProfileDraft): ProfileUpdate {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    organizationId: draft.organizationId === "" ? null : draft.organizationId,
    serviceType: draft.serviceType === "" ? null : draft.serviceType,
    category: draft.category === "" ? null : draft.category,
    region: draft.region,
    jobTitle: draft.jobTitle.trim(),
    bio: draft.bio.trim(),
    skills: draft.skills,
    learningSkills: draft.learningSkills,
    wantsMentor: draft.wantsMentor,
    canMentor: draft.canMentor,
    mentorCapacity: draft.mentorCapacity,
    availability: draft.availability.trim(),
    tchapHandle: draft.tchapHandle.trim(),
    visibility: draft.visibility,
    emailOptOuts: draft.emailOptOuts,
  };
}
