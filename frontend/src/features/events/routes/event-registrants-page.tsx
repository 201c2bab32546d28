import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { EventView, Registrant, RegistrationStatus } from "../../../lib/api/types";
import { pickOption } from "../../../lib/referentials/labels";
import { downloadBlob } from "../../../utils/download-file";
import { exportEventRegistrations, useSetAttendance } from "../api/edit-event";
import { REGISTRANTS_PAGE_SIZE } from "../api/event-queries";
import { useEvent, useEventRegistrants } from "../api/use-events";
import { ordinal, REGISTRATION_STATUS_LABELS } from "../utils/event-labels";
import { formatEventDates, formatParisDateTime } from "../utils/paris-time";

const AGENDA_SEGMENT = { label: "Événements", linkProps: { to: paths.events.list.getHref() } };
const STATUSES = ["CONFIRMED", "WAITLISTED", "CANCELLED"] as const satisfies readonly RegistrationStatus[];

function pageOf(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A confirmed registrant's attendance, once the event has started: a checkbox that saves as soon as it is ticked. */
function AttendanceBox({ event, registrant, started }: { event: EventView; registrant: Registrant; started: boolean }) {
  const attendance = useSetAttendance(event.id);
  if (registrant.status !== "CONFIRMED") return <span aria-hidden="true">—</span>;
  const id = `attended-${registrant.memberId}`;
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input
        type="checkbox"
        id={id}
        checked={attendance.isPending ? attendance.variables.attended : registrant.attended}
        disabled={!started || attendance.isPending}
        onChange={(change) => attendance.mutate({ memberId: registrant.memberId, attended: change.target.checked })}
      />
      <label className="fr-label" htmlFor={id}>
        <span className="fr-sr-only">{registrant.displayName} :</span> présent·e
      </label>
      {attendance.isError && <ProblemAlert error={attendance.error} title="La présence n'a pas été enregistrée" />}
    </div>
  );
}

function ExportButton({ event }: { event: EventView }) {
  const exportCsv = useMutation({ mutationFn: () => exportEventRegistrations(event.id) });
  return (
    <>
      <Button
        priority="secondary"
        iconId="fr-icon-download-line"
        disabled={exportCsv.isPending}
        onClick={() => exportCsv.mutate(undefined, { onSuccess: (blob) => downloadBlob(blob, `inscrits-${event.id}.csv`) })}
      >
        Exporter (CSV)
      </Button>
      {exportCsv.isError && <ProblemAlert error={exportCsv.error} title="L'export n'a pas abouti" />}
    </>
  );
}

function Registrants({ event }: { event: EventView }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = pickOption(STATUSES, searchParams.get("status") ?? "");
  const page = pageOf(searchParams);
  const registrants = useEventRegistrants(event.id, status, page);
  const [started] = useState(() => new Date(event.startsAt).getTime() <= Date.now());
  const searchOf = (next: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    const nextStatus = next.status ?? status;
    if (nextStatus) params.set("status", nextStatus);
    if ((next.page ?? 1) > 1) params.set("page", String(next.page));
    return params.toString();
  };

  return (
    <>
      <p>
        {formatEventDates(event.startsAt, event.endsAt)} · {event.confirmedCount} confirmé{event.confirmedCount > 1 ? "s" : ""}
        {event.capacity ? ` sur ${event.capacity} places` : ""} · {event.waitlistCount} en liste d'attente
      </p>
      {!started && <p className="fr-hint-text">Les présences se cochent une fois l'événement commencé.</p>}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Afficher"
            nativeSelectProps={{
              name: "status",
              value: status,
              onChange: (change) => setSearchParams(searchOf({ status: change.target.value })),
            }}
          >
            <option value="">Toutes les inscriptions</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {REGISTRATION_STATUS_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-mb-3w">
          <ExportButton event={event} />
        </div>
      </div>
      {registrants.isPending && <LoadingMessage>Chargement des inscrits…</LoadingMessage>}
      {registrants.isError && <ProblemAlert error={registrants.error} title="La liste des inscrits n'a pas pu être chargée" />}
      {registrants.data && registrants.data.items.length === 0 && (
        <p>{status ? "Personne dans cette catégorie." : "Personne n'est encore inscrit à cet événement."}</p>
      )}
      {registrants.data && registrants.data.items.length > 0 && (
        <Table
          caption={`Inscrits (${registrants.data.total})`}
          headers={["Nom", "Organisation", "Statut", "Position", "Inscrit le", "Présence"]}
          data={registrants.data.items.map((registrant) => [
            registrant.displayName,
            registrant.organization ?? "—",
            REGISTRATION_STATUS_LABELS[registrant.status],
            registrant.position ? ordinal(registrant.position) : "—",
            formatParisDateTime(registrant.registeredAt),
            <AttendanceBox key={registrant.memberId} event={event} registrant={registrant} started={started} />,
          ])}
        />
      )}
      {registrants.data && (
        <ListPagination
          result={registrants.data}
          pageSize={REGISTRANTS_PAGE_SIZE}
          page={page}
          className="fr-mt-4w"
          showFirstLast
          getPageLinkProps={(target) => ({ to: { search: searchOf({ page: target }) } })}
        />
      )}
    </>
  );
}

function RegistrantsContent() {
  const { id = "" } = useParams();
  const event = useEvent(id);
  const title = event.data ? `Inscrits à « ${event.data.title} »` : "Inscrits";
  useDocumentTitle(title);

  if (isNotFound(event.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Inscrits"
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[AGENDA_SEGMENT, ...(event.data ? [{ label: event.data.title, linkProps: { to: paths.events.event.getHref(id) } }] : [])]}
      />
      <h1>{title}</h1>
      {event.isPending && <LoadingMessage>Chargement de l'événement…</LoadingMessage>}
      {event.isError && <ProblemAlert error={event.error} title="Cet événement n'est pas disponible" />}
      {event.data && <Registrants event={event.data} />}
    </>
  );
}

/** Organisers see who registered, mark who attended and export the list. */
export function EventRegistrantsPage() {
  return (
    <AnimateurOnly title="Inscrits">
      <RegistrantsContent />
    </AnimateurOnly>
  );
}
