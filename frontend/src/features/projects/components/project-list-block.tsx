import type { ReactNode } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { ProjectSummary } from "../../../lib/api/types";
import { useProjects } from "../api/get-projects";
import type { ProjectQuery } from "../api/projects-queries";
import { ProjectCard } from "./project-card";

type ProjectListBlockProps = {
  query: ProjectQuery;
  /** What is loading, for the waiting message: « vos projets ». */
  what: string;
  /** Shown when no project matches. */
  empty: ReactNode;
  titleAs?: "h3" | "h4";
  /** More to say about each project here. */
  extraOf?: (project: ProjectSummary) => ReactNode;
};

/** A few project cards from one query of the list, for a section of a page. */
export function ProjectListBlock({ query, what, empty, titleAs = "h3", extraOf }: ProjectListBlockProps) {
  const projects = useProjects(query);
  if (projects.isPending) return <LoadingMessage>Chargement de {what}…</LoadingMessage>;
  if (projects.isError) return <ProblemAlert error={projects.error} title={`Impossible de charger ${what}`} />;
  if (projects.data.items.length === 0) return <>{empty}</>;
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {projects.data.items.map((project) => (
        <li key={project.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <ProjectCard project={project} titleAs={titleAs} extra={extraOf?.(project)} />
        </li>
      ))}
    </ul>
  );
}
