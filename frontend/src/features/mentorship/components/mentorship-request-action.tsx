import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { MemberProfile, Mentorship, MentorshipParty, RequestEligibility } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { useMyProfile } from "../../../lib/my-profile";
import { useSession } from "../../../lib/session/use-session";
import { useMentorshipEligibility } from "../api/get-mentorship-eligibility";
import { MentorshipRequestForm } from "./mentorship-request-form";

type RequestedMentor = Pick<MentorshipParty, "id" | "displayName">;

type RequestModalContentProps = {
  mentor: RequestedMentor;
  initialGoals?: string[];
  onSent: (created: Mentorship) => void;
  onClose: () => void;
};

/** The form, or why the signed-in member cannot ask yet: the server requires `wantsMentor` in their profile. */
function RequestModalContent({ mentor, initialGoals, onSent, onClose }: RequestModalContentProps) {
  const myProfile = useMyProfile();
  if (myProfile.isPending) return <LoadingMessage>Chargement de votre profil…</LoadingMessage>;
  if (myProfile.isError) return <ProblemAlert error={myProfile.error} title="Votre profil n'a pas pu être chargé" />;
  if (!myProfile.data.wantsMentor) {
    return (
      <>
        <Alert
          as="h2"
          severity="info"
          className="fr-mb-3w"
          title="Indiquez d'abord que vous souhaitez être accompagné·e"
          description="Pour demander un mentorat, cochez « Je souhaite être accompagné·e (mentoré·e) » dans votre profil : les mentors sauront que vous cherchez un accompagnement."
        />
        <Button iconId="fr-icon-account-circle-line" linkProps={{ to: paths.profile.getHref(), onClick: onClose }}>
          Mon profil
        </Button>
      </>
    );
  }
  return <MentorshipRequestForm mentor={mentor} initialGoals={initialGoals} onSent={onSent} onCancel={onClose} />;
}

/**
 * "Demander un mentorat": opens the request to this mentor in a modal, then takes the person to the new pairing.
 * Each mentor has a modal of their own, so that a page may offer several (the mentor suggestions) and the focus
 * goes back to the right button.
 */
export function MentorshipRequestButton({ mentor, initialGoals }: { mentor: RequestedMentor; initialGoals?: string[] }) {
  const navigate = useNavigate();
  const requestModal = useMemo(() => createModal({ id: `mentorship-request-${mentor.id}`, isOpenedByDefault: false }), [mentor.id]);
  // A new form each time the modal opens.
  const [formKey, setFormKey] = useState(0);
  useIsModalOpen(requestModal, { onConceal: () => setFormKey((key) => key + 1) });

  const showPairing = (created: Mentorship) => {
    requestModal.close();
    navigate(paths.mentorships.mentorship.getHref(created.id), {
      state: flashState(`Votre demande de mentorat a été envoyée à ${mentor.displayName}. Vous serez prévenu·e de sa réponse.`, "success"),
    });
  };

  return (
    <>
      <Button className="fr-mt-2w" iconId="fr-icon-user-add-line" nativeButtonProps={requestModal.buttonProps}>
        Demander un mentorat <span className="fr-sr-only">à {mentor.displayName}</span>
      </Button>
      <requestModal.Component title={`Demander un mentorat à ${mentor.displayName}`} titleAs="h2" size="large">
        <RequestModalContent
          key={formKey}
          mentor={mentor}
          initialGoals={initialGoals}
          onSent={showPairing}
          onClose={() => requestModal.close()}
        />
      </requestModal.Component>
    </>
  );
}

/** Why the server would refuse the request, instead of a button that would only say so once the form is sent. */
function RequestRefusalNotice({ eligibility }: { eligibility: RequestEligibility }) {
  return (
    <Alert
      severity="info"
      small
      className="fr-mt-2w"
      description={
        <>
          <p>{eligibility.reason ?? "Vous ne pouvez pas demander de mentorat à ce membre pour le moment."}</p>
          {eligibility.rule === "MENTEE_NOT_LOOKING" && (
            <p>
              Cochez « Je souhaite être accompagné·e (mentoré·e) » dans <Link to={paths.profile.getHref()}>Mon profil</Link>, puis revenez
              sur cette page.
            </p>
          )}
        </>
      }
    />
  );
}

/** The button when the server would accept the request now, its reason otherwise. */
function EligibleRequest({ mentor }: { mentor: MemberProfile }) {
  const eligibility = useMentorshipEligibility(mentor.id);
  if (eligibility.isPending) return null;
  // The check only spares a refused form: if it failed, the form still shows the server's answer.
  if (eligibility.isError || eligibility.data.allowed) return <MentorshipRequestButton mentor={mentor} />;
  return <RequestRefusalNotice eligibility={eligibility.data} />;
}

/** On the page of a member who mentors (not oneself), composed there by the app layer. */
export function MentorshipRequestAction({ mentor }: { mentor: MemberProfile }) {
  const session = useSession();
  const isMyself = session.status === "authenticated" && session.memberId === mentor.id;
  if (!mentor.canMentor || mentor.mentorCapacity === 0 || isMyself) return null;
  return <EligibleRequest mentor={mentor} />;
}
