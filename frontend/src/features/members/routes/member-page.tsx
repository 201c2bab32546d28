import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { MemberProfile } from "../../../lib/api/types";
import { ADMIN_ROLE, ANIMATEUR_ROLE, hasRole, useSession } from "../../../lib/session/use-session";
import { useMember } from "../api/get-member";
import { AnimateurRoleControl } from "../components/animateur-role-control";
import { MemberDetails } from "../components/member-details";

const DIRECTORY_SEGMENT = { label: "Annuaire", linkProps: { to: paths.members.directory.getHref() } };

type MemberPageProps = {
  /** What other features offer about this member (e.g. asking them for mentoring), composed by the app layer. */
  renderActions?: (member: MemberProfile) => ReactNode;
};

export function MemberPage({ renderActions }: MemberPageProps) {
  const { id = "" } = useParams();
  const member = useMember(id);
  const session = useSession();
  const name = member.data?.displayName ?? "Profil d'un membre";
  useDocumentTitle(name);

  if (isNotFound(member.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb currentPageLabel={name} homeLinkProps={{ to: paths.home.getHref() }} segments={[DIRECTORY_SEGMENT]} />
      <h1>{name}</h1>
      {member.isPending && <LoadingMessage>Chargement du profil…</LoadingMessage>}
      {member.isError && <ProblemAlert error={member.error} title="Ce profil n'est pas disponible" />}
      {member.isSuccess && (
        <>
          <MemberDetails member={member.data} />
          {renderActions?.(member.data)}
          {hasRole(session, ADMIN_ROLE) && (
            <AnimateurRoleControl
              memberId={id}
              displayName={member.data.displayName}
              isAnimateur={member.data.roles.includes(ANIMATEUR_ROLE)}
            />
          )}
        </>
      )}
    </>
  );
}
