import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { Project } from "../../../lib/api/types";
import { PROJECT_LANGUAGE_LABELS, teamSizeLabel } from "../utils/project-labels";

/** The project at a glance: languages, beginners, topics, team size, where the code and the team's room are. */
export function ProjectFacts({ project }: { project: Project }) {
  return (
    <section aria-labelledby="project-facts-heading" className="fr-mb-4w">
      <h2 id="project-facts-heading" className="fr-h4">
        En bref
      </h2>
      <dl>
        <dt className="fr-text--bold">Langage</dt>
        <dd className="fr-mb-2w">{PROJECT_LANGUAGE_LABELS[project.languages]}</dd>
        <dt className="fr-text--bold">Débutants</dt>
        <dd className="fr-mb-2w">{project.welcomesBeginners ? "Bienvenus" : "Le projet cherche des personnes déjà à l'aise"}</dd>
        <dt className="fr-text--bold">Équipe</dt>
        <dd className="fr-mb-2w">{teamSizeLabel(project.team.length, project.maxTeamSize)}</dd>
        {project.topics.length > 0 && (
          <>
            <dt className="fr-text--bold">Thèmes</dt>
            <dd className="fr-mb-2w">
              <ul className="fr-tags-group">
                {project.topics.map((topic) => (
                  <li key={topic}>
                    <Tag small>{topic}</Tag>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="fr-text--bold">Dépôt de code</dt>
        <dd className="fr-mb-2w">
          {project.repositoryUrl ? (
            <a href={project.repositoryUrl} target="_blank" rel="noopener noreferrer" title={`${project.repositoryUrl} — nouvelle fenêtre`}>
              {project.repositoryUrl}
            </a>
          ) : (
            "Pas encore de dépôt"
          )}
        </dd>
        <dt className="fr-text--bold">Salon Tchap</dt>
        <dd className="fr-mb-2w">
          {project.tchapRoomUrl ? (
            <a href={project.tchapRoomUrl} target="_blank" rel="noopener noreferrer" title="Rejoindre le salon Tchap — nouvelle fenêtre">
              Rejoindre le salon Tchap de l'équipe
            </a>
          ) : (
            "Pas de salon pour l'instant"
          )}
        </dd>
      </dl>
    </section>
  );
}
