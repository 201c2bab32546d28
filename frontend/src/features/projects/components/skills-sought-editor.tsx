import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useId, useState } from "react";
import type { SkillItem, SkillSought } from "../../../lib/api/types";
import { SKILL_LEVELS, skillLevelLabel } from "../../../lib/referentials/labels";

type SkillsSoughtEditorProps = {
  skills: SkillSought[];
  catalog: SkillItem[];
  onChange: (skills: SkillSought[]) => void;
  errorMessage?: string;
};

function LevelOptions() {
  return SKILL_LEVELS.map((level) => (
    <option key={level} value={level}>
      {skillLevelLabel(level)}
    </option>
  ));
}

/** The skills a project seeks, each with the level wanted, from 1 (Débutant) to 4 (Expert). */
export function SkillsSoughtEditor({ skills, catalog, onChange, errorMessage }: SkillsSoughtEditorProps) {
  const idPrefix = useId();
  const newSkillSelectId = `${idPrefix}-new-skill`;
  const [newSkillCode, setNewSkillCode] = useState("");
  const [newSkillLevel, setNewSkillLevel] = useState(1);
  const [announcement, setAnnouncement] = useState("");

  const nameOf = (code: string) => catalog.find((skill) => skill.code === code)?.name ?? code;
  const addableSkills = catalog
    .filter((skill) => !skills.some((chosen) => chosen.skillCode === skill.code))
    .sort((left, right) => left.name.localeCompare(right.name, "fr"));

  const changeLevel = (skillCode: string, level: number) =>
    onChange(skills.map((skill) => (skill.skillCode === skillCode ? { skillCode, level } : skill)));

  const remove = (skillCode: string) => {
    onChange(skills.filter((skill) => skill.skillCode !== skillCode));
    setAnnouncement(`${nameOf(skillCode)} retirée des compétences recherchées.`);
    document.getElementById(newSkillSelectId)?.focus();
  };

  const add = () => {
    if (newSkillCode === "") return;
    onChange([...skills, { skillCode: newSkillCode, level: newSkillLevel }]);
    setAnnouncement(`${nameOf(newSkillCode)} ajoutée, niveau ${skillLevelLabel(newSkillLevel)}.`);
    setNewSkillCode("");
    setNewSkillLevel(1);
  };

  return (
    <fieldset className="fr-fieldset" aria-describedby={errorMessage ? `${idPrefix}-error` : undefined}>
      <legend className="fr-fieldset__legend">Compétences recherchées (facultatif)</legend>
      {errorMessage && (
        <div className="fr-fieldset__element">
          <p id={`${idPrefix}-error`} className="fr-error-text fr-mt-0">
            {errorMessage}
          </p>
        </div>
      )}
      <div className="fr-fieldset__element">
        {skills.length === 0 ? (
          <p className="fr-hint-text">Aucune compétence recherchée pour l'instant.</p>
        ) : (
          <ul className="fr-raw-list">
            {skills.map(({ skillCode, level }) => (
              <li key={skillCode} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                <div className="fr-col-8 fr-col-md-6">
                  <Select
                    label={`Niveau voulu en ${nameOf(skillCode)}`}
                    nativeSelectProps={{ value: level, onChange: (event) => changeLevel(skillCode, Number(event.target.value)) }}
                  >
                    <LevelOptions />
                  </Select>
                </div>
                <div className="fr-col-4 fr-col-md-6 fr-mb-3w">
                  <Button
                    type="button"
                    priority="tertiary no outline"
                    iconId="fr-icon-delete-line"
                    onClick={() => remove(skillCode)}
                    nativeButtonProps={{ "aria-label": `Retirer ${nameOf(skillCode)}` }}
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
              label="Compétence à rechercher"
              nativeSelectProps={{ id: newSkillSelectId, value: newSkillCode, onChange: (event) => setNewSkillCode(event.target.value) }}
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
              label="Niveau voulu"
              nativeSelectProps={{ value: newSkillLevel, onChange: (event) => setNewSkillLevel(Number(event.target.value)) }}
            >
              <LevelOptions />
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
            <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={add} disabled={newSkillCode === ""}>
              Ajouter
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
