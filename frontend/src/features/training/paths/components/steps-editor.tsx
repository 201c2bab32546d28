import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../../components/problem-alert";
import { useDeletePathStep, useUpdatePathStep } from "../api/path-mutations";
import type { PathStep, PathView } from "../api/path-types";
import { ConfirmBox, StepTextFields } from "./step-note-form";
import { StepResource } from "./step-resource";

type Control = "up" | "down" | "position";

const controlId = (stepId: string, control: Control) => `step-${stepId}-${control}`;

function StepTextEditor({ pathId, step, onDone }: { pathId: string; step: PathStep; onDone: (saved: boolean) => void }) {
  const [note, setNote] = useState(step.note ?? "");
  const [checkpoint, setCheckpoint] = useState(step.checkpoint ?? "");
  const update = useUpdatePathStep(pathId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ stepId: step.id, body: { note: note.trim(), checkpoint: checkpoint.trim() } }, { onSuccess: () => onDone(true) });
  };
  return (
    <form onSubmit={submit} noValidate className="fr-mt-2w">
      <StepTextFields
        idPrefix={`step-${step.id}`}
        note={note}
        checkpoint={checkpoint}
        onNoteChange={setNote}
        onCheckpointChange={setCheckpoint}
        error={update.error}
      />
      {update.isError && <ProblemAlert error={update.error} title="L'étape n'a pas été modifiée" fieldNames={["note", "checkpoint"]} />}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        <li>
          <Button type="submit" disabled={update.isPending}>
            Enregistrer l'étape
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => onDone(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

/**
 * The author's steps, in order: move one with « Monter » / « Descendre » or by choosing its position, edit its note and
 * checkpoint, or take it out. Every move is made with buttons or a list, never by dragging, and is announced.
 */
export function StepsEditor({ path }: { path: PathView }) {
  const move = useUpdatePathStep(path.id);
  const remove = useDeletePathStep(path.id);
  const [announcement, setAnnouncement] = useState("");
  const [focusAfterMove, setFocusAfterMove] = useState<{ stepId: string; control: Control } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const total = path.steps.length;

  // Once the list shows the move, the focus goes back to the control used (or the other arrow at either end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const step = path.steps.find((candidate) => candidate.id === focusAfterMove.stepId);
    if (!step) return;
    let control = focusAfterMove.control;
    if (control === "up" && step.position === 1) control = "down";
    if (control === "down" && step.position === total) control = "up";
    document.getElementById(controlId(step.id, control))?.focus();
  }, [path.steps, focusAfterMove, total]);

  const moveTo = (step: PathStep, position: number, control: Control) => {
    if (position < 1 || position > total || position === step.position) return;
    move.mutate(
      { stepId: step.id, body: { position } },
      {
        onSuccess: () => {
          setAnnouncement(`« ${step.resource.title} » est maintenant l'étape ${position} sur ${total}.`);
          setFocusAfterMove({ stepId: step.id, control });
        },
      },
    );
  };

  if (total === 0) {
    return <p>Ce parcours n'a pas encore d'étape. Cherchez une ressource de la bibliothèque ci-dessous pour ajouter la première.</p>;
  }

  return (
    <>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {move.isError && <ProblemAlert error={move.error} title="L'étape n'a pas été déplacée" />}
      {remove.isError && <ProblemAlert error={remove.error} title="L'étape n'a pas été retirée" />}
      {/* Focused after a step is taken out, so that the focus is not lost with the step's buttons. */}
      <ol ref={list} tabIndex={-1} className="fr-raw-list" aria-label="Étapes du parcours">
        {path.steps.map((step) => {
          const name = `l'étape ${step.position} (${step.resource.title})`;
          return (
            <li key={step.id} className="fr-mb-3w fr-p-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
              <h3 className="fr-h6 fr-mb-1w">
                Étape {step.position} : {step.resource.title}
              </h3>
              <StepResource resource={step.resource} />
              {step.note && <p className="fr-text--sm fr-mb-1w">Conseil : {step.note}</p>}
              {step.checkpoint && <p className="fr-text--sm fr-mb-1w">Exercice : {step.checkpoint}</p>}
              <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                <div className="fr-col-12 fr-col-md-auto">
                  <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-0">
                    <li>
                      <Button
                        id={controlId(step.id, "up")}
                        priority="secondary"
                        iconId="fr-icon-arrow-up-line"
                        disabled={step.position === 1 || move.isPending}
                        onClick={() => moveTo(step, step.position - 1, "up")}
                      >
                        Monter <span className="fr-sr-only">{name}</span>
                      </Button>
                    </li>
                    <li>
                      <Button
                        id={controlId(step.id, "down")}
                        priority="secondary"
                        iconId="fr-icon-arrow-down-line"
                        disabled={step.position === total || move.isPending}
                        onClick={() => moveTo(step, step.position + 1, "down")}
                      >
                        Descendre <span className="fr-sr-only">{name}</span>
                      </Button>
                    </li>
                  </ul>
                </div>
                <div className="fr-col-12 fr-col-md-4">
                  <Select
                    label={
                      <>
                        Position <span className="fr-sr-only">de {name}</span>
                      </>
                    }
                    nativeSelectProps={{
                      id: controlId(step.id, "position"),
                      value: String(step.position),
                      disabled: move.isPending,
                      onChange: (event) => moveTo(step, Number(event.target.value), "position"),
                    }}
                  >
                    {path.steps.map((_, index) => (
                      <option key={index + 1} value={index + 1}>
                        {index + 1}
                      </option>
                    ))}
                  </Select>
                </div>
              </div>
              <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w">
                <li>
                  <Button priority="tertiary" iconId="fr-icon-edit-line" onClick={() => setEditing(editing === step.id ? null : step.id)}>
                    Conseil et exercice <span className="fr-sr-only">de {name}</span>
                  </Button>
                </li>
                <li>
                  <Button priority="tertiary" iconId="fr-icon-delete-line" onClick={() => setRemoving(step.id)}>
                    Retirer <span className="fr-sr-only">{name}</span>
                  </Button>
                </li>
              </ul>
              {editing === step.id && (
                <StepTextEditor
                  pathId={path.id}
                  step={step}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) setAnnouncement(`Le conseil et l'exercice de ${name} sont enregistrés.`);
                  }}
                />
              )}
              {removing === step.id && (
                <ConfirmBox
                  id={`remove-${step.id}`}
                  question={`Retirer ${name} ?`}
                  consequence="Les étapes suivantes remonteront d'un rang ; les membres qui l'avaient cochée ne la verront plus."
                  confirmLabel="Retirer l'étape"
                  isPending={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(step.id, {
                      onSuccess: () => {
                        setRemoving(null);
                        list.current?.focus();
                        setAnnouncement(`${name[0].toUpperCase()}${name.slice(1)} est retirée du parcours.`);
                      },
                    })
                  }
                  onCancel={() => setRemoving(null)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
