import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useNavigate, useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { Challenge } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { isAnimateurOrAdmin, useSession } from "../../../lib/session/use-session";
import { useDeleteChallenge } from "../api/edit-challenge";
import { useChallenge } from "../api/use-challenges";
import { ChallengeBadges } from "../components/challenge-badges";
import { DatasetDetails } from "../components/dataset-details";
import { EntriesSection } from "../components/entries-section";
import { MyEntrySection } from "../components/my-entry-section";
import { entryCountLabel } from "../utils/challenge-labels";
import { formatParisDateTime, formatParisPeriod } from "../utils/paris-time";

const deleteModal = createModal({ id: "delete-challenge", isOpenedByDefault: false });

/** Animateurs: change the challenge, or delete it after confirmation. */
function AnimateurControls({ challenge }: { challenge: Challenge }) {
  const navigate = useNavigate();
  const remove = useDeleteChallenge(challenge.id);
  return (
    <>
      <ButtonsGroup
        className="fr-mt-2w"
        inlineLayoutWhen="md and up"
        buttonsSize="small"
        buttons={[
          {
            children: "Modifier le défi",
            priority: "secondary",
            iconId: "fr-icon-edit-line",
            linkProps: { to: paths.challenges.edit.getHref(challenge.id) },
          },
          {
            children: "Supprimer le défi",
            priority: "tertiary",
            iconId: "fr-icon-delete-line",
            onClick: () => {
              remove.reset();
              deleteModal.open();
            },
          },
        ]}
      />
      <deleteModal.Component
        title={`Supprimer le défi « ${challenge.title} » ?`}
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Supprimer le défi",
            doClosesModal: false,
            disabled: remove.isPending,
            onClick: () =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  deleteModal.close();
                  navigate(paths.challenges.list.getHref(), {
                    state: flashState(`Le défi « ${challenge.title} » est supprimé.`, "success"),
                  });
                },
              }),
          },
        ]}
      >
        <p>Le défi disparaîtra pour tout le monde, avec ses participations. Une fois ouvert, seul un administrateur peut le supprimer.</p>
        {remove.isError && <ProblemAlert error={remove.error} title="La suppression n'a pas abouti" />}
      </deleteModal.Component>
    </>
  );
}

function ChallengeView({ challenge }: { challenge: Challenge }) {
  useDocumentTitle(challenge.title);
  const session = useSession();
  return (
    <div className="fr-py-6w">
      <h1>{challenge.title}</h1>
      <ChallengeBadges challenge={challenge} />
      <p className="fr-mt-2w fr-mb-1w">{formatParisPeriod(challenge.opensAt, challenge.closesAt)} (heure de Paris)</p>
      <p className="fr-text--sm">
        Publié par {challenge.publishedBy} · {entryCountLabel(challenge.entryCount)}
        {challenge.state === "OPEN" && " pour l'instant"}
      </p>
      {isAnimateurOrAdmin(session) && <AnimateurControls challenge={challenge} />}

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <section className="fr-col-12 fr-col-md-7" aria-labelledby="task-heading">
          <h2 id="task-heading">La consigne</h2>
          {/* The server renders the Markdown and sanitises the HTML: no script, no event handler, no javascript: link. */}
          <div className="challenge-task" dangerouslySetInnerHTML={{ __html: challenge.taskHtml }} />
        </section>
        <section className="fr-col-12 fr-col-md-5" aria-labelledby="dataset-heading">
          <h2 id="dataset-heading">Le jeu de données</h2>
          <DatasetDetails dataset={challenge.dataset} />
        </section>
      </div>

      {challenge.state === "UPCOMING" && (
        <Alert
          as="h2"
          className="fr-mt-6w"
          severity="info"
          title="Ce défi n'est pas encore ouvert"
          description={`Il ouvre le ${formatParisDateTime(challenge.opensAt)}. Vous pourrez alors déposer votre participation jusqu'au ${formatParisDateTime(challenge.closesAt)}.`}
        />
      )}
      {challenge.state === "OPEN" && <MyEntrySection challenge={challenge} />}
      {challenge.state === "CLOSED" && <EntriesSection challengeId={challenge.id} />}
    </div>
  );
}

export function ChallengePage() {
  const { id = "" } = useParams();
  const challenge = useChallenge(id);
  if (isNotFound(challenge.error)) return <NotFoundPage />;
  if (challenge.isError) {
    return (
      <div className="fr-py-6w">
        <h1>Défi</h1>
        <ProblemAlert error={challenge.error} title="Ce défi n'a pas pu être chargé" />
      </div>
    );
  }
  if (!challenge.isSuccess) return <LoadingMessage>Chargement du défi…</LoadingMessage>;
  return <ChallengeView challenge={challenge.data} />;
}
