import { Card } from "@codegouvfr/react-dsfr/Card";
import { paths } from "../../../config/paths";
import type { MentorshipSummary } from "../../../lib/api/types";
import { organizationLabel } from "../../../lib/referentials/organizations";
import { formatDate } from "../../../utils/format-date";
import { goalProgressLabel, ROLE_LABELS } from "../utils/mentorship-labels";
import { MentorshipStatusBadge } from "./mentorship-status-badge";
import { ProgrammeProposalBadge } from "./programme-proposal-badge";

function datesOf(mentorship: MentorshipSummary): string {
  return [
    `Demandé le ${formatDate(mentorship.requestedAt)}`,
    mentorship.startedAt && `commencé le ${formatDate(mentorship.startedAt)}`,
    mentorship.endedAt && `terminé le ${formatDate(mentorship.endedAt)}`,
  ]
    .filter(Boolean)
    .join(", ");
}

/** One pairing of "Mes mentorats", under the heading of my role in it: my side of it, the other person, its state, dates and goals. */
export function MentorshipSummaryCard({ mentorship }: { mentorship: MentorshipSummary }) {
  const { counterpart } = mentorship;
  const position = [counterpart.jobTitle, counterpart.organization && organizationLabel(counterpart.organization)]
    .filter(Boolean)
    .join(" · ");
  return (
    <Card
      title={counterpart.displayName}
      titleAs="h4"
      enlargeLink
      linkProps={{ to: paths.mentorships.mentorship.getHref(mentorship.id) }}
      size="small"
      detail={ROLE_LABELS[mentorship.myRole]}
      start={
        <ul className="fr-badges-group">
          <li>
            <MentorshipStatusBadge status={mentorship.status} small />
          </li>
          {mentorship.proposedByProgramme && (
            <li>
              <ProgrammeProposalBadge small />
            </li>
          )}
        </ul>
      }
      desc={position || undefined}
      endDetail={
        <>
          {datesOf(mentorship)}
          <br />
          Objectifs : {goalProgressLabel(mentorship.goals)}
        </>
      }
    />
  );
}
