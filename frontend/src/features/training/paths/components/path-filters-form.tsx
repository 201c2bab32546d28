import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { pickOption } from "../../../../lib/referentials/labels";
import { useSkills } from "../../../../lib/referentials/skills";
import { NO_PATH_FILTERS, type PathFilters } from "../utils/path-filters";
import { PATH_LANGUAGE_LABELS, PATH_LANGUAGES, PATH_LEVEL_LABELS, PATH_LEVELS } from "../utils/path-labels";

type PathFiltersFormProps = { filters: PathFilters; onApply: (filters: PathFilters) => void };

export function PathFiltersForm({ filters, onApply }: PathFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const skills = useSkills();
  const change = <Key extends keyof PathFilters>(key: Key, value: PathFilters[Key]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  return (
    <form onSubmit={submit} role="search" aria-label="Rechercher des parcours">
      <Input
        label="Rechercher un parcours"
        hintText="Titre, objectif…"
        nativeInputProps={{ type: "search", name: "q", value: draft.q, onChange: (event) => change("q", event.target.value) }}
      />
      <Select
        label="Niveau"
        nativeSelectProps={{
          name: "level",
          value: draft.level,
          onChange: (event) => change("level", pickOption(PATH_LEVELS, event.target.value)),
        }}
      >
        <option value="">Tous les niveaux</option>
        {PATH_LEVELS.map((level) => (
          <option key={level} value={level}>
            {PATH_LEVEL_LABELS[level]}
          </option>
        ))}
      </Select>
      <Select
        label="Langage"
        nativeSelectProps={{
          name: "programmingLanguage",
          value: draft.programmingLanguage,
          onChange: (event) => change("programmingLanguage", pickOption(PATH_LANGUAGES, event.target.value)),
        }}
      >
        <option value="">Tous les langages</option>
        {PATH_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {PATH_LANGUAGE_LABELS[language]}
          </option>
        ))}
      </Select>
      <Select
        label="Compétence travaillée"
        nativeSelectProps={{ name: "skill", value: draft.skill, onChange: (event) => change("skill", event.target.value) }}
      >
        <option value="">Toutes les compétences</option>
        {skills.data?.map((skill) => (
          <option key={skill.code} value={skill.code}>
            {skill.name}
          </option>
        ))}
      </Select>
      <ButtonsGroup
        buttonsSize="small"
        buttons={[
          { children: "Rechercher", type: "submit", iconId: "fr-icon-search-line" },
          {
            children: "Réinitialiser les filtres",
            priority: "secondary",
            type: "button",
            onClick: () => {
              setDraft(NO_PATH_FILTERS);
              onApply(NO_PATH_FILTERS);
            },
          },
        ]}
      />
    </form>
  );
}
