import { PROJECT_STATUSES } from "../utils/project-labels";
import { ProjectListBlock } from "./project-list-block";

/** On a member's page: the projects whose team they are in, archived ones included. */
export function MemberProjects({ memberId, displayName }: { memberId: string; displayName: string }) {
  return (
    <section aria-labelledby="member-projects-heading" className="fr-my-6w">
      <h2 id="member-projects-heading">Projets</h2>
      <ProjectListBlock
        query={{ member: memberId, status: [...PROJECT_STATUSES], size: 12, page: 0 }}
        what={`les projets de ${displayName}`}
        empty={<p>{displayName} ne fait partie de l'équipe d'aucun projet pour l'instant.</p>}
      />
    </section>
  );
}
