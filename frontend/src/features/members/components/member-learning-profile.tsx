import { Table } from "@codegouvfr/react-dsfr/Table";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { skillLevelLabel } from "../../../lib/referentials/labels";
import { useMember } from "../api/get-member";

type MemberLearningProfileProps = { memberId: string; displayName: string };

/**
 * What a member knows and wants to learn, as their profile says: the levels they declared and the skills they want
 * to progress in. Shown to a mentor deciding on a request, so that they answer knowing where the person starts from.
 */
export function MemberLearningProfile({ memberId, displayName }: MemberLearningProfileProps) {
  const member = useMember(memberId);
  if (member.isPending) return <LoadingMessage>Chargement du profil de {displayName}…</LoadingMessage>;
  if (member.isError) return <ProblemAlert error={member.error} title="Le profil n'a pas pu être chargé" />;

  const { skills, learningSkills } = member.data;
  return (
    <>
      {skills.length === 0 ? (
        <p>{displayName} n'a pas encore indiqué ses niveaux.</p>
      ) : (
        <Table
          caption={`Niveaux déclarés par ${displayName}`}
          headers={["Compétence", "Niveau"]}
          data={[...skills].sort((left, right) => right.level - left.level).map(({ name, level }) => [name, skillLevelLabel(level)])}
        />
      )}
      <p className="fr-mt-2w">
        {learningSkills.length === 0
          ? `${displayName} n'a pas précisé les compétences qu'il ou elle souhaite acquérir.`
          : `Souhaite progresser en : ${learningSkills.map(({ name }) => name).join(", ")}.`}
      </p>
    </>
  );
}
