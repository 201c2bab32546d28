import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { ProjectListBlock } from "./project-list-block";

const SHOWN = 3;

/** « Projets qui ont besoin de vous », on the home page of a signed-in member. */
export function ProjectsNeedingYou() {
  return (
    <section aria-labelledby="projects-needing-you-heading" className="fr-my-6w">
      <h2 id="projects-needing-you-heading">Projets qui ont besoin de vous</h2>
      <p>Des projets sur des données ouvertes qui cherchent ce que vous savez faire, ou ce que vous souhaitez apprendre.</p>
      <ProjectListBlock
        query={{ needsMySkills: true, size: SHOWN, page: 0 }}
        what="ces projets"
        empty={
          <p>
            Aucun projet ne cherche vos compétences pour l'instant. <Link to={paths.profile.getHref()}>Complétez vos compétences</Link> ou
            parcourez tous les projets.
          </p>
        }
      />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Button priority="secondary" linkProps={{ to: paths.projects.list.getHref({ needsMySkills: true }) }}>
            Voir tous les projets qui me correspondent
          </Button>
        </li>
        <li>
          <Button priority="tertiary" linkProps={{ to: paths.projects.list.getHref() }}>
            Tous les projets
          </Button>
        </li>
      </ul>
    </section>
  );
}
