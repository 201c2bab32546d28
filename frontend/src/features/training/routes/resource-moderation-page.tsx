import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Link, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { ResourceProposal } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useModerateResource } from "../api/edit-resource";
import { useResourceProposals } from "../api/use-resources";
import { ModerationReasonModal } from "../components/moderation-reason-modal";
import { PagedResourceList } from "../components/paged-resource-list";
import { ResourceBadges } from "../components/resource-badges";
import { ResourceTopics } from "../components/resource-topics";
import { pageParam } from "../utils/page-param";

const rejectModal = createModal({ id: "resource-queue-reject-modal", isOpenedByDefault: false });

const TITLE = "Ressources à relire";

function countLabel(total: number): string {
  if (total === 0) return "Aucune proposition à relire";
  return total === 1 ? "1 proposition à relire" : `${total} propositions à relire`;
}

function ModerationQueue() {
  const [searchParams] = useSearchParams();
  const page = pageParam(searchParams);
  const proposals = useResourceProposals(page);
  const moderate = useModerateResource();
  const [target, setTarget] = useState<ResourceProposal | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  const done = (message: string) => {
    setNews(message);
    heading.current?.focus();
  };

  const reject = (proposal: ResourceProposal) => {
    flushSync(() => setTarget(proposal));
    rejectModal.open();
  };

  if (proposals.isPending) return <LoadingMessage>Chargement de la file…</LoadingMessage>;
  if (proposals.isError) return <ProblemAlert error={proposals.error} title="La file n'a pas pu être chargée" />;

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="fr-h4">
        {countLabel(proposals.data.total)}
      </h2>
      <p role="status" aria-live="polite">
        {news}
      </p>
      {moderate.isError && <ProblemAlert error={moderate.error} title="La ressource n'a pas été publiée" />}
      {proposals.data.items.length === 0 ? (
        <p>Toutes les propositions sont relues. Merci !</p>
      ) : (
        <PagedResourceList
          items={proposals.data.items}
          total={proposals.data.total}
          page={page}
          keyOf={(proposal) => proposal.id}
          render={(proposal) => (
            <article className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby={`proposal-${proposal.id}`}>
              <h3 id={`proposal-${proposal.id}`} className="fr-h6">
                <Link to={paths.training.resource.getHref(proposal.id)}>{proposal.title}</Link>
              </h3>
              <ResourceBadges resource={proposal} />
              <p className="fr-text--sm fr-mb-1w">
                Proposée le {formatDateTime(proposal.proposedAt)}
                {proposal.proposedBy ? ` par ${proposal.proposedBy.displayName}` : ""}
              </p>
              <p className="fr-text--sm fr-mb-1w">
                <a href={proposal.url} target="_blank" rel="noopener noreferrer" title={`${proposal.url} - nouvelle fenêtre`}>
                  {proposal.url}
                </a>
              </p>
              <ResourceTopics topics={proposal.topics} />
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
                <li>
                  <Button
                    iconId="fr-icon-check-line"
                    disabled={moderate.isPending}
                    onClick={() =>
                      moderate.mutate(
                        { id: proposal.id, moderation: { action: "publish" } },
                        { onSuccess: () => done(`« ${proposal.title} » est publiée dans la bibliothèque.`) },
                      )
                    }
                  >
                    Publier <span className="fr-sr-only">{proposal.title}</span>
                  </Button>
                </li>
                <li>
                  <Button priority="secondary" iconId="fr-icon-close-line" onClick={() => reject(proposal)}>
                    Refuser <span className="fr-sr-only">{proposal.title}</span>
                  </Button>
                </li>
              </ul>
            </article>
          )}
        />
      )}
      <ModerationReasonModal modal={rejectModal} action="reject" resource={target} onDone={done} />
    </>
  );
}

function ResourceModeration() {
  useDocumentTitle(TITLE);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les ressources proposées par les membres, les plus anciennes d'abord. Ouvrez le lien, vérifiez qu'il est utile et accessible, puis
        publiez, ou refusez avec un motif que la personne lira.
      </p>
      <ModerationQueue />
    </div>
  );
}

/** The animateurs' queue of proposed resources: publish, reject with a reason (in a dialog), open. */
export function ResourceModerationPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <ResourceModeration />
    </AnimateurOnly>
  );
}
