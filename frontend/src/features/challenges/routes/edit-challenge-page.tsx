import { useNavigate, useParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { CenteredColumn } from "../../../components/centered-column";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { Challenge } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { useUpdateChallenge } from "../api/edit-challenge";
import { useChallenge } from "../api/use-challenges";
import { ChallengeForm } from "../components/challenge-form";
import { changesOf, draftOf } from "../utils/challenge-draft";

const TITLE = "Modifier le défi";

function EditForm({ challenge }: { challenge: Challenge }) {
  const navigate = useNavigate();
  const update = useUpdateChallenge(challenge.id);
  const done = () => navigate(paths.challenges.challenge.getHref(challenge.id), { state: flashState("Le défi est modifié.", "success") });
  return (
    <ChallengeForm
      initial={draftOf(challenge)}
      currentDataset={challenge.dataset}
      submitLabel="Enregistrer les modifications"
      isPending={update.isPending}
      error={update.error}
      onEdit={update.reset}
      onSubmit={(body, changeDataset) => {
        const changes = changesOf(challenge, body, changeDataset);
        if (Object.keys(changes).length === 0) done();
        else update.mutate(changes, { onSuccess: done });
      }}
    />
  );
}

function EditChallenge() {
  const { id = "" } = useParams();
  const challenge = useChallenge(id);
  if (isNotFound(challenge.error)) return <NotFoundPage />;
  return (
    <CenteredColumn>
      <h1>{TITLE}</h1>
      {challenge.isError ? (
        <ProblemAlert error={challenge.error} title="Ce défi n'a pas pu être chargé" />
      ) : !challenge.isSuccess ? (
        <LoadingMessage>Chargement du défi…</LoadingMessage>
      ) : (
        <>
          <p>« {challenge.data.title} »</p>
          <EditForm challenge={challenge.data} />
        </>
      )}
    </CenteredColumn>
  );
}

export function EditChallengePage() {
  useDocumentTitle(TITLE);
  return (
    <AnimateurOnly title={TITLE}>
      <EditChallenge />
    </AnimateurOnly>
  );
}
