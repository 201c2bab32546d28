import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { describeError } from "../../../lib/api/api-error";
import type { MatchingProposal } from "../../../lib/api/types";
import { useSetProposalRemoved } from "../api/set-proposal-removed";

const pairName = ({ mentee, mentor }: MatchingProposal) => `le binôme de ${mentee.displayName} avec ${mentor.displayName}`;

/** Before confirmation: takes the pair out of the proposal, or puts it back. */
export function ProposalToggle({ runId, proposal }: { runId: string; proposal: MatchingProposal }) {
  const change = useSetProposalRemoved(runId);
  const { removed } = proposal;
  return (
    <>
      {removed && (
        <Badge small className="fr-mb-1w">
          Retiré
        </Badge>
      )}
      <Button
        size="small"
        priority={removed ? "secondary" : "tertiary"}
        disabled={change.isPending}
        onClick={() => change.mutate({ menteeId: proposal.mentee.id, removed: !removed })}
      >
        {removed ? "Remettre" : "Retirer"} <span className="fr-sr-only">{pairName(proposal)}</span>
      </Button>
      {change.isError && (
        <p className="fr-error-text" role="alert">
          {describeError(change.error)}
        </p>
      )}
    </>
  );
}

/** After confirmation: what became of the pair. */
export function ProposalOutcome({ proposal }: { proposal: MatchingProposal }) {
  if (proposal.removed) return <Badge small>Retiré</Badge>;
  if (proposal.outcome === "CREATED") {
    return (
      <>
        <Badge small severity="success">
          Demande envoyée
        </Badge>
        {proposal.mentorshipId && (
          <p className="fr-text--sm fr-mt-1w fr-mb-0">
            <Link to={paths.mentorships.mentorship.getHref(proposal.mentorshipId)}>
              Voir la demande <span className="fr-sr-only">pour {pairName(proposal)}</span>
            </Link>
          </p>
        )}
      </>
    );
  }
  if (proposal.outcome === "SKIPPED") {
    return <p className="fr-text--sm fr-mb-0">Écarté : {proposal.outcomeDetail ?? "la situation a changé depuis le calcul."}</p>;
  }
  return null;
}
