import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { formatDate } from "../../../utils/format-date";
import { useCurrentSurvey } from "../api/survey-queries";

/** On « Mon espace »: the open survey the member has not answered yet, with the link to answer it. */
export function SurveyCallout() {
  const current = useCurrentSurvey();
  const campaign = current.data?.campaign;
  if (!campaign || current.data?.answered) return null;
  return (
    <div className="fr-callout fr-icon-questionnaire-line fr-mb-4w">
      <h2 className="fr-callout__title">{campaign.title}</h2>
      <p className="fr-callout__text">
        Donnez votre avis sur la communauté en deux minutes, de façon anonyme, jusqu'au {formatDate(campaign.closesOn)}.
      </p>
      <Link className="fr-btn" to={paths.survey.getHref()}>
        Répondre à l'enquête
      </Link>
    </div>
  );
}
