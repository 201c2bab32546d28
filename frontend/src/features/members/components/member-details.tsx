import { Table } from "@codegouvfr/react-dsfr/Table";
import type { MemberProfile } from "../../../lib/api/types";
import { CATEGORY_LABELS, SERVICE_TYPE_LABELS, skillLevelLabel } from "../../../lib/referentials/labels";
import { organizationLabel } from "../../../lib/referentials/organizations";
import { regionName, useRegions } from "../../../lib/referentials/regions";
import { MentoringBadges } from "./mentoring-badges";

function mentoringStatus(member: MemberProfile): string {
  if (member.canMentor) {
    return `Peut accompagner jusqu'à ${member.mentorCapacity} personne${member.mentorCapacity > 1 ? "s" : ""}.`;
  }
  return "Ne propose pas d'accompagnement pour le moment.";
}

/** « A participé à 3 événements de la communauté », from the attendance organisers marked or the member's check-ins. */
function eventsAttendedLabel(count: number): string {
  if (count === 0) return "N'a pas encore participé à un événement de la communauté.";
  return `A participé à ${new Intl.NumberFormat("fr-FR").format(count)} événement${count > 1 ? "s" : ""} de la communauté.`;
}

export function MemberDetails({ member }: { member: MemberProfile }) {
  const regions = useRegions();
  const facts = [
    member.organization && organizationLabel(member.organization),
    member.serviceType && SERVICE_TYPE_LABELS[member.serviceType],
    member.region && regionName(regions.data, member.region),
    member.category && CATEGORY_LABELS[member.category],
  ].filter(Boolean);

  return (
    <>
      {member.jobTitle && <p className="fr-text--lead fr-mb-1w">{member.jobTitle}</p>}
      {facts.length > 0 && <p>{facts.join(" · ")}</p>}
      <MentoringBadges canMentor={member.canMentor} wantsMentor={member.wantsMentor} />
      {member.bio && (
        <>
          <h2 className="fr-mt-4w">Présentation</h2>
          <p style={{ whiteSpace: "pre-line" }}>{member.bio}</p>
        </>
      )}
      <h2 className="fr-mt-4w">Compétences</h2>
      {member.skills.length === 0 ? (
        <p>Ce membre n'a pas encore renseigné de compétence.</p>
      ) : (
        <Table
          caption="Compétences et niveaux"
          noCaption
          headers={["Compétence", "Niveau"]}
          data={member.skills.map(({ name, level }) => [name, skillLevelLabel(level)])}
        />
      )}
      <h2 className="fr-mt-4w">Accompagnement</h2>
      <ul>
        <li>{mentoringStatus(member)}</li>
        <li>{member.wantsMentor ? "Souhaite être accompagné·e." : "Ne cherche pas d'accompagnement pour le moment."}</li>
        {member.learningSkills.length > 0 && <li>Souhaite progresser en : {member.learningSkills.map(({ name }) => name).join(", ")}.</li>}
        {member.availability && <li>Disponibilités : {member.availability}</li>}
      </ul>
      <h2 className="fr-mt-4w">Événements</h2>
      <p>{eventsAttendedLabel(member.eventsAttended)}</p>
    </>
  );
}
