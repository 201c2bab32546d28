import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { formatDateTime } from "../../../utils/format-date";
import { CHANGES_PAGE_SIZE, partnerQueries } from "../api/partners-queries";
import { CHANGE_LABELS, changedFieldsLabel } from "../utils/partner-labels";

const HEADERS = ["Date", "Changement", "Par"];

/** Every change of the client, most recent first: what, by whom, when. */
export function ChangeHistory({ id }: { id: string }) {
  const [page, setPage] = useState(1);
  const changes = useQuery(partnerQueries.changes(id, page));
  if (changes.isPending) return <LoadingMessage>Chargement de l'historique…</LoadingMessage>;
  if (changes.isError) return <ProblemAlert error={changes.error} title="L'historique n'a pas pu être chargé" />;
  if (changes.data.items.length === 0) return <p>Aucun changement enregistré.</p>;
  return (
    <>
      <Table
        caption="Historique des changements"
        headers={HEADERS}
        data={changes.data.items.map((change) => [
          formatDateTime(change.changedAt),
          change.kind === "UPDATED" && change.fields.length > 0
            ? `${CHANGE_LABELS[change.kind]} : ${changedFieldsLabel(change.fields)}`
            : CHANGE_LABELS[change.kind],
          change.changedByName,
        ])}
      />
      <ListPagination
        result={changes.data}
        pageSize={CHANGES_PAGE_SIZE}
        page={page}
        getPageLinkProps={(target) => ({ href: "#", onClick: (event) => (event.preventDefault(), setPage(target)) })}
      />
    </>
  );
}
