import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { Project } from "../../../lib/api/types";
import { ADMIN_ROLE, hasRole, isAnimateurOrAdmin, useSession } from "../../../lib/session/use-session";
import { useProject } from "../api/get-projects";
import { JoinProject } from "../components/join-project";
import { JoinRequests } from "../components/join-requests";
import { OpenDataAttestation } from "../components/open-data-attestation";
import { ProjectDatasets } from "../components/project-datasets";
import { ProjectFacts } from "../components/project-facts";
import { ProjectModeration } from "../components/project-moderation";
import { ProjectStatusBadge } from "../components/project-status-badge";
import { ProjectTeam } from "../components/project-team";
import { ReportProject } from "../components/report-project";
import { SkillsSought } from "../components/skills-sought";

const PROJECTS_SEGMENT = { label: "Projets", linkProps: { to: paths.projects.list.getHref() } };

function ProjectContent({ project }: { project: Project }) {
  const session = useSession();
  const isLead = project.myRole === "LEAD";
  return (
    <>
      <p className="fr-mb-2w">
        <ProjectStatusBadge status={project.status} />
      </p>
      <p className="fr-text--lead">{project.summary}</p>
      <ProjectModeration project={project} mayArchive={isLead || isAnimateurOrAdmin(session)} mayDelete={hasRole(session, ADMIN_ROLE)} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-8">
          <section aria-labelledby="project-description-heading" className="fr-mb-6w">
            <h2 id="project-description-heading">Description</h2>
            {project.description.trim() ? (
              // The server renders the Markdown and sanitises it (no script, event handler or javascript: link).
              <div className="project-description" dangerouslySetInnerHTML={{ __html: project.descriptionHtml }} />
            ) : (
              <p>Pas encore de description.</p>
            )}
          </section>
          <section aria-labelledby="project-skills-heading" className="fr-mb-6w">
            <h2 id="project-skills-heading">Compétences recherchées</h2>
            {project.skillsSought.length > 0 ? <SkillsSought skills={project.skillsSought} /> : <p>Aucune compétence particulière.</p>}
          </section>
          <ProjectDatasets project={project} />
          <ProjectTeam project={project} />
          {isLead && <JoinRequests project={project} />}
          <OpenDataAttestation attestation={project.attestation} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <JoinProject project={project} />
          <ProjectFacts project={project} />
          {project.status !== "ARCHIVED" && <ReportProject project={project} />}
        </div>
      </div>
    </>
  );
}

export function ProjectPage() {
  const { id = "" } = useParams();
  const project = useProject(id);
  const title = project.data?.title ?? "Projet";
  useDocumentTitle(title);

  if (isNotFound(project.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: paths.home.getHref() }} segments={[PROJECTS_SEGMENT]} />
      <h1>{title}</h1>
      {project.isPending && <LoadingMessage>Chargement du projet…</LoadingMessage>}
      {project.isError && <ProblemAlert error={project.error} title="Ce projet n'est pas disponible" />}
      {project.data && <ProjectContent project={project.data} />}
    </>
  );
}
