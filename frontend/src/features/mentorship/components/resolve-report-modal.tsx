import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { MentorshipReport } from "../../../lib/api/types";
import { useResolveMentorshipReport } from "../api/resolve-mentorship-report";
import { useItemModal } from "../hooks/use-item-modal";
import { reportAuthorLabel } from "../utils/report-labels";

const RESOLVE_REPORT_MODAL = createModal({ id: "mentorship-report-resolve-modal", isOpenedByDefault: false });

const RESOLUTION_FIELDS = ["note"] as const;

type ResolveFormProps = { report: MentorshipReport; onResolved: (resolved: MentorshipReport) => void; onCancel: () => void };

function ResolveForm({ report, onResolved, onCancel }: ResolveFormProps) {
  const resolve = useResolveMentorshipReport();
  const [note, setNote] = useState("");
  const serverErrors = mapFieldErrors(resolve.error, RESOLUTION_FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = note.trim() ? { note: note.trim() } : {};
    resolve.mutate({ report, body }, { onSuccess: onResolved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>Le signalement de {reportAuthorLabel(report)}, sera marqué comme traité, et cette personne en sera prévenue.</p>
      <Input
        label="Note pour la personne qui a signalé le problème (facultatif)"
        hintText="Ce qui a été fait ou convenu. Elle seule la lira, avec les animateurs ; l'autre personne du binôme ne la lira pas."
        textArea
        {...fieldState(serverErrors.note)}
        nativeTextAreaProps={{
          name: "note",
          rows: 4,
          maxLength: 2000,
          value: note,
          onChange: (event) => {
            setNote(event.target.value);
            resolve.reset();
          },
        }}
      />
      {resolve.isError && (
        <ProblemAlert error={resolve.error} title="Le signalement n'a pas été marqué comme traité" fieldNames={RESOLUTION_FIELDS} />
      )}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Marquer comme traité", type: "submit", disabled: resolve.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}

/**
 * « Marquer comme traité » for the reports of a list: `open` is given to each report's button, the modal asks for an
 * optional note, and `onResolved` says what happened once the server agreed.
 */
export function useResolveReportModal(onResolved: (resolved: MentorshipReport) => void) {
  const resolving = useItemModal<MentorshipReport>(RESOLVE_REPORT_MODAL);

  const modal = (
    <RESOLVE_REPORT_MODAL.Component title="Marquer le signalement comme traité" titleAs="h2">
      {resolving.item && (
        <ResolveForm
          key={`${resolving.item.id}-${resolving.contentKey}`}
          report={resolving.item}
          onResolved={(resolved) => {
            RESOLVE_REPORT_MODAL.close();
            onResolved(resolved);
          }}
          onCancel={() => RESOLVE_REPORT_MODAL.close()}
        />
      )}
    </RESOLVE_REPORT_MODAL.Component>
  );

  return { open: resolving.open, modal };
}
