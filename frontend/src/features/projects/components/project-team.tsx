import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Link } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { Project, ProjectTeamMember } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useChangeTeamRole } from "../api/project-team";

const roleModal = createModal({ id: "project-team-role-modal", isOpenedByDefault: false });

type RoleChange = { member: ProjectTeamMember; role: "LEAD" | "MEMBER" };

function RoleChangeModal({ project, change, onDone }: { project: Project; change: RoleChange | null; onDone: (text: string) => void }) {
  const mutation = useChangeTeamRole(project.id);
  useIsModalOpen(roleModal, { onConceal: () => mutation.reset() });
  const promoting = change?.role === "LEAD";
  const name = change?.member.displayName ?? "";

  return (
    <roleModal.Component
      title={promoting ? `Nommer ${name} responsable ?` : `Retirer à ${name} le rôle de responsable ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: promoting ? "Nommer responsable" : "Retirer le rôle",
          doClosesModal: false,
          disabled: mutation.isPending || change === null,
          onClick: () =>
            change &&
            mutation.mutate(
              { memberId: change.member.memberId, role: change.role },
              {
                onSuccess: () => {
                  roleModal.close();
                  onDone(promoting ? `${name} est maintenant responsable du projet.` : `${name} n'est plus responsable du projet.`);
                },
              },
            ),
        },
      ]}
    >
      <p>
        {promoting
          ? `${name} pourra modifier le projet, répondre aux demandes et nommer d'autres responsables.`
          : `${name} restera dans l'équipe, sans pouvoir modifier le projet ni répondre aux demandes. Un projet garde toujours au moins un responsable.`}
      </p>
      {mutation.isError && <ProblemAlert error={mutation.error} title="Le rôle n'a pas changé" />}
    </roleModal.Component>
  );
}

/** The team, leads first and marked; a lead may name another lead or take the role back, after a confirmation. */
export function ProjectTeam({ project }: { project: Project }) {
  const isLead = project.myRole === "LEAD";
  // A project always keeps a lead: the only one cannot be demoted (the server refuses it too).
  const leadCount = project.team.filter((member) => member.role === "LEAD").length;
  const [change, setChange] = useState<RoleChange | null>(null);
  const [news, setNews] = useState("");
  const opener = useRef<HTMLElement | null>(null);

  useIsModalOpen(roleModal, {
    onConceal: () => {
      if (opener.current?.isConnected) opener.current.focus();
    },
  });

  const open = (next: RoleChange, button: HTMLElement) => {
    opener.current = button;
    // The modal opens with this member's name, not the previous one's.
    flushSync(() => setChange(next));
    roleModal.open();
  };

  return (
    <section aria-labelledby="project-team-heading" className="fr-mb-6w">
      <h2 id="project-team-heading">Équipe</h2>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {news}
      </p>
      <ul className="fr-raw-list">
        {project.team.map((member) => (
          <li key={member.memberId} className="fr-mb-2w">
            <Link to={paths.members.member.getHref(member.memberId)}>{member.displayName}</Link>{" "}
            {member.role === "LEAD" && (
              <Badge small severity="info" noIcon>
                Responsable
              </Badge>
            )}{" "}
            <span className="fr-text--sm fr-mb-0">depuis le {formatDate(member.joinedAt)}</span>
            {isLead && (member.role === "MEMBER" || leadCount > 1) && (
              <Button
                size="small"
                priority="tertiary"
                className="fr-ml-2w"
                onClick={(event) => open({ member, role: member.role === "LEAD" ? "MEMBER" : "LEAD" }, event.currentTarget)}
              >
                {member.role === "LEAD" ? "Retirer le rôle de responsable" : "Nommer responsable"}{" "}
                <span className="fr-sr-only">: {member.displayName}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {isLead && <RoleChangeModal project={project} change={change} onDone={setNews} />}
    </section>
  );
}
