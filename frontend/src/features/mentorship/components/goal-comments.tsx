import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState } from "../../../lib/api/field-errors";
import type { MentorshipGoal } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useCommentMentorshipGoal } from "../api/comment-mentorship-goal";

function CommentForm({ mentorshipId, goal }: { mentorshipId: string; goal: MentorshipGoal }) {
  const [body, setBody] = useState("");
  const [missing, setMissing] = useState(false);
  const comment = useCommentMentorshipGoal(mentorshipId, goal.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    comment.mutate({ body: body.trim() }, { onSuccess: () => setBody("") });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Input
        label={`Commenter « ${goal.title} »`}
        textArea
        {...fieldState(missing ? "Écrivez votre commentaire." : undefined)}
        nativeTextAreaProps={{
          rows: 2,
          maxLength: 2000,
          value: body,
          onChange: (event) => {
            setBody(event.target.value);
            setMissing(false);
            comment.reset();
          },
        }}
      />
      {comment.isError && <ProblemAlert error={comment.error} title="Votre commentaire n'a pas été ajouté" />}
      <Button type="submit" size="small" priority="secondary" disabled={comment.isPending}>
        Ajouter le commentaire
      </Button>
    </form>
  );
}

/** The exchange about one goal, folded in an accordion: comments oldest first, and a form while the pairing is open. */
export function GoalComments({ mentorshipId, goal, editable }: { mentorshipId: string; goal: MentorshipGoal; editable: boolean }) {
  const count = goal.comments.length;
  return (
    <Accordion titleAs="h3" label={`Commentaires sur « ${goal.title} » (${count})`}>
      {count === 0 ? (
        <p>Aucun commentaire pour le moment.</p>
      ) : (
        <ul>
          {goal.comments.map((comment) => (
            <li key={comment.id} className="fr-mb-2w">
              <strong>{comment.authorName ?? "Ancien membre"}</strong>,{" "}
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time> :
              <br />
              <span style={{ whiteSpace: "pre-line" }}>{comment.body}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && <CommentForm mentorshipId={mentorshipId} goal={goal} />}
    </Accordion>
  );
}
