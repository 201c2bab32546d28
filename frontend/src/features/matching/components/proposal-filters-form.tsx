import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { PROPOSAL_SCOPES, SCOPE_LABELS, type ProposalFilters } from "../utils/proposal-filters";

type ProposalFiltersFormProps = {
  /** The filters in force (from the URL); the form edits a copy until it is submitted. */
  filters: ProposalFilters;
  onApply: (filters: ProposalFilters) => void;
};

export function ProposalFiltersForm({ filters, onApply }: ProposalFiltersFormProps) {
  const [draft, setDraft] = useState(filters);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  return (
    <form onSubmit={submit} role="search" aria-label="Filtrer les binômes">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Rechercher une personne"
            hintText="Nom de la personne accompagnée ou du mentor"
            nativeInputProps={{
              type: "search",
              name: "q",
              maxLength: 100,
              value: draft.q,
              onChange: (event) => setDraft((current) => ({ ...current, q: event.target.value })),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <RadioButtons
            legend="Binômes à afficher"
            name="binomes"
            orientation="horizontal"
            options={PROPOSAL_SCOPES.map((scope) => ({
              label: SCOPE_LABELS[scope],
              nativeInputProps: {
                value: scope,
                checked: draft.scope === scope,
                onChange: () => setDraft((current) => ({ ...current, scope })),
              },
            }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-2 fr-mb-3w">
          <Button type="submit" iconId="fr-icon-filter-line" iconPosition="left">
            Filtrer
          </Button>
        </div>
      </div>
    </form>
  );
}
