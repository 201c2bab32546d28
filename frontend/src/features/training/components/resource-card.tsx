import { Card } from "@codegouvfr/react-dsfr/Card";
import type { ReactNode } from "react";
import { paths } from "../../../config/paths";
import type { ResourceSummary } from "../../../lib/api/types";
import { durationLabel } from "../utils/resource-labels";
import { BookmarkToggle } from "./bookmark-toggle";
import { ResourceBadges } from "./resource-badges";
import { ResourceTopics } from "./resource-topics";
import { StarRating } from "./star-rating";

type ResourceCardProps = {
  resource: ResourceSummary;
  titleAs?: "h2" | "h3" | "h4";
  /** More to say here (« Mes propositions »: the moderation note). */
  extra?: ReactNode;
  /** Without the bookmark button (« Mes propositions », the moderation queue). */
  withBookmark?: boolean;
};

/** A resource in a list: its page, its badges, its rating, its topics, and the bookmark toggle (outside the link). */
export function ResourceCard({ resource, titleAs = "h3", extra, withBookmark = true }: ResourceCardProps) {
  return (
    <Card
      title={resource.title}
      titleAs={titleAs}
      linkProps={{ to: paths.training.resource.getHref(resource.id) }}
      size="small"
      start={<ResourceBadges resource={resource} />}
      desc={
        <>
          <StarRating average={resource.ratingAverage} count={resource.ratingCount} />
          {(resource.author || resource.durationMinutes) && (
            <>
              <br />
              <span className="fr-text--sm">
                {[resource.author, resource.durationMinutes ? `Durée : ${durationLabel(resource.durationMinutes)}` : null]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </>
          )}
          {extra}
        </>
      }
      end={<ResourceTopics topics={resource.topics} />}
      footer={
        withBookmark && resource.status !== "PROPOSED" && resource.status !== "REJECTED" ? (
          <BookmarkToggle resourceId={resource.id} title={resource.title} bookmarked={resource.bookmarked} />
        ) : undefined
      }
    />
  );
}
