import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useId, useState } from "react";
import type { SkillItem, SkillLevelInput } from "../lib/api/types";
import { SKILL_LEVELS, skillLevelLabel } from "../lib/referentials/labels";

/** What the editor says: a person's own skills, or the skills a project seeks. */
export type SkillLevelWording = {
  legend: string;
  empty: string;
  levelIn: (skillName: string) => string;
  removed: (skillName: string) => string;
  skillToAdd: string;
  levelToAdd: string;
  add: string;
};

const OWN_SKILLS: SkillLevelWording = {
  legend: "Compétences et niveaux",
  empty: "Vous n'avez pas encore renseigné de compétence.",
  levelIn: (name) => `Niveau en ${name}`,
  removed: (name) => `${name} retirée de vos compétences.`,
  skillToAdd: "Compétence à ajouter",
  levelToAdd: "Niveau de cette compétence",
  add: "Ajouter la compétence",
};

type SkillLevelEditorProps = {
  skills: SkillLevelInput[];
  catalog: SkillItem[];
  onChange: (skills: SkillLevelInput[]) => void;
  errorMessage?: string;
  wording?: SkillLevelWording;
  /** The id of the group of fields, for the links of an error summary. */
  id?: string;
  /** The id of a text that explains the levels: each level field is described by it. */
  levelsDescriptionId?: string;
};

function LevelOptions() {
  return SKILL_LEVELS.map((level) => (
    <option key={level} value={level}>
      {skillLevelLabel(level)}
    </option>
  ));
}

/** Edits a list of skills, each with a level from 1 (Débutant) to 4 (Expert): a person's own by default. */
export function SkillLevelEditor({
  skills,
  catalog,
  onChange,
  errorMessage,
  wording = OWN_SKILLS,
  id,
  levelsDescriptionId,
}: SkillLevelEditorProps) {
  const idPrefix = useId();
  const newSkillSelectId = `${idPrefix}-new-skill`;
  const [newSkillCode, setNewSkillCode] = useState("");
  const [newSkillLevel, setNewSkillLevel] = useState(1);
  const [announcement, setAnnouncement] = useState("");

  const nameOf = (code: string) => catalog.find((skill) => skill.code === code)?.name ?? code;
  const addableSkills = catalog
    .filter((skill) => !skills.some((chosen) => chosen.code === skill.code))
    .sort((left, right) => left.name.localeCompare(right.name, "fr"));

  const changeLevel = (code: string, level: number) => onChange(skills.map((skill) => (skill.code === code ? { code, level } : skill)));

  const remove = (code: string) => {
    onChange(skills.filter((skill) => skill.code !== code));
    setAnnouncement(wording.removed(nameOf(code)));
    document.getElementById(newSkillSelectId)?.focus();
  };

  const add = () => {
    if (newSkillCode === "") return;
    onChange([...skills, { code: newSkillCode, level: newSkillLevel }]);
    setAnnouncement(`${nameOf(newSkillCode)} ajoutée, niveau ${skillLevelLabel(newSkillLevel)}.`);
    setNewSkillCode("");
    setNewSkillLevel(1);
  };

  return (
    <fieldset id={id} className="fr-fieldset" aria-describedby={errorMessage ? `${idPrefix}-error` : undefined}>
      <legend className="fr-fieldset__legend">{wording.legend}</legend>
      {errorMessage && (
        <div className="fr-fieldset__element">
          <p id={`${idPrefix}-error`} className="fr-error-text fr-mt-0">
            {errorMessage}
          </p>
        </div>
      )}
      <div className="fr-fieldset__element">
        {skills.length === 0 ? (
          <p>{wording.empty}</p>
        ) : (
          <ul className="fr-raw-list">
            {skills.map(({ code, level }) => (
              <li key={code} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                <div className="fr-col-8 fr-col-md-6">
                  <Select
                    label={wording.levelIn(nameOf(code))}
                    nativeSelectProps={{
                      value: level,
                      "aria-describedby": levelsDescriptionId,
                      onChange: (event) => changeLevel(code, Number(event.target.value)),
                    }}
                  >
                    <LevelOptions />
                  </Select>
                </div>
                <div className="fr-col-4 fr-col-md-6 fr-mb-3w">
                  <Button
                    type="button"
                    priority="tertiary no outline"
                    iconId="fr-icon-delete-line"
                    onClick={() => remove(code)}
                    nativeButtonProps={{ "aria-label": `Retirer ${nameOf(code)}` }}
                  >
                    Retirer
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-5">
            <Select
              label={wording.skillToAdd}
              nativeSelectProps={{
                id: newSkillSelectId,
                value: newSkillCode,
                onChange: (event) => setNewSkillCode(event.target.value),
              }}
            >
              <option value="">Choisir une compétence</option>
              {addableSkills.map((skill) => (
                <option key={skill.code} value={skill.code}>
                  {skill.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={wording.levelToAdd}
              nativeSelectProps={{
                value: newSkillLevel,
                "aria-describedby": levelsDescriptionId,
                onChange: (event) => setNewSkillLevel(Number(event.target.value)),
              }}
            >
              <LevelOptions />
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
            <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={add} disabled={newSkillCode === ""}>
              {wording.add}
            </Button>
          </div>
        </div>
        <p className="fr-sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    </fieldset>
  );
}
