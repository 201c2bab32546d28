import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import type { FacetCount, ResourceFacets } from "../../../lib/api/types";
import { useSkills } from "../../../lib/referentials/skills";
import { NO_FILTERS, RESOURCE_SORT_LABELS, RESOURCE_SORTS, type MultiFilter, type ResourceFilters } from "../utils/resource-filters";
import {
  CONTENT_LANGUAGE_LABELS,
  CONTENT_LANGUAGES,
  PROGRAMMING_LANGUAGE_LABELS,
  PROGRAMMING_LANGUAGES,
  RESOURCE_LEVEL_LABELS,
  RESOURCE_LEVELS,
  RESOURCE_TYPE_LABELS,
  RESOURCE_TYPES,
} from "../utils/resource-labels";

type ResourceFiltersFormProps = {
  /** The filters in force (from the URL); the form edits a copy until it is submitted. */
  filters: ResourceFilters;
  /** The counts of the last answer, each under the search and the other filters; absent while the first search runs. */
  facets?: ResourceFacets;
  onApply: (filters: ResourceFilters) => void;
};

type FacetOption = { value: string; label: string };

const countOf = (facet: FacetCount[] | undefined, value: string) => facet?.find((entry) => entry.value === value)?.count;

/** « Python (12) »: the count is what ticking this value alone (with the other filters) would find. */
function withCount(label: string, count: number | undefined) {
  return count === undefined ? label : `${label} (${new Intl.NumberFormat("fr-FR").format(count)})`;
}

export function ResourceFiltersForm({ filters, facets, onApply }: ResourceFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const skills = useSkills();

  const toggle = (key: MultiFilter, value: string, checked: boolean) =>
    setDraft((current) => {
      const values = current[key] as string[];
      return { ...current, [key]: checked ? [...values, value] : values.filter((other) => other !== value) };
    });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  const facetGroup = (key: MultiFilter, legend: string, options: FacetOption[], counts: FacetCount[] | undefined) => (
    <Checkbox
      key={key}
      legend={legend}
      small
      options={options.map(({ value, label }) => ({
        label: withCount(label, countOf(counts, value)),
        nativeInputProps: {
          name: key,
          value,
          checked: (draft[key] as string[]).includes(value),
          onChange: (event) => toggle(key, value, event.target.checked),
        },
      }))}
    />
  );

  const nameOfSkill = (code: string) => skills.data?.find((skill) => skill.code === code)?.name ?? code;
  // The topics found (count > 0) and those ticked, by name.
  const topicCodes = [
    ...new Set([...(facets?.topic ?? []).filter((entry) => entry.count > 0).map((entry) => entry.value), ...draft.topic]),
  ];
  const topicOptions = topicCodes
    .map((code) => ({ value: code, label: nameOfSkill(code) }))
    .sort((left, right) => left.label.localeCompare(right.label, "fr"));
  const optionsOf = <Value extends string>(values: readonly Value[], labels: Record<Value, string>) =>
    values.map((value) => ({ value, label: labels[value] }));

  return (
    <form onSubmit={handleSubmit} role="search" aria-label="Rechercher des ressources">
      <Input
        label="Rechercher une ressource"
        hintText="Titre, thème, description : « régression », « cartes », « ggplot »…"
        nativeInputProps={{ type: "search", name: "q", value: draft.q, onChange: (event) => setDraft({ ...draft, q: event.target.value }) }}
      />
      <Select
        label="Trier par"
        nativeSelectProps={{
          name: "sort",
          value: draft.sort,
          onChange: (event) => setDraft({ ...draft, sort: RESOURCE_SORTS.find((sort) => sort === event.target.value) ?? "" }),
        }}
      >
        {RESOURCE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {RESOURCE_SORT_LABELS[sort]}
          </option>
        ))}
      </Select>
      <p className="fr-hint-text">Entre parenthèses : le nombre de ressources trouvées en cochant ce choix.</p>
      {facetGroup("level", "Niveau", optionsOf(RESOURCE_LEVELS, RESOURCE_LEVEL_LABELS), facets?.level)}
      {facetGroup(
        "programmingLanguage",
        "Langage",
        optionsOf(PROGRAMMING_LANGUAGES, PROGRAMMING_LANGUAGE_LABELS),
        facets?.programmingLanguage,
      )}
      {facetGroup("type", "Type de ressource", optionsOf(RESOURCE_TYPES, RESOURCE_TYPE_LABELS), facets?.type)}
      {facetGroup("contentLanguage", "Langue du contenu", optionsOf(CONTENT_LANGUAGES, CONTENT_LANGUAGE_LABELS), facets?.contentLanguage)}
      {topicOptions.length > 0 && facetGroup("topic", "Thème", topicOptions, facets?.topic)}
      <Checkbox
        legend="Prix"
        small
        options={[
          {
            label: withCount("Gratuites seulement", countOf(facets?.free, "true")),
            nativeInputProps: {
              name: "freeOnly",
              checked: draft.freeOnly,
              onChange: (event) => setDraft({ ...draft, freeOnly: event.target.checked }),
            },
          },
        ]}
      />
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
