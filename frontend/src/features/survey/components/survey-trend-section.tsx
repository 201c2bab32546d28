import { Table } from "@codegouvfr/react-dsfr/Table";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { formatDate } from "../../../utils/format-date";
import { useSurveyTrend } from "../api/survey-queries";

const rate = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const signed = (nps: number) => (nps > 0 ? `+${nps}` : String(nps));

/**
 * The satisfaction survey's campaigns compared over time, on the public statistics page: only closed campaigns of at
 * least 5 answers are published (the API leaves the others out).
 */
export function SurveyTrendSection() {
  const trend = useSurveyTrend();
  return (
    <section aria-labelledby="statistiques-enquete" className="fr-mt-6w">
      <h2 id="statistiques-enquete">La satisfaction des membres</h2>
      <p>
        Régulièrement, la communauté demande à ses membres, de façon anonyme, s'ils la recommanderaient à un collègue (de 0 à 10). Le score
        net de recommandation est la part de ceux qui répondent 9 ou 10, moins la part de ceux qui répondent de 0 à 6 : il va de −100 à
        +100.
      </p>
      {trend.isPending ? (
        <LoadingMessage>Chargement des enquêtes…</LoadingMessage>
      ) : trend.isError ? (
        <ProblemAlert error={trend.error} title="Les résultats des enquêtes sont momentanément indisponibles" />
      ) : trend.data.campaigns.length === 0 ? (
        <p>Les résultats des enquêtes closes seront publiés ici dès que l'une d'elles aura reçu au moins 5 réponses.</p>
      ) : (
        <Table
          caption="Enquêtes de satisfaction closes"
          headers={["Enquête", "Période", "Réponses", "Taux de réponse", "Score net de recommandation"]}
          data={trend.data.campaigns.map((campaign) => [
            campaign.title,
            `du ${formatDate(campaign.openedOn)} au ${formatDate(campaign.closedOn)}`,
            String(campaign.answers),
            `${rate.format(campaign.responseRate)} %`,
            signed(campaign.nps),
          ])}
        />
      )}
    </section>
  );
}
