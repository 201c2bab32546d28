import type { ResourceView } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import {
  CONTENT_LANGUAGE_LABELS,
  durationLabel,
  PROGRAMMING_LANGUAGE_LABELS,
  RESOURCE_LEVEL_LABELS,
  RESOURCE_TYPE_LABELS,
} from "../utils/resource-labels";
import { ResourceTopics } from "./resource-topics";
import { StarRating } from "./star-rating";

/** The facts of a resource, as a list of terms and their values. */
export function ResourceFacts({ resource }: { resource: ResourceView }) {
  const facts: [string, string][] = [
    ["Type", RESOURCE_TYPE_LABELS[resource.type]],
    ["Niveau", RESOURCE_LEVEL_LABELS[resource.level]],
    ["Langage", PROGRAMMING_LANGUAGE_LABELS[resource.programmingLanguage]],
    ["Langue", CONTENT_LANGUAGE_LABELS[resource.contentLanguage]],
    ["Prix", resource.free ? "Gratuite" : "Payante"],
  ];
  if (resource.durationMinutes) facts.push(["Durée estimée", durationLabel(resource.durationMinutes)]);
  if (resource.author) facts.push(["Auteur ou éditeur", resource.author]);
  if (resource.proposedBy) facts.push(["Proposée par", resource.proposedBy.displayName]);
  if (resource.publishedAt) facts.push(["Publiée le", formatDate(resource.publishedAt)]);

  return (
    <section aria-labelledby="resource-facts-heading" className="fr-mb-4w">
      <h2 id="resource-facts-heading" className="fr-h5">
        En bref
      </h2>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term} className="fr-mb-1w">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
        <div className="fr-mb-1w">
          <dt className="fr-text--bold fr-mb-0">Avis</dt>
          <dd className="fr-ml-0">
            <StarRating average={resource.ratingAverage} count={resource.ratingCount} />
          </dd>
        </div>
      </dl>
      <ResourceTopics topics={resource.topics} />
    </section>
  );
}
