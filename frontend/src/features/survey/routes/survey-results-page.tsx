import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { SurveyCount, SurveyResults, SurveySegment } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { surveyQueries } from "../api/survey-queries";
import { AGREEMENT_LABELS, CATEGORY_LABELS, ORGANIZATION_KIND_LABELS, PROGRESS_LABELS, WISH_LABELS } from "../utils/survey-labels";

const TITLE = "Résultats de l'enquête";
const BELOW_THRESHOLD = "moins de 5 réponses";
const SECRET = "masqué";

const percent = (value: number) => `${value.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} %`;
const signed = (nps: number) => (nps > 0 ? `+${nps}` : String(nps));

function share(count: number, total: number) {
  return total === 0 ? "—" : percent(Math.round((1000 * count) / total) / 10);
}

function CountTable({
  caption,
  counts,
  labels,
  total,
}: {
  caption: string;
  counts: SurveyCount[];
  labels: Record<string, string>;
  total: number;
}) {
  return (
    <Table
      caption={caption}
      headers={["Réponse", "Nombre", "Part"]}
      data={counts.map((c) => [labels[c.value] ?? c.value, String(c.count), share(c.count, total)])}
    />
  );
}

function SegmentTable({ caption, segments, labels }: { caption: string; segments: SurveySegment[]; labels: Record<string, string> }) {
  return (
    <Table
      caption={caption}
      headers={["Segment", "Réponses", "NPS"]}
      data={segments.map((s) =>
        s.secret
          ? [labels[s.value] ?? s.value, SECRET, SECRET]
          : s.hidden
            ? [labels[s.value] ?? s.value, BELOW_THRESHOLD, BELOW_THRESHOLD]
            : [labels[s.value] ?? s.value, String(s.answers), signed(s.nps ?? 0)],
      )}
    />
  );
}

function TextList({ title, texts, empty }: { title: string; texts: string[]; empty: string }) {
  return (
    <section className="fr-mb-6w">
      <h2>{title}</h2>
      {texts.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {texts.map((text, index) => (
            <li key={index} className="fr-mb-1w">
              {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function waitingText(waiting: number) {
  if (waiting === 0) return "Toutes les réponses reçues sont comptées.";
  return waiting === 1 ? "1 réponse attend d'être ajoutée." : `${waiting} réponses attendent d'être ajoutées.`;
}

export function Results({ results }: { results: SurveyResults }) {
  const { campaign, answers } = results;
  const scores = Object.fromEntries(results.recommendation.map((c) => [c.value, c.value]));
  return (
    <>
      <p className="fr-text--lead">
        {campaign.open ? "Ouverte" : "Close"} — du {formatDate(campaign.openedAt)} au {formatDate(campaign.closedAt ?? campaign.closesOn)}.
      </p>
      <section className="fr-mb-6w">
        <h2>En bref</h2>
        <div className="fr-callout">
          <p className="fr-callout__text">
            Pour qu'aucune réponse ne puisse être reconnue, les réponses sont mélangées puis ajoutées aux résultats par groupes d'au moins 5
            ; à la clôture, celles qui attendent encore le sont toutes. {waitingText(results.waitingAnswers)}
          </p>
        </div>
        <Table
          caption="Chiffres clés"
          headers={["Indicateur", "Valeur"]}
          data={[
            ["Réponses reçues", String(campaign.answers)],
            ["Réponses comptées dans les résultats", String(answers)],
            ["Membres invités", String(campaign.invited)],
            ["Taux de réponse", percent(results.responseRate)],
            ["Net promoter score (NPS)", results.nps === undefined || results.nps === null ? "—" : signed(results.nps)],
            ["Promoteurs (9–10)", String(results.promoters)],
            ["Passifs (7–8)", String(results.passives)],
            ["Détracteurs (0–6)", String(results.detractors)],
          ]}
        />
      </section>
      <section className="fr-mb-6w">
        <h2>Recommandation de 0 à 10</h2>
        <CountTable caption="Répartition des notes de recommandation" counts={results.recommendation} labels={scores} total={answers} />
      </section>
      <section className="fr-mb-6w">
        <h2>Les questions</h2>
        <CountTable
          caption="« Je me sens moins seul·e face aux données »"
          counts={results.lessAlone}
          labels={AGREEMENT_LABELS}
          total={answers}
        />
        <CountTable caption="Progrès ressentis en Python" counts={results.pythonProgress} labels={PROGRESS_LABELS} total={answers} />
        <CountTable caption="Progrès ressentis en R" counts={results.rProgress} labels={PROGRESS_LABELS} total={answers} />
        <CountTable
          caption="Ce que la communauté devrait faire davantage (plusieurs choix possibles)"
          counts={results.wishes}
          labels={WISH_LABELS}
          total={answers}
        />
      </section>
      <section className="fr-mb-6w">
        <h2>Par segment</h2>
        <p>
          Un segment de moins de 5 réponses n'est pas détaillé, pour qu'aucune réponse ne puisse être attribuée à quelqu'un. Quand il
          pourrait se déduire du total moins les autres segments, le plus petit segment affiché est masqué aussi (« masqué »).
        </p>
        <SegmentTable caption="Par catégorie" segments={results.byCategory} labels={CATEGORY_LABELS} />
        <SegmentTable caption="Par type d'organisation" segments={results.byOrganizationKind} labels={ORGANIZATION_KIND_LABELS} />
      </section>
      <TextList title="Autres propositions" texts={results.wishOthers} empty="Aucune autre proposition." />
      <TextList title="Commentaires (par ordre alphabétique)" texts={results.comments} empty="Aucun commentaire." />
    </>
  );
}

function ResultsOfCampaign({ id }: { id: string }) {
  const results = useQuery(surveyQueries.results(id));
  useDocumentTitle(results.data ? `${TITLE} — ${results.data.campaign.title}` : TITLE);
  if (isNotFound(results.error)) return <NotFoundPage />;
  return (
    <div className="fr-py-6w">
      <p>
        <Link to={paths.animation.surveys.getHref()}>← Toutes les campagnes</Link>
      </p>
      <h1>{results.data ? results.data.campaign.title : TITLE}</h1>
      {results.isPending && <LoadingMessage>Chargement des résultats…</LoadingMessage>}
      {results.isError && <ProblemAlert error={results.error} title="Les résultats n'ont pas pu être chargés" />}
      {results.isSuccess && <Results results={results.data} />}
    </div>
  );
}

/** The figures of one campaign, for animateurs: response rate, NPS, each question, segments of 5 answers or more, comments. */
export function SurveyResultsPage() {
  const { id = "" } = useParams();
  return (
    <AnimateurOnly title={TITLE}>
      <ResultsOfCampaign id={id} />
    </AnimateurOnly>
  );
}
