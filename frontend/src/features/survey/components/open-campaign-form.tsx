import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { SurveyCampaign } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useOpenSurveyCampaign } from "../api/survey-queries";

const FIELDS = ["title", "closesOn"] as const;

/** Opening a campaign writes to every member: the animateur fills the form, then confirms. */
export function OpenCampaignForm({ onOpened, onCancel }: { onOpened: (campaign: SurveyCampaign) => void; onCancel: () => void }) {
  const [title, setTitle] = useState("");
  const [closesOn, setClosesOn] = useState("");
  const [errors, setErrors] = useState<{ title?: string; closesOn?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const open = useOpenSurveyCampaign();
  // The button pressed gives way to the confirmation, and back: focus follows instead of falling to the page.
  const form = useRef<HTMLFormElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    if (confirming) confirmation.current?.focus();
    else form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [confirming]);
  const ask = (next: boolean) => {
    toggled.current = true;
    setConfirming(next);
  };
  const server = mapFieldErrors(open.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (title.trim().length < 3) found.title = "Donnez un titre d'au moins 3 caractères.";
    if (!closesOn) found.closesOn = "Indiquez la date de clôture.";
    setErrors(found);
    if (Object.keys(found).length === 0) ask(true);
  };

  const confirm = () =>
    open.mutate({ title: title.trim(), closesOn }, { onSuccess: (campaign) => onOpened(campaign), onSettled: () => setConfirming(false) });

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Input
        label="Titre de la campagne"
        hintText="Par exemple : Enquête de satisfaction — hiver 2026"
        {...fieldState(errors.title ?? server.title)}
        nativeInputProps={{
          name: "title",
          maxLength: 120,
          value: title,
          onChange: (event) => {
            setTitle(event.target.value);
            setConfirming(false);
            open.reset();
          },
        }}
      />
      <Input
        label="Date de clôture"
        hintText="Dernier jour où les membres peuvent répondre."
        {...fieldState(errors.closesOn ?? server.closesOn)}
        nativeInputProps={{
          type: "date",
          name: "closesOn",
          value: closesOn,
          onChange: (event) => {
            setClosesOn(event.target.value);
            setConfirming(false);
            open.reset();
          },
        }}
      />
      {open.isError && <ProblemAlert error={open.error} title="La campagne n'a pas été ouverte" fieldNames={FIELDS} />}
      {confirming ? (
        <div ref={confirmation} tabIndex={-1}>
          <Alert
            as="h3"
            severity="warning"
            title="Confirmer l'ouverture"
            description={`« ${title.trim()} » sera envoyée à chaque membre actif, par notification et par e-mail, et recevra des réponses jusqu'au ${formatDate(closesOn)}.`}
          />
          <ButtonsGroup
            className="fr-mt-2w"
            inlineLayoutWhen="md and up"
            buttons={[
              { children: "Ouvrir et envoyer l'enquête", type: "button", onClick: confirm, disabled: open.isPending },
              { children: "Revenir au formulaire", type: "button", priority: "secondary", onClick: () => ask(false) },
            ]}
          />
        </div>
      ) : (
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: "Ouvrir la campagne…", type: "submit" },
            { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
          ]}
        />
      )}
    </form>
  );
}
