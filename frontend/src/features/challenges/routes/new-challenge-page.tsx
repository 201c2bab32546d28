import { useNavigate } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { CenteredColumn } from "../../../components/centered-column";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { flashState } from "../../../lib/flash-message";
import { useCreateChallenge } from "../api/edit-challenge";
import { ChallengeForm } from "../components/challenge-form";
import { emptyDraft } from "../utils/challenge-draft";

const TITLE = "Publier un défi";

function NewChallenge() {
  const navigate = useNavigate();
  const create = useCreateChallenge();
  return (
    <CenteredColumn>
      <h1>{TITLE}</h1>
      <p>Le défi de la semaine : une question sur un jeu de données ouvert, que chacun traite à son niveau.</p>
      <ChallengeForm
        initial={emptyDraft()}
        submitLabel="Publier le défi"
        isPending={create.isPending}
        error={create.error}
        onEdit={create.reset}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (created) =>
              navigate(paths.challenges.challenge.getHref(created.id), { state: flashState("Le défi est publié.", "success") }),
          })
        }
      />
    </CenteredColumn>
  );
}

export function NewChallengePage() {
  useDocumentTitle(TITLE);
  return (
    <AnimateurOnly title={TITLE}>
      <NewChallenge />
    </AnimateurOnly>
  );
}
