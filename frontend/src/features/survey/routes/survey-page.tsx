import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { formatDate } from "../../../utils/format-date";
import { useCurrentSurvey } from "../api/survey-queries";
import { SurveyForm } from "../components/survey-form";

const TITLE = "Enquête de satisfaction";

/** The open survey as a member answers it: the form, then the thanks; once answered, the page says so. */
export function SurveyPage() {
  useDocumentTitle(TITLE);
  const current = useCurrentSurvey();
  const [thanked, setThanked] = useState(false);
  const thanks = useRef<HTMLDivElement>(null);

  const answered = () => {
    setThanked(true);
    requestAnimationFrame(() => thanks.current?.focus());
  };

  return (
    <div className="fr-py-6w">
      <h1>{current.data?.campaign?.title ?? TITLE}</h1>
      {current.isPending && <LoadingMessage>Chargement de l'enquête…</LoadingMessage>}
      {current.isError && <ProblemAlert error={current.error} title="L'enquête n'a pas pu être chargée" />}
      {thanked ? (
        <div ref={thanks} tabIndex={-1}>
          <Alert
            as="h2"
            severity="success"
            title="Merci pour votre réponse !"
            description={
              <>
                Elle est enregistrée de façon anonyme et aidera les animateurs à mieux faire vivre la communauté.{" "}
                <Link to={paths.home.getHref()}>Retour à mon espace</Link>
              </>
            }
          />
        </div>
      ) : (
        current.isSuccess &&
        (!current.data.campaign ? (
          <div className="fr-callout">
            <p className="fr-callout__text">
              Aucune enquête n'est ouverte en ce moment. Vous serez prévenu·e à l'ouverture de la prochaine.
            </p>
          </div>
        ) : current.data.answered ? (
          <Alert
            as="h2"
            severity="info"
            title="Vous avez déjà répondu à cette enquête"
            description="Merci pour votre participation ! Une seule réponse est possible par campagne."
          />
        ) : (
          <>
            <p className="fr-text--lead">
              Cinq questions, deux minutes. Vos réponses sont anonymes : elles sont enregistrées sans votre nom, et seul le fait que vous
              avez répondu est noté, pour n'accepter qu'une réponse. Réponses jusqu'au {formatDate(current.data.campaign.closesOn)}.
            </p>
            <SurveyForm campaignId={current.data.campaign.id} onAnswered={answered} />
          </>
        ))
      )}
    </div>
  );
}
