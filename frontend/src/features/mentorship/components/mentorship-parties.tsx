import { Card } from "@codegouvfr/react-dsfr/Card";
import { paths } from "../../../config/paths";
import type { Mentorship, MentorshipParty } from "../../../lib/api/types";
import { organizationLabel } from "../../../lib/referentials/organizations";
import { isParty } from "../utils/mentorship-rules";

/** A Matrix id on a Tchap homeserver, as the profile form accepts it (older profiles may hold anything). */
const TCHAP_HANDLE = /^@[A-Za-z0-9._=/+-]+:([A-Za-z0-9-]+\.)*tchap\.gouv\.fr$/;

/** The handle as a link that opens a conversation in Tchap, when it is one Tchap knows. */
function TchapHandle({ handle }: { handle: string }) {
  if (!TCHAP_HANDLE.test(handle)) return <>{handle}</>;
  return (
    <a
      href={`https://tchap.gouv.fr/#/user/${handle}`}
      target="_blank"
      rel="noopener noreferrer"
      title={`Écrire à ${handle} sur Tchap - nouvelle fenêtre`}
    >
      {handle}
    </a>
  );
}

function Contact({ party }: { party: MentorshipParty }) {
  if (!party.contact) return <p className="fr-text--sm fr-mb-0">Les coordonnées sont visibles une fois la demande acceptée.</p>;
  return (
    <ul className="fr-mb-0">
      <li>
        Adresse électronique : <a href={`mailto:${party.contact.email}`}>{party.contact.email}</a>
      </li>
      {party.contact.tchapHandle && (
        <li>
          Tchap : <TchapHandle handle={party.contact.tchapHandle} />
        </li>
      )}
    </ul>
  );
}

function PartyCard({ role, party, withContact }: { role: string; party: MentorshipParty; withContact: boolean }) {
  const position = [party.jobTitle, party.organization && organizationLabel(party.organization)].filter(Boolean).join(" · ");
  return (
    <Card
      title={party.displayName}
      titleAs="h3"
      linkProps={{ to: paths.members.member.getHref(party.id) }}
      size="small"
      detail={role}
      desc={position || undefined}
      end={withContact ? <Contact party={party} /> : undefined}
    />
  );
}

/** The mentee and the mentor, with their contact details once the request is accepted: for the two of them only. */
export function MentorshipParties({ mentorship }: { mentorship: Mentorship }) {
  const withContact = isParty(mentorship);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-6">
        <PartyCard role="Personne accompagnée" party={mentorship.mentee} withContact={withContact} />
      </div>
      <div className="fr-col-12 fr-col-md-6">
        <PartyCard role="Mentor" party={mentorship.mentor} withContact={withContact} />
      </div>
    </div>
  );
}
