import { Badge } from "@codegouvfr/react-dsfr/Badge";

/** Marks a pairing that the animateurs' programme proposed, rather than one the mentee asked for. */
export function ProgrammeProposalBadge({ small = false }: { small?: boolean }) {
  return (
    <Badge className="fr-badge--purple-glycine" noIcon small={small}>
      Proposé par le programme
    </Badge>
  );
}
