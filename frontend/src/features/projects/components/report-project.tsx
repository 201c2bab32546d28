import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { Project, ProjectReportReason } from "../../../lib/api/types";
import { PROJECT_REPORT_REASON_LABELS, PROJECT_REPORT_REASONS } from "../../../lib/referentials/labels";
import { useReportProject } from "../api/report-project";

const REPORT_MODAL = createModal({ id: "project-report-modal", isOpenedByDefault: false });

const REPORT_FIELDS = ["reason", "comment"] as const;

type ReportFormProps = { project: Project; onSent: () => void; onCancel: () => void };

function ReportForm({ project, onSent, onCancel }: ReportFormProps) {
  const report = useReportProject(project.id);
  const [reason, setReason] = useState<ProjectReportReason | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; comment?: string }>({});
  const serverErrors = mapFieldErrors(report.error, REPORT_FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = {
      reason: reason ? undefined : "Choisissez le motif du signalement.",
      comment: reason === "OTHER" && !comment.trim() ? "Précisez le problème : le commentaire est obligatoire pour « Autre »." : undefined,
    };
    setErrors(missing);
    if (!reason || missing.comment) return;
    report.mutate({ reason, comment: comment.trim() || undefined }, { onSuccess: onSent });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>
        Votre signalement est lu par les animateurs et administrateurs de la communauté, pas par l'équipe du projet. Ils pourront le classer
        sans suite ou archiver le projet ; vous serez prévenu·e de leur décision.
      </p>
      <RadioButtons
        legend="Motif (obligatoire)"
        name="reason"
        {...fieldState(errors.reason ?? serverErrors.reason)}
        options={PROJECT_REPORT_REASONS.map((value) => ({
          label: PROJECT_REPORT_REASON_LABELS[value],
          nativeInputProps: {
            value,
            checked: reason === value,
            onChange: () => {
              setReason(value);
              setErrors({});
              report.reset();
            },
          },
        }))}
      />
      <Input
        label={reason === "OTHER" ? "Commentaire (obligatoire)" : "Commentaire (facultatif)"}
        hintText="Ce qui pose problème, et où le voir. 1 000 caractères au plus."
        textArea
        {...fieldState(errors.comment ?? serverErrors.comment)}
        nativeTextAreaProps={{
          name: "comment",
          rows: 5,
          maxLength: 1000,
          value: comment,
          onChange: (event) => {
            setComment(event.target.value);
            setErrors({});
            report.reset();
          },
        }}
      />
      {report.isError && <ProblemAlert error={report.error} title="Le signalement n'a pas été envoyé" fieldNames={REPORT_FIELDS} />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Envoyer le signalement", type: "submit", disabled: report.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}

/** « Signaler ce projet » to the animateurs, in a modal, with a confirmation once sent. */
export function ReportProject({ project }: { project: Project }) {
  const [sent, setSent] = useState(false);
  const [opening, setOpening] = useState(0);
  useIsModalOpen(REPORT_MODAL, { onConceal: () => setOpening((n) => n + 1) });

  return (
    <section aria-labelledby="project-report-heading" className="fr-mb-6w">
      <h2 id="project-report-heading" className="fr-h6">
        Un problème avec ce projet ?
      </h2>
      <div aria-live="polite">
        {sent && (
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description="Votre signalement est transmis aux animateurs. Vous serez prévenu·e de leur décision."
          />
        )}
      </div>
      <Button
        priority="tertiary"
        size="small"
        iconId="fr-icon-flag-line"
        nativeButtonProps={REPORT_MODAL.buttonProps}
        onClick={() => setSent(false)}
      >
        Signaler ce projet
      </Button>
      <REPORT_MODAL.Component title="Signaler ce projet aux animateurs" titleAs="h2" size="large">
        <ReportForm
          key={opening}
          project={project}
          onSent={() => {
            REPORT_MODAL.close();
            setSent(true);
          }}
          onCancel={() => REPORT_MODAL.close()}
        />
      </REPORT_MODAL.Component>
    </section>
  );
}
