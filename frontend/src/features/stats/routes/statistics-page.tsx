import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { ReactNode } from "react";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import {
  useEventStatistics,
  useMemberStatistics,
  useMentorshipStatistics,
  useProjectStatistics,
  useTrainingStatistics,
} from "../api/stats-queries";
import { KeyFigure, StatFigure } from "../components/stat-figure";
import { StatisticsSection } from "../components/statistics-section";

const TITLE = "Statistiques de la communauté";
const ratingFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

type StatisticsPageProps = {
  /**
   * The survey's campaigns over time, given by the survey feature (composed in app/, as features never import each
   * other): its section, an h2, goes after the community's figures.
   */
  surveySection?: ReactNode;
};

/** `/statistiques`: the community's public figures, for everyone, signed in or not. */
export function StatisticsPage({ surveySection }: StatisticsPageProps) {
  useDocumentTitle(TITLE);
  const members = useMemberStatistics();
  const mentorships = useMentorshipStatistics();
  const projects = useProjectStatistics();
  const events = useEventStatistics();
  const training = useTrainingStatistics();

  return (
    <>
      <Breadcrumb currentPageLabel={TITLE} homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Qui sont les membres de Spyrales, et ce que la communauté fait ensemble : mentorat, projets, événements, formation.
      </p>
      <p>
        Pour que personne ne puisse être reconnu, un chiffre inférieur à 5 n'est jamais publié : il est indiqué « moins de 5 ». Quand un
        total est publié à côté, une autre valeur peut être masquée (« secret statistique ») pour que le chiffre caché ne puisse pas être
        retrouvé par soustraction. Chaque graphique a son tableau de données et son export CSV.
      </p>

      <StatisticsSection id="statistiques-membres" title="Les membres" query={members}>
        {(data) => (
          <>
            <div className="fr-mb-4w">
              <KeyFigure cell={data.total} label="membres confirmés" />
            </div>
            <StatFigure
              title="Membres confirmés au fil des mois (cumul)"
              cells={data.overTime}
              kind="line"
              labelHeader="Mois"
              valueHeader="Membres à la fin du mois"
              fileName="membres-au-fil-des-mois"
            />
            <StatFigure
              title="Membres par nature d'organisation"
              cells={data.byOrganizationKind}
              kind="horizontal-bar"
              labelHeader="Nature d'organisation"
              valueHeader="Membres"
              fileName="membres-par-nature-d-organisation"
            />
            <StatFigure
              title="Membres par catégorie"
              cells={data.byCategory}
              kind="bar"
              labelHeader="Catégorie"
              valueHeader="Membres"
              fileName="membres-par-categorie"
            />
            <StatFigure
              title="Administration centrale, services déconcentrés…"
              cells={data.byServiceType}
              kind="horizontal-bar"
              labelHeader="Type de service"
              valueHeader="Membres"
              fileName="membres-par-type-de-service"
            />
            <StatFigure
              title="Membres par région"
              cells={data.byRegion}
              kind="horizontal-bar"
              labelHeader="Région"
              valueHeader="Membres"
              fileName="membres-par-region"
            />
          </>
        )}
      </StatisticsSection>

      <StatisticsSection id="statistiques-mentorat" title="Le mentorat" query={mentorships}>
        {(data) => (
          <>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
              <li className="fr-col-12 fr-col-md-4">
                <KeyFigure cell={data.sessionsLogged} label="séances consignées" />
              </li>
              <li className="fr-col-12 fr-col-md-4">
                <KeyFigure cell={data.feedback.answers} label="avis en fin de binôme" />
              </li>
              <li className="fr-col-12 fr-col-md-4">
                <p className="fr-mb-0">
                  <span className="fr-h2">
                    {data.feedback.meanRating === null || data.feedback.meanRating === undefined
                      ? "—"
                      : `${ratingFormat.format(data.feedback.meanRating)} / 5`}
                  </span>
                  <br />
                  <span className="fr-text--lg">
                    {data.feedback.meanRating === null || data.feedback.meanRating === undefined
                      ? "note moyenne publiée à partir de 5 avis"
                      : "note moyenne des binômes"}
                  </span>
                </p>
              </li>
            </ul>
            <StatFigure
              title="Binômes commencés chaque mois"
              cells={data.startedByMonth}
              kind="bar"
              labelHeader="Mois"
              valueHeader="Binômes commencés"
              fileName="binomes-commences-par-mois"
            />
            <StatFigure
              title="Binômes menés à leur terme chaque mois"
              cells={data.completedByMonth}
              kind="bar"
              labelHeader="Mois"
              valueHeader="Binômes terminés"
              fileName="binomes-termines-par-mois"
            />
          </>
        )}
      </StatisticsSection>

      <StatisticsSection id="statistiques-projets" title="Les projets" query={projects}>
        {(data) => (
          <>
            <div className="fr-mb-4w">
              <KeyFigure cell={data.total} label="projets" />
            </div>
            <StatFigure
              title="Projets par état"
              cells={data.byStatus}
              kind="bar"
              labelHeader="État"
              valueHeader="Projets"
              fileName="projets-par-etat"
            />
          </>
        )}
      </StatisticsSection>

      <StatisticsSection id="statistiques-evenements" title="Les événements" query={events}>
        {(data) => (
          <>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
              <li className="fr-col-12 fr-col-md-4">
                <KeyFigure cell={data.held} label="événements tenus" />
              </li>
              <li className="fr-col-12 fr-col-md-4">
                <KeyFigure cell={data.confirmedRegistrations} label="inscriptions confirmées" />
              </li>
              <li className="fr-col-12 fr-col-md-4">
                <KeyFigure cell={data.attendances} label="présences" />
              </li>
            </ul>
            <StatFigure
              title="Événements tenus par type"
              cells={data.heldByType}
              kind="bar"
              labelHeader="Type d'événement"
              valueHeader="Événements tenus"
              fileName="evenements-par-type"
            />
          </>
        )}
      </StatisticsSection>

      <StatisticsSection id="statistiques-formation" title="La formation" query={training}>
        {(data) => (
          <>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
              <li className="fr-col-12 fr-col-md-3">
                <KeyFigure cell={data.publishedResources} label="ressources publiées" />
              </li>
              <li className="fr-col-12 fr-col-md-3">
                <KeyFigure cell={data.resourcesDone} label="ressources terminées par des membres" />
              </li>
              <li className="fr-col-12 fr-col-md-3">
                <KeyFigure cell={data.publishedPaths} label="parcours publiés" />
              </li>
              <li className="fr-col-12 fr-col-md-3">
                <KeyFigure cell={data.membersFollowingAPath} label="membres qui suivent un parcours" />
              </li>
            </ul>
            <StatFigure
              title="Ressources publiées par type"
              cells={data.resourcesByType}
              kind="horizontal-bar"
              labelHeader="Type de ressource"
              valueHeader="Ressources"
              fileName="ressources-par-type"
            />
          </>
        )}
      </StatisticsSection>

      {/* The survey's campaigns over time (another feature's section) appear here, after the community's figures. */}
      {surveySection}
    </>
  );
}
