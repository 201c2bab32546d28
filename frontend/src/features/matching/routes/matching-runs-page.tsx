import { useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useMatchingDefaults } from "../api/get-matching-defaults";
import { useMatchingRuns } from "../api/list-matching-runs";
import { RunLaunchForm } from "../components/run-launch-form";
import { RunsTable } from "../components/runs-table";

function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function LaunchSection() {
  const defaults = useMatchingDefaults();
  if (defaults.isPending) return <LoadingMessage>Chargement des paramètres par défaut…</LoadingMessage>;
  if (defaults.isError) return <ProblemAlert error={defaults.error} title="Les paramètres par défaut n'ont pas pu être chargés" />;
  return <RunLaunchForm defaults={defaults.data} />;
}

function PastRunsSection() {
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams);
  const runs = useMatchingRuns(page);
  return (
    <section className="fr-mt-8w" aria-labelledby="past-runs-title">
      <h2 id="past-runs-title">Appariements précédents</h2>
      {runs.isPending && <LoadingMessage>Chargement des appariements…</LoadingMessage>}
      {runs.isError && <ProblemAlert error={runs.error} title="Les appariements n'ont pas pu être chargés" />}
      {runs.data && <RunsTable result={runs.data} page={page} />}
    </section>
  );
}

const TITLE = "Appariements";

function RunsPageContent() {
  useDocumentTitle(TITLE);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">Proposez en une fois un mentor à chaque personne qui en cherche un.</p>
      <p>
        Le calcul choisit les binômes qui maximisent le score total de compatibilité, sans dépasser le nombre de places de chaque mentor.
        Vous revoyez ensuite la proposition et retirez les binômes qui ne conviennent pas : personne n'est contacté avant votre
        confirmation. À la confirmation, chaque mentor reçoit une demande qu'il accepte ou décline comme d'habitude.
      </p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <LaunchSection />
        </div>
      </div>
      <PastRunsSection />
    </div>
  );
}

export function MatchingRunsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <RunsPageContent />
    </AnimateurOnly>
  );
}
