import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { Mentorship } from "../../../lib/api/types";
import { useReportMentorshipProblem } from "../api/report-mentorship-problem";
import { useItemModal } from "../hooks/use-item-modal";
import { counterpartOf } from "../utils/mentorship-rules";
import { ChangeNotice, type Notice } from "./change-notice";
import { PairingReports } from "./pairing-reports";

const REPORT_MODAL = createModal({ id: "mentorship-report-modal", isOpenedByDefault: false });

const REPORT_FIELDS = ["message"] as const;

type ReportFormProps = { mentorship: Mentorship; onSent: () => void; onCancel: () => void };

function ReportForm({ mentorship, onSent, onCancel }: ReportFormProps) {
  const report = useReportMentorshipProblem(mentorship.id);
  const [message, setMessage] = useState("");
  const [missing, setMissing] = useState(false);
  const serverErrors = mapFieldErrors(report.error, REPORT_FIELDS);
  const counterpart = counterpartOf(mentorship).displayName;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!message.trim()) {
      setMissing(true);
      return;
    }
    report.mutate({ message: message.trim() }, { onSuccess: onSent });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>
        Votre signalement est lu par les animateurs de la communauté, qui peuvent vous recontacter.{" "}
        <strong>{counterpart} ne le lira pas</strong> et n'en sera pas prévenu·e.
      </p>
      <Input
        label="Décrivez le problème"
        hintText="Ce qui se passe, depuis quand, et ce que vous attendez des animateurs. 2 000 caractères au plus."
        textArea
        {...fieldState(missing ? "Décrivez le problème." : serverErrors.message)}
        nativeTextAreaProps={{
          name: "message",
          rows: 6,
          maxLength: 2000,
          required: true,
          value: message,
          onChange: (event) => {
            setMessage(event.target.value);
            setMissing(false);
            report.reset();
          },
        }}
      />
      {report.isError && <ProblemAlert error={report.error} title="Le signalement n'a pas été envoyé" fieldNames={REPORT_FIELDS} />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Envoyer aux animateurs", type: "submit", disabled: report.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}

/**
 * For a party of the pairing: « Signaler un problème » to the animateurs, in a modal, and the reports they made
 * here. The other party never reads them.
 */
export function ReportProblem({ mentorship }: { mentorship: Mentorship }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const reporting = useItemModal<Mentorship>(REPORT_MODAL);

  return (
    <>
      <p>
        Si quelque chose ne va pas dans ce mentorat, dites-le aux animateurs de la communauté. {counterpartOf(mentorship).displayName} ne
        lira pas votre signalement.
      </p>
      <ChangeNotice notice={notice} />
      <Button
        priority="secondary"
        iconId="fr-icon-alert-line"
        onClick={(event) => {
          setNotice(null);
          reporting.open(mentorship, event.currentTarget);
        }}
      >
        Signaler un problème
      </Button>
      <REPORT_MODAL.Component title="Signaler un problème aux animateurs" titleAs="h2" size="large">
        {reporting.item && (
          <ReportForm
            key={reporting.contentKey}
            mentorship={reporting.item}
            onSent={() => {
              REPORT_MODAL.close();
              setNotice({
                message: "Votre signalement est transmis aux animateurs. Vous serez prévenu·e quand il sera traité.",
                takeFocus: false,
              });
            }}
            onCancel={() => REPORT_MODAL.close()}
          />
        )}
      </REPORT_MODAL.Component>
      <PairingReports mentorship={mentorship} />
    </>
  );
}
