import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { ResourceProposal } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useMyResources } from "../api/use-resources";
import { PagedResourceList } from "../components/paged-resource-list";
import { ResourceCard } from "../components/resource-card";
import { pageParam } from "../utils/page-param";

const LIBRARY_SEGMENT = { label: "Bibliothèque", linkProps: { to: paths.training.resources.getHref() } };

/** What the proposer reads under a card: when it was proposed, and why it was refused or withdrawn. */
function ProposalNote({ proposal }: { proposal: ResourceProposal }) {
  return (
    <>
      <br />
      <span className="fr-text--sm">Proposée le {formatDate(proposal.proposedAt)}</span>
      {proposal.moderationNote && (
        <>
          <br />
          <span className="fr-text--sm">
            {proposal.status === "REJECTED" ? "Motif du refus" : "Motif"} : {proposal.moderationNote}
          </span>
        </>
      )}
    </>
  );
}

/** « Mes propositions »: what I proposed, in any state, newest first. */
export function MyResourcesPage() {
  useDocumentTitle("Mes propositions de ressources");
  const [searchParams] = useSearchParams();
  const page = pageParam(searchParams);
  const mine = useMyResources(page);

  return (
    <>
      <Breadcrumb currentPageLabel="Mes propositions" homeLinkProps={{ to: paths.home.getHref() }} segments={[LIBRARY_SEGMENT]} />
      <h1>Mes propositions de ressources</h1>
      <p>
        Un animateur relit chaque proposition avant de la publier ; vous êtes prévenu·e de sa décision. Une proposition refusée se corrige
        depuis sa page, puis repart en relecture.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Button iconId="fr-icon-add-line" linkProps={{ to: paths.training.resourcePropose.getHref() }}>
            Proposer une ressource
          </Button>
        </li>
      </ul>
      {mine.isPending && <LoadingMessage>Chargement de vos propositions…</LoadingMessage>}
      {mine.isError && <ProblemAlert error={mine.error} title="Vos propositions n'ont pas pu être chargées" />}
      {mine.data &&
        (mine.data.total === 0 ? (
          <p>Vous n'avez encore proposé aucune ressource. Un cours ou un tutoriel vous a aidé·e ? Partagez-le : il aidera les suivants.</p>
        ) : (
          <>
            <h2 className="fr-h4">{mine.data.total === 1 ? "1 proposition" : `${mine.data.total} propositions`}</h2>
            <PagedResourceList
              items={mine.data.items}
              total={mine.data.total}
              page={page}
              keyOf={(proposal) => proposal.id}
              render={(proposal) => <ResourceCard resource={proposal} withBookmark={false} extra={<ProposalNote proposal={proposal} />} />}
            />
          </>
        ))}
    </>
  );
}
