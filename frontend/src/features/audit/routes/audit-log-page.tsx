import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { AuditEvent } from "../../../lib/api/types";
import { totalLabel } from "../../../lib/list-total";
import { downloadBlob } from "../../../utils/download-file";
import { formatDateTime } from "../../../utils/format-date";
import { AUDIT_PAGE_SIZE, auditQueries, useExportAuditEvents } from "../api/audit-queries";
import { AuditFiltersForm } from "../components/audit-filters-form";
import { CATEGORY_LABELS, filtersFrom, OUTCOME_LABELS, searchOf, type AuditFilters } from "../utils/audit-filters";

const TITLE = "Journal d'audit";
const HEADERS = ["Date", "Action", "Résultat", "Auteur", "Compte ou cible", "Adresse IP", "Détail"];

function who(event: AuditEvent) {
  if (event.actorName) return event.actorName;
  if (event.actorClientName) return `Client partenaire : ${event.actorClientName}`;
  return <span className="fr-hint-text">Non identifié</span>;
}

function what(event: AuditEvent) {
  if (event.subjectMemberId) return event.subjectName ?? event.subjectMemberId;
  if (event.targetType) return `${event.targetType}${event.targetId ? ` ${event.targetId}` : ""}`;
  return "";
}

function row(event: AuditEvent) {
  return [
    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>,
    <>
      {event.actionLabel}
      <br />
      <span className="fr-hint-text">{CATEGORY_LABELS[event.category]}</span>
    </>,
    <span className={event.outcome === "FAILURE" ? "fr-badge fr-badge--sm fr-badge--error" : "fr-badge fr-badge--sm fr-badge--success"}>
      {OUTCOME_LABELS[event.outcome]}
    </span>,
    who(event),
    what(event),
    event.ipAddress ?? "",
    event.detail ?? "",
  ];
}

function ExportButton({ filters }: { filters: AuditFilters }) {
  const exportCsv = useExportAuditEvents();
  return (
    <>
      <Button
        priority="secondary"
        iconId="fr-icon-download-line"
        disabled={exportCsv.isPending}
        onClick={() => exportCsv.mutate(filters, { onSuccess: (blob) => downloadBlob(blob, "journal-audit.csv") })}
      >
        Exporter (CSV)
      </Button>
      {exportCsv.isError && <ProblemAlert error={exportCsv.error} title="L'export n'a pas abouti" />}
    </>
  );
}

function Events({ filters, onPage }: { filters: AuditFilters; onPage: (page: number) => string }) {
  const events = useQuery(auditQueries.events(filters));
  if (events.isPending) return <LoadingMessage>Chargement du journal…</LoadingMessage>;
  if (events.isError) return <ProblemAlert error={events.error} title="Le journal n'a pas pu être chargé" />;
  if (events.data.total === 0) return <p>Aucune ligne du journal ne correspond à ces filtres.</p>;
  return (
    <>
      <Table
        caption={totalLabel(events.data, "ligne du journal", "lignes du journal")}
        headers={HEADERS}
        data={events.data.items.map(row)}
      />
      <ListPagination
        result={events.data}
        pageSize={AUDIT_PAGE_SIZE}
        page={filters.page}
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: onPage(target) } })}
      />
    </>
  );
}

function AuditLog() {
  useDocumentTitle(TITLE);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const actions = useQuery(auditQueries.actions());
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les connexions, déconnexions et réinitialisations de mot de passe, et chaque action des animateurs et des administrateurs : rôles,
        modération, appariements, clients partenaires, exports. Le journal ne se modifie pas ; il est conservé un an.
      </p>
      <h2>Filtres</h2>
      <AuditFiltersForm
        key={searchParams.toString()}
        filters={filters}
        actions={actions.data ?? []}
        onApply={(next) => setSearchParams(new URLSearchParams(searchOf(next)))}
      />
      <h2 className="fr-mt-4w">Événements</h2>
      <div className="fr-mb-3w">
        <ExportButton filters={filters} />
      </div>
      <Events filters={filters} onPage={(page) => searchOf({ ...filters, page })} />
    </div>
  );
}

/** The administrators' audit log: every security event and privileged action, filtered, paginated, exported as CSV. */
export function AuditLogPage() {
  return (
    <AdminOnly title={TITLE}>
      <AuditLog />
    </AdminOnly>
  );
}
