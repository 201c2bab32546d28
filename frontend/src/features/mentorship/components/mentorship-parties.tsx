import { Card } from "@codegouvfr/react-dsfr/Card";
import type { Mentorship, MentorshipParty } from "../../../lib/api/types";
import { organizationLabel } from "../../../lib/referentials/organizations";

function Contact({ party }: { party: MentorshipParty }) {
  if (!party.contact) return <p className="fr-text--sm fr-mb-0">Les coordonnées sont visibles une fois la demande acceptée.</p>;
  return (
    <ul className="fr-mb-0">
      <li>
        Adresse électronique : <a href={`mailto:${party.contact.email}`}>{party.contact.email}</a>
      </li>
      {party.contact.tchapHandle && <li>Tchap : {party.contact.tchapHandle}</li>}
    </ul>
  );
}

function PartyCard({ role, party }: { role: string; party: MentorshipParty }) {
  const position = [party.jobTitle, party.organization && organizationLabel(party.organization)].filter(Boolean).join(" · ");
  return (
    <Card
      title={party.displayName}
      titleAs="h3"
      linkProps={{ to: `/membres/${party.id}` }}
      size="small"
      detail={role}
      desc={position || undefined}
      end={<Contact party={party} />}
    />
  );
}

/** The mentee and the mentor, with their contact details once the request is accepted. */
export function MentorshipParties({ mentorship }: { mentorship: Mentorship }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-6">
        <PartyCard role="Personne accompagnée" party={mentorship.mentee} />
      </div>
      <div className="fr-col-12 fr-col-md-6">
        <PartyCard role="Mentor" party={mentorship.mentor} />
      </div>
    </div>
  );
}
