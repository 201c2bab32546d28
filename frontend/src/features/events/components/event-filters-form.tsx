import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { pickOption } from "../../../lib/referentials/labels";
import { useSkills } from "../../../lib/referentials/skills";
import { NO_FILTERS, type EventFilters } from "../utils/event-filters";
import {
  EVENT_LANGUAGE_LABELS,
  EVENT_LANGUAGES,
  EVENT_LEVEL_LABELS,
  EVENT_LEVELS,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
} from "../utils/event-labels";

type EventFiltersFormProps = {
  /** The filters in force (from the address); the form edits a copy until it is submitted. */
  filters: EventFilters;
  onApply: (filters: EventFilters) => void;
};

/** The agenda's search: words, and one type, topic, level and language, each a select whose first choice is « all ». */
export function EventFiltersForm({ filters, onApply }: EventFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const skills = useSkills();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  const select = <Value extends string>(
    name: "type" | "level" | "language",
    label: string,
    all: string,
    values: readonly Value[],
    labels: Record<Value, string>,
  ) => (
    <Select
      label={label}
      nativeSelectProps={{
        name,
        value: draft[name],
        onChange: (event) => setDraft({ ...draft, [name]: pickOption(values, event.target.value) }),
      }}
    >
      <option value="">{all}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </Select>
  );

  return (
    <form onSubmit={handleSubmit} role="search" aria-label="Rechercher des événements">
      <Input
        label="Rechercher un événement"
        hintText="Titre, description : « tidyverse », « cartes »…"
        nativeInputProps={{ type: "search", name: "q", value: draft.q, onChange: (event) => setDraft({ ...draft, q: event.target.value }) }}
      />
      {select("type", "Type", "Tous les types", EVENT_TYPES, EVENT_TYPE_LABELS)}
      <Select
        label="Thème"
        nativeSelectProps={{ name: "topic", value: draft.topic, onChange: (event) => setDraft({ ...draft, topic: event.target.value }) }}
      >
        <option value="">Tous les thèmes</option>
        {(skills.data ?? []).map((skill) => (
          <option key={skill.code} value={skill.code}>
            {skill.name}
          </option>
        ))}
      </Select>
      {select("level", "Niveau", "Tous les niveaux", EVENT_LEVELS, EVENT_LEVEL_LABELS)}
      {select("language", "Langage", "Tous les langages", EVENT_LANGUAGES, EVENT_LANGUAGE_LABELS)}
      <ButtonsGroup
        buttonsSize="small"
        buttons={[
          { children: "Rechercher", type: "submit", iconId: "fr-icon-search-line" },
          {
            children: "Réinitialiser les filtres",
            priority: "secondary",
            type: "button",
            onClick: () => {
              const reset = { ...NO_FILTERS, when: filters.when };
              setDraft(reset);
              onApply(reset);
            },
          },
        ]}
      />
    </form>
  );
}
