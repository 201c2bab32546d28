import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { LoadingMessage } from "../../../components/loading-message";
import { paths } from "../../../config/paths";
import { useChallenges } from "../api/use-challenges";
import { entryCountLabel } from "../utils/challenge-labels";
import { formatParisDateTime, formatParisPeriod } from "../utils/paris-time";

/** « Le défi de la semaine » for the home page: the challenge open now, else the next one, else where to practise. */
export function WeeklyChallenge() {
  const current = useChallenges("current", 1);
  const upcoming = useChallenges("upcoming", 1);
  const open = current.data?.items[0];
  const next = upcoming.data?.items[0];

  let body;
  if (open) {
    body = (
      <CallOut
        title={open.title}
        titleAs="h3"
        buttonProps={{
          children: open.myEntry ? "Voir ma participation" : "Relever le défi",
          linkProps: { to: paths.challenges.challenge.getHref(open.id) },
        }}
      >
        Ouvert {formatParisPeriod(open.opensAt, open.closesAt)}. {entryCountLabel(open.entryCount)} pour l'instant.
      </CallOut>
    );
  } else if (current.isError && upcoming.isError) {
    body = <p>Le défi de la semaine n'a pas pu être chargé.</p>;
  } else if (!current.isSuccess || !upcoming.isSuccess) {
    body = <LoadingMessage>Chargement du défi de la semaine…</LoadingMessage>;
  } else if (next) {
    body = (
      <CallOut
        title={next.title}
        titleAs="h3"
        buttonProps={{ children: "Découvrir le prochain défi", linkProps: { to: paths.challenges.challenge.getHref(next.id) } }}
      >
        Il ouvre le {formatParisDateTime(next.opensAt)}.
      </CallOut>
    );
  } else {
    body = (
      <CallOut
        title="Pas de défi cette semaine"
        titleAs="h3"
        buttonProps={{ children: "Voir les défis passés", linkProps: { to: `${paths.challenges.list.getHref()}?periode=passes` } }}
      >
        Le prochain défi sera annoncé ici. En attendant, les défis passés restent ouverts comme exercices.
      </CallOut>
    );
  }

  return (
    <section aria-labelledby="weekly-challenge-heading" className="fr-my-6w">
      <h2 id="weekly-challenge-heading">Le défi de la semaine</h2>
      {body}
    </section>
  );
}
