import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { SecurityEvent } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { SECURITY_EVENTS_PAGE_SIZE, auditQueries } from "../api/audit-queries";
import { OUTCOME_LABELS } from "../utils/audit-filters";

const HEADERS = ["Date", "Événement", "Résultat", "Adresse"];

function row(event: SecurityEvent) {
  return [
    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>,
    <>
      {event.actionLabel}
      {event.detail && (
        <>
          <br />
          <span className="fr-hint-text">{event.detail}</span>
        </>
      )}
    </>,
    <span className={event.outcome === "FAILURE" ? "fr-badge fr-badge--sm fr-badge--error" : "fr-badge fr-badge--sm fr-badge--success"}>
      {OUTCOME_LABELS[event.outcome]}
    </span>,
    event.ipAddress ?? "inconnue",
  ];
}

/** « Activité de mon compte »: the member's connections, password changes and closed sessions, newest first. */
export function AccountActivitySection() {
  const [page, setPage] = useState(1);
  const events = useQuery(auditQueries.mine(page));
  return (
    <section className="fr-mt-8w" aria-labelledby="account-activity-title">
      <h2 id="account-activity-title">Activité de mon compte</h2>
      <p>
        Les connexions à votre compte, réussies ou non, vos déconnexions, les changements de mot de passe et les téléchargements de vos
        données, avec l'adresse d'où ils viennent.
      </p>
      <p className="fr-hint-text">
        Vous ne reconnaissez pas une activité ? <Link to={paths.auth.forgotPassword.getHref()}>Changez votre mot de passe</Link> : toutes
        vos sessions seront fermées.
      </p>
      {events.isPending && <LoadingMessage>Chargement de l'activité…</LoadingMessage>}
      {events.isError && <ProblemAlert error={events.error} title="L'activité de votre compte n'a pas pu être chargée" />}
      {events.isSuccess && events.data.total === 0 && <p>Aucune activité enregistrée pour le moment.</p>}
      {events.isSuccess && events.data.total > 0 && (
        <>
          <Table caption="Activité récente de mon compte" headers={HEADERS} data={events.data.items.map(row)} />
          <ListPagination
            result={events.data}
            pageSize={SECURITY_EVENTS_PAGE_SIZE}
            page={page}
            getPageLinkProps={(target) => ({
              href: "#account-activity-title",
              onClick: (event) => {
                event.preventDefault();
                setPage(target);
              },
            })}
          />
        </>
      )}
    </section>
  );
}
