import type { TagProps } from "@codegouvfr/react-dsfr/Tag";
import { TagsGroup } from "@codegouvfr/react-dsfr/TagsGroup";
import { useSkills } from "../../../lib/referentials/skills";

/** The topics (skill codes of the referential) by their names. */
export function EventTopics({ topics, small = true }: { topics: string[]; small?: boolean }) {
  const skills = useSkills();
  const nameOf = (code: string) => skills.data?.find((skill) => skill.code === code)?.name ?? code;
  const [first, ...others] = topics.map((code): TagProps => ({ children: nameOf(code) }));
  if (!first) return null;
  return <TagsGroup smallTags={small} tags={[first, ...others]} />;
}
