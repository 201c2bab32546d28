import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState } from "../../../lib/api/field-errors";
import type { Mentorship, MentorshipFeedback, MentorshipFeedbackEntry } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useMentorshipFeedback } from "../api/get-mentorship-feedback";
import { useGiveMentorshipFeedback } from "../api/give-mentorship-feedback";
import { RATINGS, ratingLabel, ratingOptionLabel } from "../utils/mentorship-labels";
import { counterpartOf } from "../utils/mentorship-rules";

type Rating = (typeof RATINGS)[number];

function FeedbackEntry({ title, entry }: { title: string; entry: MentorshipFeedbackEntry }) {
  return (
    <div className="fr-mb-3w">
      <h3 className="fr-h6 fr-mb-1w">{title}</h3>
      <p className="fr-mb-1w">
        Note : <strong>{ratingLabel(entry.rating)}</strong>, le {formatDate(entry.createdAt)}
      </p>
      {entry.comment && <blockquote style={{ whiteSpace: "pre-line" }}>« {entry.comment} »</blockquote>}
    </div>
  );
}

function FeedbackForm({ mentorshipId, otherName }: { mentorshipId: string; otherName: string }) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState("");
  const [missingRating, setMissingRating] = useState(false);
  const give = useGiveMentorshipFeedback(mentorshipId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rating === null) {
      setMissingRating(true);
      return;
    }
    const text = comment.trim();
    give.mutate(text ? { rating, comment: text } : { rating });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 className="fr-h6">Votre avis</h3>
      <RadioButtons
        legend="Êtes-vous satisfait·e de ce mentorat ?"
        name="rating"
        {...fieldState(missingRating ? "Choisissez une note." : undefined)}
        options={RATINGS.map((value) => ({
          label: ratingOptionLabel(value),
          nativeInputProps: {
            value,
            checked: rating === value,
            onChange: () => {
              setRating(value);
              setMissingRating(false);
            },
          },
        }))}
      />
      <Input
        label="Votre commentaire (facultatif)"
        hintText={`${otherName} le lira une fois que vous aurez tous deux donné votre avis.`}
        textArea
        nativeTextAreaProps={{
          name: "comment",
          rows: 3,
          maxLength: 2000,
          value: comment,
          onChange: (event) => setComment(event.target.value),
        }}
      />
      {give.isError && <ProblemAlert error={give.error} title="Votre avis n'a pas été enregistré" />}
      <Button type="submit" disabled={give.isPending}>
        Envoyer mon avis
      </Button>
    </form>
  );
}

function TheirFeedback({ feedback, otherName }: { feedback: MentorshipFeedback; otherName: string }) {
  if (feedback.theirs) return <FeedbackEntry title={`L'avis de ${otherName}`} entry={feedback.theirs} />;
  if (!feedback.theirsHidden) return <p>{otherName} n'a pas encore donné son avis.</p>;
  const until = feedback.revealAt ? `, ou au plus tard le ${formatDate(feedback.revealAt)}` : "";
  return (
    <p>
      {otherName} a donné son avis : vous le lirez quand vous aurez donné le vôtre{until}.
    </p>
  );
}

/** Once the pairing is over, each party rates it once; the other side's feedback shows when both have answered. */
export function MentorshipFeedbackSection({ mentorship }: { mentorship: Mentorship }) {
  const feedback = useMentorshipFeedback(mentorship.id);
  const otherName = counterpartOf(mentorship).displayName;

  if (feedback.isPending) return <LoadingMessage>Chargement des avis…</LoadingMessage>;
  if (feedback.isError) return <ProblemAlert error={feedback.error} title="Les avis n'ont pas pu être chargés" />;

  return (
    <>
      {feedback.data.mine ? (
        <FeedbackEntry title="Votre avis" entry={feedback.data.mine} />
      ) : (
        <FeedbackForm mentorshipId={mentorship.id} otherName={otherName} />
      )}
      <div className="fr-mt-4w" role="status">
        <TheirFeedback feedback={feedback.data} otherName={otherName} />
      </div>
    </>
  );
}
