import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRef, useState } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Challenge } from "../../../lib/api/types";
import { useSaveMyEntry, useWithdrawMyEntry } from "../api/save-my-entry";
import { useMyChallengeEntry } from "../api/use-challenges";
import { formatParisDateTime } from "../utils/paris-time";
import { EntryContent } from "./entry-content";
import { EntryForm } from "./entry-form";

const withdrawModal = createModal({ id: "withdraw-entry", isOpenedByDefault: false });

/** While a challenge is open: the rule, then my entry (to submit, change or withdraw). */
export function MyEntrySection({ challenge }: { challenge: Challenge }) {
  const mine = useMyChallengeEntry(challenge.id);
  // Here rather than in the form: the form goes away as soon as the entry is saved, and the page still answers.
  const save = useSaveMyEntry(challenge.id);
  const withdraw = useWithdrawMyEntry(challenge.id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const saved = (message: string) => {
    setEditing(false);
    setNotice(message);
    heading.current?.focus();
  };

  const closesAt = formatParisDateTime(challenge.closesAt);
  return (
    <section aria-labelledby="my-entry-heading" className="fr-mt-6w">
      <h2 id="my-entry-heading" ref={heading} tabIndex={-1}>
        Ma participation
      </h2>
      <Alert
        severity="info"
        small
        className="fr-mb-3w"
        description={`Les participations restent cachées jusqu'à la clôture, le ${closesAt} : personne ne voit la vôtre, et vous ne voyez pas celles des autres. Ne commencez pas en avance, ne copiez pas : c'est en cherchant qu'on apprend. Vous pouvez modifier ou retirer votre participation jusqu'à la clôture.`}
      />
      <div aria-live="polite">{notice && <p className="fr-text--bold">{notice}</p>}</div>
      {mine.isError ? (
        <ProblemAlert error={mine.error} title="Votre participation n'a pas pu être chargée" />
      ) : !mine.isSuccess ? (
        <LoadingMessage>Chargement de votre participation…</LoadingMessage>
      ) : mine.data && !editing ? (
        <div className="fr-card fr-card--no-arrow fr-p-3w">
          <ul className="fr-badges-group">
            <li>
              <Badge severity="success" small>
                Participation enregistrée
              </Badge>
            </li>
            {mine.data.vestiaire && (
              <li>
                <Badge severity="new" small>
                  Vestiaire
                </Badge>
              </li>
            )}
          </ul>
          <EntryContent entry={mine.data} />
          <ButtonsGroup
            inlineLayoutWhen="always"
            buttonsSize="small"
            buttons={[
              {
                children: "Modifier ma participation",
                priority: "secondary",
                iconId: "fr-icon-edit-line",
                onClick: () => setEditing(true),
              },
              {
                children: "Retirer ma participation",
                priority: "tertiary",
                iconId: "fr-icon-delete-line",
                onClick: () => {
                  withdraw.reset();
                  withdrawModal.open();
                },
              },
            ]}
          />
        </div>
      ) : (
        <EntryForm
          entry={mine.data}
          isPending={save.isPending}
          error={save.error}
          onEdit={save.reset}
          onSubmit={(entry) =>
            save.mutate(entry, {
              onSuccess: () =>
                saved(
                  mine.data
                    ? "Votre participation est modifiée."
                    : "Votre participation est enregistrée. Elle restera cachée jusqu'à la clôture.",
                ),
            })
          }
          onCancel={
            mine.data
              ? () => {
                  save.reset();
                  setEditing(false);
                }
              : undefined
          }
        />
      )}
      <withdrawModal.Component
        title="Retirer votre participation ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Retirer ma participation",
            doClosesModal: false,
            disabled: withdraw.isPending,
            onClick: () =>
              withdraw.mutate(undefined, {
                onSuccess: () => {
                  withdrawModal.close();
                  saved("Votre participation est retirée. Vous pouvez en déposer une autre jusqu'à la clôture.");
                },
              }),
          },
        ]}
      >
        <p>Votre participation sera supprimée. Vous pourrez en déposer une nouvelle tant que le défi est ouvert.</p>
        {withdraw.isError && <ProblemAlert error={withdraw.error} title="Le retrait n'a pas abouti" />}
      </withdrawModal.Component>
    </section>
  );
}
