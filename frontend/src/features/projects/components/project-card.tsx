import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { ReactNode } from "react";
import { paths } from "../../../config/paths";
import type { ProjectSummary } from "../../../lib/api/types";
import { PROJECT_LANGUAGE_LABELS, teamSizeLabel } from "../utils/project-labels";
import { ProjectStatusBadge } from "./project-status-badge";
import { SkillsSought } from "./skills-sought";

type ProjectCardProps = {
  project: ProjectSummary;
  /** The heading level of the card's title in its page. */
  titleAs?: "h2" | "h3" | "h4";
  /** More to say about this project where the card is shown (« Mes projets »: my role, the requests waiting). */
  extra?: ReactNode;
};

export function ProjectCard({ project, titleAs = "h3", extra }: ProjectCardProps) {
  return (
    <Card
      title={project.title}
      titleAs={titleAs}
      enlargeLink
      linkProps={{ to: paths.projects.project.getHref(project.id) }}
      size="small"
      start={
        <ul className="fr-badges-group">
          <li>
            <ProjectStatusBadge status={project.status} small />
          </li>
          <li>
            <Badge small noIcon>
              {PROJECT_LANGUAGE_LABELS[project.languages]}
            </Badge>
          </li>
          {project.datasetsToReview > 0 && (
            <li>
              <Badge small severity="warning">
                {project.datasetsToReview === 1 ? "1 jeu de données à vérifier" : `${project.datasetsToReview} jeux de données à vérifier`}
              </Badge>
            </li>
          )}
          {project.welcomesBeginners && (
            <li>
              <Badge small severity="success" noIcon>
                Débutants bienvenus
              </Badge>
            </li>
          )}
        </ul>
      }
      desc={
        <>
          {project.summary}
          <br />
          <span className="fr-text--sm">Équipe : {teamSizeLabel(project.teamSize, project.maxTeamSize)}</span>
          {extra}
        </>
      }
      end={<SkillsSought skills={project.skillsSought} small />}
    />
  );
}
