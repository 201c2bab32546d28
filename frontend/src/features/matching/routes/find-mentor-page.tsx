import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { MentorSuggestion, MentorSuggestions } from "../../../lib/api/types";
import { useMentorSuggestions } from "../api/get-mentor-suggestions";
import { SuggestionCard } from "../components/suggestion-card";
import { SuggestionsBasis } from "../components/suggestions-basis";
import { suggestionCountLabel } from "../utils/suggestion-labels";

type FindMentorPageProps = {
  /** Asking a suggested mentor for mentoring, a feature of its own, composed by the app layer. */
  renderRequestAction?: (suggestion: MentorSuggestion) => ReactNode;
};

function Suggestions({ suggestions, renderRequestAction }: { suggestions: MentorSuggestions } & FindMentorPageProps) {
  const { items, maxScore, canRequest } = suggestions;
  if (items.length === 0) {
    return (
      <>
        <h2 className="fr-h4">Aucun mentor suggéré pour le moment</h2>
        <p>
          Vous pouvez aussi <Link to={paths.members.directory.getHref({ mentorsOnly: true })}>chercher un mentor dans l'annuaire</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="fr-h4">{suggestionCountLabel(items.length)}</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {items.map((suggestion) => (
          <li key={suggestion.mentor.id} className="fr-col-12 fr-col-md-6">
            <SuggestionCard
              suggestion={suggestion}
              maxScore={maxScore}
              action={canRequest ? renderRequestAction?.(suggestion) : undefined}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

export function FindMentorPage({ renderRequestAction }: FindMentorPageProps) {
  useDocumentTitle("Trouver un mentor");
  const suggestions = useMentorSuggestions();

  return (
    <div className="fr-py-6w">
      <h1>Trouver un mentor</h1>
      <p className="fr-text--lead">
        Les mentors disponibles qui maîtrisent ce que vous souhaitez apprendre, du plus au moins compatible, avec les raisons de chaque
        suggestion.
      </p>
      {suggestions.isPending && <LoadingMessage>Recherche de mentors…</LoadingMessage>}
      {suggestions.isError && <ProblemAlert error={suggestions.error} title="Les suggestions n'ont pas pu être chargées" />}
      {suggestions.isSuccess && (
        <>
          <SuggestionsBasis basedOn={suggestions.data.basedOn} learningSkillsDeclared={suggestions.data.learningSkillsDeclared} />
          {suggestions.data.notice && <Alert severity="info" small className="fr-mb-4w" description={suggestions.data.notice} />}
          <Suggestions suggestions={suggestions.data} renderRequestAction={renderRequestAction} />
        </>
      )}
    </div>
  );
}
