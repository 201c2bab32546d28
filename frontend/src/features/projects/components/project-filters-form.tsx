import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { pickOption } from "../../../lib/referentials/labels";
import { useSkills } from "../../../lib/referentials/skills";
import { NO_FILTERS, PROJECT_SORT_LABELS, PROJECT_SORTS, type ProjectFilters } from "../utils/project-filters";
import { PROJECT_LANGUAGE_LABELS, PROJECT_LANGUAGES, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from "../utils/project-labels";

type ProjectFiltersFormProps = {
  /** The filters in force (from the URL); the form edits a copy until it is submitted. */
  filters: ProjectFilters;
  onApply: (filters: ProjectFilters) => void;
};

export function ProjectFiltersForm({ filters, onApply }: ProjectFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const skills = useSkills();

  const change = <Key extends keyof ProjectFilters>(key: Key, value: ProjectFilters[Key]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  return (
    <form onSubmit={handleSubmit} role="search" aria-label="Rechercher des projets">
      <Input
        label="Rechercher un projet"
        hintText="Titre, résumé, thème, description…"
        nativeInputProps={{ type: "search", name: "q", value: draft.q, onChange: (event) => change("q", event.target.value) }}
      />
      <Input
        label="Thème"
        hintText="Par exemple : santé, énergie, élections"
        nativeInputProps={{ name: "topic", value: draft.topic, onChange: (event) => change("topic", event.target.value) }}
      />
      <Select
        label="Langage"
        nativeSelectProps={{
          name: "language",
          value: draft.language,
          onChange: (event) => change("language", pickOption(PROJECT_LANGUAGES, event.target.value)),
        }}
      >
        <option value="">Tous les langages</option>
        {PROJECT_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {PROJECT_LANGUAGE_LABELS[language]}
          </option>
        ))}
      </Select>
      <Select
        label="État"
        hint="Sans choix : tous les projets sauf les archivés"
        nativeSelectProps={{
          name: "status",
          value: draft.status,
          onChange: (event) => change("status", pickOption(PROJECT_STATUSES, event.target.value)),
        }}
      >
        <option value="">Tous les états</option>
        {PROJECT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {PROJECT_STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
      <Select
        label="Compétence recherchée"
        nativeSelectProps={{ name: "skill", value: draft.skill, onChange: (event) => change("skill", event.target.value) }}
      >
        <option value="">Toutes les compétences</option>
        {skills.data?.map((skill) => (
          <option key={skill.code} value={skill.code}>
            {skill.name}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Pour moi"
        small
        options={[
          {
            label: "Accueille les débutants",
            nativeInputProps: {
              name: "beginnersWelcome",
              checked: draft.beginnersWelcome,
              onChange: (event) => change("beginnersWelcome", event.target.checked),
            },
          },
          {
            label: "Correspond à mes compétences",
            hintText: "Ce que je sais faire au niveau voulu, ou que je souhaite apprendre si le projet accueille les débutants",
            nativeInputProps: {
              name: "needsMySkills",
              checked: draft.needsMySkills,
              onChange: (event) => change("needsMySkills", event.target.checked),
            },
          },
        ]}
      />
      <Select
        label="Trier par"
        nativeSelectProps={{
          name: "sort",
          value: draft.sort,
          onChange: (event) => change("sort", pickOption(PROJECT_SORTS, event.target.value) || "relevance"),
        }}
      >
        {PROJECT_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {PROJECT_SORT_LABELS[sort]}
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
              setDraft(NO_FILTERS);
              onApply(NO_FILTERS);
            },
          },
        ]}
      />
    </form>
  );
}
