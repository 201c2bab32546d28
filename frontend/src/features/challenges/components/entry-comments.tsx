import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useMemo, useState, type FormEvent } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { ChallengeEntry, ChallengeEntryComment } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useAddComment, useDeleteComment } from "../api/entry-reactions";
import { useEntryComments } from "../api/use-challenges";

function CommentForm({ challengeId, entry }: { challengeId: string; entry: ChallengeEntry }) {
  const [body, setBody] = useState("");
  const [missing, setMissing] = useState(false);
  const add = useAddComment(challengeId, entry.id);
  const serverMessage = mapFieldErrors(add.error, ["body"]).body;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    add.mutate({ body: body.trim() }, { onSuccess: () => setBody("") });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Input
        label={`Commenter la participation de ${entry.authorName}`}
        hintText="Un mot bienveillant : ce qui vous a plu, une idée pour aller plus loin."
        textArea
        {...fieldState(missing ? "Écrivez votre commentaire." : serverMessage)}
        nativeTextAreaProps={{
          rows: 2,
          maxLength: 2000,
          value: body,
          onChange: (event) => {
            setBody(event.target.value);
            setMissing(false);
            add.reset();
          },
        }}
      />
      {add.isError && <ProblemAlert error={add.error} title="Votre commentaire n'a pas été publié" fieldNames={["body"]} />}
      <Button type="submit" size="small" priority="secondary" disabled={add.isPending}>
        Publier le commentaire
      </Button>
    </form>
  );
}

type EntryCommentsProps = {
  challengeId: string;
  entry: ChallengeEntry;
  memberId: string | null;
  /** Animateurs may delete any comment; everyone else their own. */
  moderator: boolean;
};

/** The comments of an entry, folded: read when unfolded, oldest first; a form to add one; deletion with confirmation. */
export function EntryComments({ challengeId, entry, memberId, moderator }: EntryCommentsProps) {
  const [expanded, setExpanded] = useState(false);
  const comments = useEntryComments(challengeId, entry.id, expanded);
  const remove = useDeleteComment(challengeId, entry.id);
  const [toDelete, setToDelete] = useState<ChallengeEntryComment | null>(null);
  const modal = useMemo(() => createModal({ id: `delete-comment-${entry.id}`, isOpenedByDefault: false }), [entry.id]);

  return (
    <>
      <Accordion
        titleAs="h4"
        label={`Commentaires (${entry.commentCount})`}
        expanded={expanded}
        onExpandedChange={(next) => setExpanded(next)}
      >
        {comments.isError ? (
          <ProblemAlert error={comments.error} title="Les commentaires n'ont pas pu être chargés" />
        ) : !comments.isSuccess ? (
          <LoadingMessage>Chargement des commentaires…</LoadingMessage>
        ) : comments.data.items.length === 0 ? (
          <p>Aucun commentaire pour le moment. Soyez le premier ou la première à encourager {entry.authorName} !</p>
        ) : (
          <ul className="fr-raw-list">
            {comments.data.items.map((comment) => (
              <li key={comment.id} className="fr-mb-2w">
                <strong>{comment.authorName}</strong>, <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time> :
                <br />
                <span style={{ whiteSpace: "pre-line" }}>{comment.body}</span>
                {(moderator || comment.authorId === memberId) && (
                  <div>
                    <Button
                      size="small"
                      priority="tertiary no outline"
                      iconId="fr-icon-delete-line"
                      onClick={() => {
                        remove.reset();
                        setToDelete(comment);
                        modal.open();
                      }}
                    >
                      Supprimer <span className="fr-sr-only">le commentaire de {comment.authorName}</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <CommentForm challengeId={challengeId} entry={entry} />
      </Accordion>
      <modal.Component
        title="Supprimer ce commentaire ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Supprimer le commentaire",
            doClosesModal: false,
            disabled: remove.isPending,
            onClick: () => toDelete && remove.mutate(toDelete.id, { onSuccess: () => modal.close() }),
          },
        ]}
      >
        {toDelete && (
          <p>
            Le commentaire de {toDelete.authorName} disparaîtra : « {toDelete.body} »
          </p>
        )}
        {remove.isError && <ProblemAlert error={remove.error} title="La suppression n'a pas abouti" />}
      </modal.Component>
    </>
  );
}
