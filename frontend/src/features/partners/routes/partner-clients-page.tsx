import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { PartnerClient } from "../../../lib/api/types";
import { PARTNER_CLIENTS_PAGE_SIZE, partnerQueries } from "../api/partners-queries";
import { StatusBadge } from "../components/status-badge";
import { todayCalls } from "../utils/usage";

const TITLE = "Clients partenaires";
const HEADERS = ["Client", "Organisation", "Portées", "État", "Appels aujourd'hui"];

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Today's calls of one client, read from its usage (a client's figures are kept per day, in UTC). */
function CallsToday({ id }: { id: string }) {
  const usage = useQuery(partnerQueries.usage(id));
  if (usage.isPending) return <span aria-label="chargement">…</span>;
  if (usage.isError) return <span>indisponible</span>;
  return <>{todayCalls(usage.data).toLocaleString("fr-FR")}</>;
}

function row(client: PartnerClient) {
  return [
    <Link to={paths.admin.partnerClient.getHref(client.id)}>{client.name}</Link>,
    client.organizationName,
    <ul className="fr-raw-list">
      {client.scopes.map((scope) => (
        <li key={scope}>
          <code>{scope}</code>
        </li>
      ))}
    </ul>,
    <StatusBadge status={client.status} />,
    <CallsToday id={client.id} />,
  ];
}

function ClientList() {
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get("page"));
  const clients = useQuery(partnerQueries.list(page));
  if (clients.isPending) return <LoadingMessage>Chargement des clients…</LoadingMessage>;
  if (clients.isError) return <ProblemAlert error={clients.error} title="La liste des clients n'a pas pu être chargée" />;
  if (clients.data.total === 0)
    return (
      <p>
        Aucun client partenaire n'est enregistré. Enregistrez-en un quand une administration demande un accès à l'API : elle indique le nom
        de son application, un contact technique, son organisation et les portées dont elle a besoin.
      </p>
    );
  return (
    <>
      <Table
        caption={clients.data.total === 1 ? "1 client partenaire" : `${clients.data.total} clients partenaires`}
        headers={HEADERS}
        data={clients.data.items.map(row)}
      />
      <ListPagination
        result={clients.data}
        pageSize={PARTNER_CLIENTS_PAGE_SIZE}
        page={page}
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
    </>
  );
}

function PartnerClients() {
  useDocumentTitle(TITLE);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les applications d'autres administrations qui lisent Spyrales par l'API (OAuth 2.0, client credentials), avec leurs portées et leur
        limite d'appels. Le guide des partenaires (<code>docs/partners.md</code> du dépôt) leur explique comment s'en servir.
      </p>
      <Button linkProps={{ to: paths.admin.partnerClientCreate.getHref() }} iconId="fr-icon-add-line" className="fr-mb-4w">
        Enregistrer un client
      </Button>
      <ClientList />
    </div>
  );
}

/** The administrators' list of partner API clients: who, for which organisation, with which scopes, in which state. */
export function PartnerClientsPage() {
  return (
    <AdminOnly title={TITLE}>
      <PartnerClients />
    </AdminOnly>
  );
}
