import { Card } from "@codegouvfr/react-dsfr/Card";
import type { ReactNode } from "react";
import { paths } from "../../../config/paths";
import type { MentorSuggestion } from "../../../lib/api/types";
import { organizationLabel } from "../../../lib/referentials/organizations";
import { freePlacesLabel, scoreLabel, spokenScoreLabel } from "../utils/suggestion-labels";
import { ReasonTags } from "./reason-tags";

type SuggestionCardProps = {
  suggestion: MentorSuggestion;
  maxScore: number;
  /** What the member can do with this mentor (ask for mentoring), when they can. */
  action?: ReactNode;
};

/** A suggested mentor: who they are, how compatible, why, and how many people they can still take. */
export function SuggestionCard({ suggestion: { mentor, score, freePlaces, reasons }, maxScore, action }: SuggestionCardProps) {
  const whereabouts = [mentor.organization && organizationLabel(mentor.organization), mentor.regionName ?? mentor.region]
    .filter(Boolean)
    .join(" · ");
  return (
    <Card
      title={mentor.displayName}
      titleAs="h3"
      linkProps={{ to: paths.members.member.getHref(mentor.id) }}
      size="small"
      desc={
        <>
          {mentor.jobTitle && <span className="fr-text--bold">{mentor.jobTitle}</span>}
          {mentor.jobTitle && whereabouts && <br />}
          {whereabouts}
        </>
      }
      end={
        <>
          <p className="fr-mb-1w">
            Compatibilité :{" "}
            <span aria-hidden="true" className="fr-text--bold">
              {scoreLabel(score, maxScore)}
            </span>
            <span className="fr-sr-only">{spokenScoreLabel(score, maxScore)}</span>
          </p>
          <ReasonTags reasons={reasons} />
        </>
      }
      endDetail={freePlacesLabel(freePlaces)}
      footer={action}
    />
  );
}
