import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { SKILL_LEVELS, skillLevelLabel } from "../../../lib/referentials/labels";
import { organizationLabel, useOrganizations } from "../../../lib/referentials/organizations";
import { useRegions } from "../../../lib/referentials/regions";
import { useSkills } from "../../../lib/referentials/skills";
import { NO_FILTERS, type DirectoryFilters } from "../utils/directory-filters";

type DirectoryFiltersFormProps = {
  /** The filters in force (from the URL); the form edits a copy until it is submitted. */
  filters: DirectoryFilters;
  onApply: (filters: DirectoryFilters) => void;
};

export function DirectoryFiltersForm({ filters, onApply }: DirectoryFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const skills = useSkills();
  const organizations = useOrganizations();
  const regions = useRegions();

  const change = <Key extends keyof DirectoryFilters>(key: Key, value: DirectoryFilters[Key]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  return (
    <form onSubmit={handleSubmit} role="search" aria-label="Rechercher dans l'annuaire">
      <Input
        label="Rechercher un membre"
        hintText="Nom, poste, organisation, compétence…"
        nativeInputProps={{ type: "search", name: "q", value: draft.q, onChange: (event) => change("q", event.target.value) }}
      />
      <Select
        label="Compétence"
        nativeSelectProps={{ name: "skill", value: draft.skill, onChange: (event) => change("skill", event.target.value) }}
      >
        <option value="">Toutes les compétences</option>
        {skills.data?.map((skill) => (
          <option key={skill.code} value={skill.code}>
            {skill.name}
          </option>
        ))}
      </Select>
      <Select
        label="Niveau minimum"
        hint="Dans la compétence choisie"
        nativeSelectProps={{
          name: "minLevel",
          value: draft.minLevel ?? "",
          onChange: (event) => change("minLevel", event.target.value === "" ? null : Number(event.target.value)),
        }}
      >
        <option value="">Tous les niveaux</option>
        {SKILL_LEVELS.map((level) => (
          <option key={level} value={level}>
            {skillLevelLabel(level)}
          </option>
        ))}
      </Select>
      <Select
        label="Organisation"
        nativeSelectProps={{
          name: "organization",
          value: draft.organization,
          onChange: (event) => change("organization", event.target.value),
        }}
      >
        <option value="">Toutes les organisations</option>
        {organizations.data?.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organizationLabel(organization)}
          </option>
        ))}
      </Select>
      <Select
        label="Région"
        nativeSelectProps={{ name: "region", value: draft.region, onChange: (event) => change("region", event.target.value) }}
      >
        <option value="">Toutes les régions</option>
        {regions.data?.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Accompagnement"
        small
        options={[
          {
            label: "Peut accompagner (mentor)",
            nativeInputProps: {
              name: "canMentor",
              checked: draft.canMentor,
              onChange: (event) => change("canMentor", event.target.checked),
            },
          },
          {
            label: "Souhaite être accompagné·e",
            nativeInputProps: {
              name: "wantsMentor",
              checked: draft.wantsMentor,
              onChange: (event) => change("wantsMentor", event.target.checked),
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
