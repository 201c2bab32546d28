import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link } from "react-router";
import { LoadingMessage } from "../../../../components/loading-message";
import { ProblemAlert } from "../../../../components/problem-alert";
import { paths } from "../../../../config/paths";
import { usePathSuggestions } from "../api/path-queries";
import { PathCard } from "./path-card";

/** « Pour commencer », on the home page of a signed-in member: up to three paths suited to what they want to learn. */
export function PathSuggestions() {
  const suggestions = usePathSuggestions();
  return (
    <section aria-labelledby="path-suggestions-heading" className="fr-my-6w">
      <h2 id="path-suggestions-heading">Pour commencer</h2>
      <p>Des parcours à votre niveau sur les compétences que vous souhaitez apprendre, écrits par des membres de la communauté.</p>
      {suggestions.isPending && <LoadingMessage>Chargement des parcours…</LoadingMessage>}
      {suggestions.isError && <ProblemAlert error={suggestions.error} title="Les parcours n'ont pas pu être chargés" />}
      {suggestions.data &&
        (suggestions.data.length === 0 ? (
          <p>
            Aucun parcours ne vous est suggéré pour l'instant.{" "}
            <Link to={paths.profile.getHref()}>Indiquez ce que vous souhaitez apprendre</Link> dans votre profil, ou parcourez tous les
            parcours.
          </p>
        ) : (
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {suggestions.data.map((path) => (
              <li key={path.id} className="fr-col-12 fr-col-md-4">
                <PathCard path={path} />
              </li>
            ))}
          </ul>
        ))}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Button priority="secondary" linkProps={{ to: paths.training.paths.getHref() }}>
            Tous les parcours
          </Button>
        </li>
        <li>
          <Button priority="tertiary" linkProps={{ to: paths.training.myPaths.getHref() }}>
            Mes parcours
          </Button>
        </li>
      </ul>
    </section>
  );
}
