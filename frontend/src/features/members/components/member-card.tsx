import { Card } from "@codegouvfr/react-dsfr/Card";
import { paths } from "../../../config/paths";
import type { MemberSummary, RegionItem } from "../../../lib/api/types";
import { organizationLabel } from "../../../lib/referentials/organizations";
import { regionName } from "../../../lib/referentials/regions";
import { MentoringBadges } from "./mentoring-badges";
import { SkillTags } from "./skill-tags";

export function MemberCard({ member, regions }: { member: MemberSummary; regions: RegionItem[] | undefined }) {
  const whereabouts = [member.organization && organizationLabel(member.organization), member.region && regionName(regions, member.region)]
    .filter(Boolean)
    .join(" · ");
  return (
    <Card
      title={member.displayName}
      titleAs="h3"
      enlargeLink
      linkProps={{ to: paths.members.member.getHref(member.id) }}
      size="small"
      start={<MentoringBadges canMentor={member.canMentor} wantsMentor={member.wantsMentor} />}
      desc={
        <>
          {member.jobTitle && <span className="fr-text--bold">{member.jobTitle}</span>}
          {member.jobTitle && whereabouts && <br />}
          {whereabouts}
        </>
      }
      end={<SkillTags skills={member.skills} />}
    />
  );
}
