import type { MyProfile } from "./api/types";

/** The anchors of the profile page's sections, so that other pages (« Mon espace ») can link to one of them. */
export const PROFILE_SECTIONS = {
  identity: "identite",
  position: "poste",
  skills: "competences",
  mentoring: "mentorat",
  contact: "contact",
} as const;

export type ProfileSectionAnchor = (typeof PROFILE_SECTIONS)[keyof typeof PROFILE_SECTIONS];

/** One thing a complete profile tells the community, whether it is told, and the section where to tell it. */
export type ProfileCompletionItem = {
  key: "bio" | "position" | "skills" | "learningSkills" | "mentoring" | "tchapHandle";
  /** What is missing, in the words of a link: « Indiquer vos compétences et votre niveau ». */
  label: string;
  done: boolean;
  section: ProfileSectionAnchor;
};

export type ProfileCompletion = {
  items: ProfileCompletionItem[];
  done: number;
  total: number;
  /** Rounded to a whole number, for a progress bar. */
  percent: number;
};

/**
 * What a member's profile already tells and what it still misses, for the completion indicator of the profile page
 * and « Mon espace ». Pure: it reads the profile of GET /api/v1/me and nothing else.
 */
export function profileCompletion(
  profile: Pick<MyProfile, "bio" | "jobTitle" | "organization" | "skills" | "learningSkills" | "wantsMentor" | "canMentor" | "tchapHandle">,
): ProfileCompletion {
  const items: ProfileCompletionItem[] = [
    {
      key: "skills",
      label: "Indiquer vos compétences et votre niveau",
      done: profile.skills.length > 0,
      section: PROFILE_SECTIONS.skills,
    },
    {
      key: "learningSkills",
      label: "Choisir ce que vous voulez apprendre",
      done: profile.learningSkills.length > 0,
      section: PROFILE_SECTIONS.mentoring,
    },
    {
      key: "mentoring",
      label: "Dire si vous souhaitez être accompagné·e ou accompagner",
      done: profile.wantsMentor || profile.canMentor,
      section: PROFILE_SECTIONS.mentoring,
    },
    {
      key: "position",
      label: "Renseigner votre poste et votre administration",
      done: !!profile.jobTitle?.trim() && !!profile.organization,
      section: PROFILE_SECTIONS.position,
    },
    { key: "bio", label: "Vous présenter en quelques mots", done: !!profile.bio?.trim(), section: PROFILE_SECTIONS.identity },
    {
      key: "tchapHandle",
      label: "Ajouter votre identifiant Tchap",
      done: !!profile.tchapHandle?.trim(),
      section: PROFILE_SECTIONS.contact,
    },
  ];
  const done = items.filter((item) => item.done).length;
  return { items, done, total: items.length, percent: Math.round((done * 100) / items.length) };
}
