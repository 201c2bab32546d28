import { Card } from "@codegouvfr/react-dsfr/Card";
import { paths } from "../../../config/paths";
import type { ChallengeSummary } from "../../../lib/api/types";
import { entryCountLabel } from "../utils/challenge-labels";
import { formatParisPeriod } from "../utils/paris-time";
import { ChallengeBadges } from "./challenge-badges";

type ChallengeCardProps = { challenge: ChallengeSummary; titleAs?: "h2" | "h3" | "h4" };

/** One challenge of a list: its title links to its page; its dataset, state, level, language, dates and number of entries. */
export function ChallengeCard({ challenge, titleAs = "h3" }: ChallengeCardProps) {
  return (
    <Card
      title={challenge.title}
      titleAs={titleAs}
      enlargeLink
      size="small"
      linkProps={{ to: paths.challenges.challenge.getHref(challenge.id) }}
      start={<ChallengeBadges challenge={challenge} small />}
      desc={challenge.datasetTitle ? `Jeu de données : ${challenge.datasetTitle}` : undefined}
      endDetail={
        <>
          {formatParisPeriod(challenge.opensAt, challenge.closesAt)}
          <br />
          {entryCountLabel(challenge.entryCount)}
          {challenge.myEntry && " · vous avez participé"}
        </>
      }
    />
  );
}
