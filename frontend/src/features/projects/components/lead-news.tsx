import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { useProject, useProjectJoinRequests } from "../api/get-projects";
import { TEAM_ROLE_LABELS } from "../utils/project-labels";

/** On « Mes projets »: my role in the team, and for a lead how many requests to join wait for an answer. */
export function LeadNews({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const role = project.data?.myRole;
  const requests = useProjectJoinRequests(projectId, role === "LEAD");
  const waiting = requests.data?.filter((request) => request.state === "PENDING").length ?? 0;
  if (!role) return null;
  return (
    <span className="fr-badges-group fr-mt-1w">
      <Badge small noIcon>
        {TEAM_ROLE_LABELS[role]}
      </Badge>
      {waiting > 0 && (
        <Badge small severity="warning" noIcon>
          {waiting === 1 ? "1 demande en attente" : `${waiting} demandes en attente`}
        </Badge>
      )}
    </span>
  );
}
