import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { fieldState } from "../../../lib/api/field-errors";
import { CATEGORIES, CATEGORY_LABELS, pickOption, SERVICE_TYPE_LABELS, SERVICE_TYPES } from "../../../lib/referentials/labels";
import { organizationLabel, useOrganizations } from "../../../lib/referentials/organizations";
import { useRegions } from "../../../lib/referentials/regions";
import { profileFieldId } from "../utils/profile-draft";
import { PROFILE_SECTIONS } from "../../../lib/profile-completion";
import { OrganizationSuggestion } from "./organization-suggestion";
import type { ProfileSectionProps } from "./profile-section-props";

const NOT_SPECIFIED = "Non renseigné";

export function PositionSection({ draft, onChange, errors }: ProfileSectionProps) {
  const organizations = useOrganizations();
  const regions = useRegions();

  return (
    <section id={PROFILE_SECTIONS.position} tabIndex={-1} className="fr-mb-6w" aria-labelledby="position-title">
      <h2 id="position-title">Poste et administration</h2>
      <Input
        label="Intitulé du poste"
        hintText="Par exemple : chargée d'études statistiques"
        {...fieldState(errors.jobTitle)}
        nativeInputProps={{
          id: profileFieldId("jobTitle"),
          name: "jobTitle",
          autoComplete: "organization-title",
          maxLength: 120,
          value: draft.jobTitle,
          onChange: (event) => onChange("jobTitle", event.target.value),
        }}
      />
      <Select
        label="Organisation"
        hint={organizations.isError ? "La liste des organisations n'a pas pu être chargée." : undefined}
        {...fieldState(errors.organizationId)}
        nativeSelectProps={{
          id: profileFieldId("organizationId"),
          name: "organizationId",
          value: draft.organizationId,
          onChange: (event) => onChange("organizationId", event.target.value),
        }}
      >
        <option value="">{NOT_SPECIFIED}</option>
        {organizations.data?.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organizationLabel(organization)}
          </option>
        ))}
      </Select>
      {draft.organizationId === "" && <OrganizationSuggestion onChosen={(id) => onChange("organizationId", id)} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Type de service"
            {...fieldState(errors.serviceType)}
            nativeSelectProps={{
              id: profileFieldId("serviceType"),
              name: "serviceType",
              value: draft.serviceType,
              onChange: (event) => onChange("serviceType", pickOption(SERVICE_TYPES, event.target.value)),
            }}
          >
            <option value="">{NOT_SPECIFIED}</option>
            {SERVICE_TYPES.map((serviceType) => (
              <option key={serviceType} value={serviceType}>
                {SERVICE_TYPE_LABELS[serviceType]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Région"
            {...fieldState(errors.region)}
            nativeSelectProps={{
              id: profileFieldId("region"),
              name: "region",
              value: draft.region,
              onChange: (event) => onChange("region", event.target.value),
            }}
          >
            <option value="">{NOT_SPECIFIED}</option>
            {regions.data?.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Catégorie"
            {...fieldState(errors.category)}
            nativeSelectProps={{
              id: profileFieldId("category"),
              name: "category",
              value: draft.category,
              onChange: (event) => onChange("category", pickOption(CATEGORIES, event.target.value)),
            }}
          >
            <option value="">{NOT_SPECIFIED}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </section>
  );
}
