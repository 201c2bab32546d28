import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import type { AuditActionDescription } from "../../../lib/api/types";
import { CATEGORY_LABELS, NO_FILTERS, OUTCOME_LABELS, type AuditFilters } from "../utils/audit-filters";

type AuditFiltersFormProps = {
  /** The filters in force (from the URL); the form edits a copy until it is submitted. */
  filters: AuditFilters;
  actions: AuditActionDescription[];
  onApply: (filters: AuditFilters) => void;
};

export function AuditFiltersForm({ filters, actions, onApply }: AuditFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  const reset = () => {
    setDraft(NO_FILTERS);
    onApply(NO_FILTERS);
  };

  return (
    <form onSubmit={submit} role="search" aria-label="Filtrer le journal">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Du"
            hintText="Jour inclus"
            nativeInputProps={{ type: "date", name: "from", value: draft.from, onChange: set("from") }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Au" hintText="Jour inclus" nativeInputProps={{ type: "date", name: "to", value: draft.to, onChange: set("to") }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Catégorie" nativeSelectProps={{ name: "category", value: draft.category, onChange: set("category") }}>
            <option value="">Toutes</option>
            {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Résultat" nativeSelectProps={{ name: "outcome", value: draft.outcome, onChange: set("outcome") }}>
            <option value="">Tous</option>
            {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Action" nativeSelectProps={{ name: "action", value: draft.action, onChange: set("action") }}>
            <option value="">Toutes</option>
            {actions.map((action) => (
              <option key={action.action} value={action.action}>
                {action.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Auteur"
            hintText="Identifiant du membre ou du client partenaire"
            nativeInputProps={{ name: "actor", value: draft.actor, onChange: set("actor"), spellCheck: false }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Compte concerné"
            hintText="Identifiant du membre"
            nativeInputProps={{ name: "subject", value: draft.subject, onChange: set("subject"), spellCheck: false }}
          />
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Button type="submit" iconId="fr-icon-filter-line" iconPosition="left">
            Filtrer
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={reset}>
            Effacer les filtres
          </Button>
        </li>
      </ul>
    </form>
  );
}
