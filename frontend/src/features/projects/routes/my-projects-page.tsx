import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useSession } from "../../../lib/session/use-session";
import { LeadNews } from "../components/lead-news";
import { ProjectListBlock } from "../components/project-list-block";
import { PROJECT_STATUSES } from "../utils/project-labels";

const PROJECTS_SEGMENT = { label: "Projets", linkProps: { to: paths.projects.list.getHref() } };

export function MyProjectsPage() {
  useDocumentTitle("Mes projets");
  const session = useSession();
  const memberId = session.status === "authenticated" ? session.memberId : "";

  return (
    <>
      <Breadcrumb currentPageLabel="Mes projets" homeLinkProps={{ to: paths.home.getHref() }} segments={[PROJECTS_SEGMENT]} />
      <h1>Mes projets</h1>
      <section aria-labelledby="my-teams-heading" className="fr-mb-6w">
        <h2 id="my-teams-heading">Mes équipes</h2>
        <ProjectListBlock
          query={{ member: memberId, status: [...PROJECT_STATUSES], size: 100, page: 0, sort: "title,asc" }}
          what="vos projets"
          extraOf={(project) => <LeadNews projectId={project.id} />}
          empty={
            <>
              <p>Vous ne faites partie d'aucune équipe pour l'instant. Rejoignez un projet, ou proposez le vôtre.</p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
                <li>
                  <Button linkProps={{ to: paths.projects.list.getHref({ needsMySkills: true }) }}>Projets qui ont besoin de moi</Button>
                </li>
                <li>
                  <Button priority="secondary" iconId="fr-icon-add-line" linkProps={{ to: paths.projects.create.getHref() }}>
                    Proposer un projet
                  </Button>
                </li>
              </ul>
            </>
          }
        />
      </section>
      <section aria-labelledby="my-requests-heading" className="fr-mb-6w">
        <h2 id="my-requests-heading">Mes demandes en attente</h2>
        <ProjectListBlock
          query={{ myRequestPending: true, status: [...PROJECT_STATUSES], size: 100, page: 0 }}
          what="vos demandes"
          empty={<p>Aucune demande en attente de réponse.</p>}
        />
      </section>
    </>
  );
}
