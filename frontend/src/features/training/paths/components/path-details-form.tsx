import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../../lib/api/field-errors";
import { pickOption } from "../../../../lib/referentials/labels";
import { useSkills } from "../../../../lib/referentials/skills";
import type { PathCreate, PathLevel, PathProgrammingLanguage, PathView } from "../api/path-types";
import { PATH_LANGUAGE_LABELS, PATH_LANGUAGES, PATH_LEVEL_LABELS, PATH_LEVELS } from "../utils/path-labels";

export const PATH_FIELDS = ["title", "goal", "level", "programmingLanguage", "skills", "estimatedMinutes"] as const;
type PathField = (typeof PATH_FIELDS)[number];

export const MAX_PATH_SKILLS = 5;

type Draft = {
  title: string;
  goal: string;
  level: PathLevel | "";
  programmingLanguage: PathProgrammingLanguage | "";
  skills: string[];
  estimatedMinutes: string;
};

function draftOf(path?: PathView): Draft {
  return {
    title: path?.title ?? "",
    goal: path?.goal ?? "",
    level: path?.level ?? "",
    programmingLanguage: path?.programmingLanguage ?? "",
    skills: path ? [...path.skills] : [],
    estimatedMinutes: path?.estimatedMinutes != null ? String(path.estimatedMinutes) : "",
  };
}

/** What the form itself can say before asking the server. */
function check(draft: Draft): Partial<Record<PathField, string>> {
  const problems: Partial<Record<PathField, string>> = {};
  if (draft.title.trim().length < 3) problems.title = "Donnez un titre d'au moins 3 caractères.";
  if (!draft.goal.trim()) problems.goal = "Dites ce que l'on saura faire à la fin du parcours.";
  if (!draft.level) problems.level = "Choisissez le niveau visé.";
  if (!draft.programmingLanguage) problems.programmingLanguage = "Choisissez le langage du parcours.";
  if (draft.skills.length === 0) problems.skills = "Choisissez au moins une compétence.";
  const minutes = Number(draft.estimatedMinutes);
  if (draft.estimatedMinutes.trim() && (!Number.isInteger(minutes) || minutes < 1)) {
    problems.estimatedMinutes = "Indiquez une durée en minutes (un nombre entier), ou laissez vide.";
  }
  return problems;
}

type PathDetailsFormProps = {
  /** The path being edited; none when creating one. */
  path?: PathView;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (body: PathCreate) => void;
};

/** The path's title, goal, level, language, skills and estimated time. */
export function PathDetailsForm({ path, submitLabel, isPending, error, onSubmit }: PathDetailsFormProps) {
  const [draft, setDraft] = useState(() => draftOf(path));
  const [problems, setProblems] = useState<Partial<Record<PathField, string>>>({});
  const skills = useSkills();
  const serverErrors = mapFieldErrors(error, PATH_FIELDS);
  const messageOf = (field: PathField) => problems[field] ?? serverErrors[field];

  const change = <Key extends keyof Draft>(key: Key, value: Draft[Key]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems((current) => ({ ...current, [key]: undefined }));
  };

  const toggleSkill = (code: string, checked: boolean) =>
    change("skills", checked ? [...draft.skills, code] : draft.skills.filter((candidate) => candidate !== code));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length > 0 || !draft.level || !draft.programmingLanguage) return;
    const body: PathCreate = {
      title: draft.title.trim(),
      goal: draft.goal.trim(),
      level: draft.level,
      programmingLanguage: draft.programmingLanguage,
      skills: draft.skills,
    };
    if (draft.estimatedMinutes.trim()) body.estimatedMinutes = Number(draft.estimatedMinutes);
    // Emptied on a path that had a duration: 0 asks the server to forget it.
    else if (path?.estimatedMinutes != null) body.estimatedMinutes = 0;
    onSubmit(body);
  };

  const skillsFull = draft.skills.length >= MAX_PATH_SKILLS;

  return (
    <form onSubmit={submit} noValidate>
      <Input
        label="Titre du parcours"
        hintText="Par exemple : Débuter en Python pour l'analyse de données"
        {...fieldState(messageOf("title"))}
        nativeInputProps={{
          name: "title",
          required: true,
          maxLength: 200,
          value: draft.title,
          onChange: (event) => change("title", event.target.value),
        }}
      />
      <Input
        label="Objectif"
        hintText="Ce que l'on saura faire à la fin, en une ou deux phrases."
        textArea
        {...fieldState(messageOf("goal"))}
        nativeTextAreaProps={{
          name: "goal",
          required: true,
          rows: 3,
          maxLength: 1000,
          value: draft.goal,
          onChange: (event) => change("goal", event.target.value),
        }}
      />
      <Select
        label="Niveau visé"
        {...fieldState(messageOf("level"))}
        nativeSelectProps={{
          name: "level",
          required: true,
          value: draft.level,
          onChange: (event) => change("level", pickOption(PATH_LEVELS, event.target.value)),
        }}
      >
        <option value="" disabled>
          Choisir un niveau
        </option>
        {PATH_LEVELS.map((level) => (
          <option key={level} value={level}>
            {PATH_LEVEL_LABELS[level]}
          </option>
        ))}
      </Select>
      <Select
        label="Langage"
        {...fieldState(messageOf("programmingLanguage"))}
        nativeSelectProps={{
          name: "programmingLanguage",
          required: true,
          value: draft.programmingLanguage,
          onChange: (event) => change("programmingLanguage", pickOption(PATH_LANGUAGES, event.target.value)),
        }}
      >
        <option value="" disabled>
          Choisir un langage
        </option>
        {PATH_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {PATH_LANGUAGE_LABELS[language]}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Compétences travaillées"
        hintText={`De 1 à ${MAX_PATH_SKILLS} : elles servent à proposer le parcours aux membres qui veulent les apprendre.`}
        small
        orientation="horizontal"
        {...fieldState(messageOf("skills"))}
        options={(skills.data ?? []).map((skill) => {
          const checked = draft.skills.includes(skill.code);
          return {
            label: skill.name,
            nativeInputProps: {
              name: "skills",
              value: skill.code,
              checked,
              disabled: !checked && skillsFull,
              onChange: (event) => toggleSkill(skill.code, event.target.checked),
            },
          };
        })}
      />
      <Input
        label="Durée estimée, en minutes (facultatif)"
        hintText="Le temps total pour suivre toutes les étapes, par exemple 600 pour 10 heures."
        {...fieldState(messageOf("estimatedMinutes"))}
        nativeInputProps={{
          name: "estimatedMinutes",
          type: "number",
          inputMode: "numeric",
          min: 1,
          value: draft.estimatedMinutes,
          onChange: (event) => change("estimatedMinutes", event.target.value),
        }}
      />
      {error ? <ProblemAlert error={error} title="Le parcours n'a pas été enregistré" fieldNames={PATH_FIELDS} /> : null}
      <Button type="submit" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
