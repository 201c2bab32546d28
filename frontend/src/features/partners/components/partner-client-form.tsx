import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { organizationLabel, useOrganizations } from "../../../lib/referentials/organizations";
import { draftErrors, DRAFT_FIELDS, type DraftField, type PartnerDraft } from "../utils/partner-draft";
import { SCOPES } from "../utils/partner-labels";

type PartnerClientFormProps = {
  initialDraft: PartnerDraft;
  submitLabel: string;
  onSubmit: (draft: PartnerDraft) => void;
  isPending: boolean;
  /** The server's refusal: its field errors go on their fields. */
  error: unknown;
  onCancel: () => void;
};

/** The API's names of the form's fields (the date is sent as expiresAt). */
const API_FIELDS = [...DRAFT_FIELDS, "expiresAt"] as const;

/** A partner client's registration or change: who it is, what it may read, how often, from where, until when. */
export function PartnerClientForm({ initialDraft, submitLabel, onSubmit, isPending, error, onCancel }: PartnerClientFormProps) {
  const organizations = useOrganizations();
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const serverErrors = mapFieldErrors(error, API_FIELDS);
  const messageOf = (field: DraftField) =>
    errors[field] ?? serverErrors[field] ?? (field === "expiresOn" ? serverErrors.expiresAt : undefined);

  const change = <Field extends DraftField>(field: Field, value: PartnerDraft[Field]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const toggleScope = (scope: string, granted: boolean) =>
    change("scopes", granted ? [...draft.scopes, scope] : draft.scopes.filter((other) => other !== scope));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = DRAFT_FIELDS.find((field) => found[field]);
      document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(draft);
  };

  return (
    <form onSubmit={submit} noValidate>
      {error !== null && error !== undefined && (
        <ProblemAlert error={error} title="Le client n'a pas été enregistré" fieldNames={[...API_FIELDS]} />
      )}
      <Input
        label="Nom du client"
        hintText="L'application de l'administration, par exemple « Intranet du ministère de l'Agriculture »"
        {...fieldState(messageOf("name"))}
        nativeInputProps={{ name: "name", value: draft.name, maxLength: 120, onChange: (event) => change("name", event.target.value) }}
      />
      <Input
        label="Adresse e-mail du contact technique"
        hintText="Une boîte d'équipe de préférence : elle est prévenue des incidents et des révocations"
        {...fieldState(messageOf("contactEmail"))}
        nativeInputProps={{
          name: "contactEmail",
          type: "email",
          autoComplete: "off",
          value: draft.contactEmail,
          maxLength: 254,
          onChange: (event) => change("contactEmail", event.target.value),
        }}
      />
      <Select
        label="Organisation"
        hint={organizations.isError ? "La liste des organisations n'a pas pu être chargée." : "L'administration à qui le client appartient"}
        {...fieldState(messageOf("organizationId"))}
        nativeSelectProps={{
          name: "organizationId",
          value: draft.organizationId,
          onChange: (event) => change("organizationId", event.target.value),
        }}
      >
        <option value="">Choisir une organisation</option>
        {organizations.data?.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organizationLabel(organization)}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Portées accordées"
        hintText="Demandez le minimum : chaque opération de l'API exige sa portée."
        {...fieldState(messageOf("scopes"))}
        options={SCOPES.map(({ scope, description }) => ({
          label: scope,
          hintText: description,
          nativeInputProps: {
            name: "scopes",
            value: scope,
            checked: draft.scopes.includes(scope),
            onChange: (event) => toggleScope(scope, event.target.checked),
          },
        }))}
      />
      <Input
        label="Limite d'appels par minute"
        hintText="Entre 1 et 100 000 ; au-delà, le client reçoit 429 avec Retry-After"
        {...fieldState(messageOf("rateLimitPerMinute"))}
        nativeInputProps={{
          name: "rateLimitPerMinute",
          type: "number",
          inputMode: "numeric",
          min: 1,
          max: 100_000,
          value: draft.rateLimitPerMinute,
          onChange: (event) => change("rateLimitPerMinute", event.target.value),
        }}
      />
      <Input
        label="Adresses IP autorisées (facultatif)"
        hintText="Plages CIDR d'où partent les demandes de jeton, une par ligne, par exemple 203.0.113.0/24 ; vide : toutes"
        textArea
        {...fieldState(messageOf("ipAllowlist"))}
        nativeTextAreaProps={{
          name: "ipAllowlist",
          rows: 3,
          value: draft.ipAllowlist,
          onChange: (event) => change("ipAllowlist", event.target.value),
        }}
      />
      <Input
        label="Fin de validité (facultatif)"
        hintText="Le dernier jour où le client fonctionne ; vide : sans fin"
        {...fieldState(messageOf("expiresOn"))}
        nativeInputProps={{
          name: "expiresOn",
          type: "date",
          value: draft.expiresOn,
          onChange: (event) => change("expiresOn", event.target.value),
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={isPending}>
            {submitLabel}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
