import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { MentorshipStatus, PairingOverview } from "../../../lib/api/types";
import { totalLabel } from "../../../lib/list-total";
import { organizationLabel, useOrganizations } from "../../../lib/referentials/organizations";
import { regionName, useRegions } from "../../../lib/referentials/regions";
import { downloadBlob } from "../../../utils/download-file";
import { formatDate } from "../../../utils/format-date";
import { animationQueries, downloadPairingsExport, PAIRINGS_PAGE_SIZE, type PairingFilters } from "../api/animation-queries";
import { DoneAlert } from "../components/done-alert";
import { isOpenPairing, type PairingAction, PairingActionModal, type PairingTarget } from "../components/pairing-action-modal";
import { STATUS_LABELS } from "../utils/labels";

const TITLE = "Tous les mentorats";
const HEADERS = ["Mentoré", "Mentor", "État", "Demandé le", "Commencé le", "Séances", "Objectifs atteints", "Actions"];

const actionModal = createModal({ id: "pairings-action-modal", isOpenedByDefault: false });
const FILTER_NAMES = ["status", "organization", "region", "startedFrom", "startedTo"] as const;

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function filtersOf(search: URLSearchParams): PairingFilters {
  const filters: PairingFilters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name);
    if (value) (filters as Record<string, string>)[name] = value;
  }
  return filters;
}

function row(pairing: PairingOverview, regions: ReturnType<typeof useRegions>["data"], actions: ReactNode) {
  return [
    <>
      <Link to={paths.members.member.getHref(pairing.mentee.id)}>{pairing.mentee.displayName}</Link>
      {pairing.mentee.organization && <span className="fr-hint-text">{pairing.mentee.organization}</span>}
      {pairing.menteeRegion && <span className="fr-hint-text">{regionName(regions, pairing.menteeRegion)}</span>}
    </>,
    <>
      <Link to={paths.members.member.getHref(pairing.mentor.id)}>{pairing.mentor.displayName}</Link>
      {pairing.mentor.organization && <span className="fr-hint-text">{pairing.mentor.organization}</span>}
    </>,
    <Link to={paths.mentorships.mentorship.getHref(pairing.id)}>
      {STATUS_LABELS[pairing.status as MentorshipStatus] ?? pairing.status}
    </Link>,
    formatDate(pairing.requestedAt),
    pairing.startedAt ? formatDate(pairing.startedAt) : "—",
    String(pairing.sessionCount),
    `${pairing.goalsDone} / ${pairing.goalCount}`,
    actions,
  ];
}

function Pairings() {
  useDocumentTitle(TITLE);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersOf(searchParams);
  const page = parsePage(searchParams.get("page"));
  const pairings = useQuery(animationQueries.pairings(filters, page));
  const organizations = useOrganizations();
  const regions = useRegions();
  const exportCsv = useMutation({ mutationFn: () => downloadPairingsExport(filters) });
  const [action, setAction] = useState<PairingAction>("close");
  const [target, setTarget] = useState<PairingTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const openAction = (next: PairingAction, pairing: PairingOverview) => {
    setDone(null);
    setAction(next);
    setTarget({ id: pairing.id, status: pairing.status, menteeName: pairing.mentee.displayName, mentorName: pairing.mentor.displayName });
    actionModal.open();
  };

  /** « Réattribuer » and « Clore » for a request or a pairing under way; nothing for an ended one. */
  const actions = (pairing: PairingOverview) => {
    if (!isOpenPairing(pairing.status)) return "—";
    const name = `${pairing.mentee.displayName} avec ${pairing.mentor.displayName}`;
    return (
      <>
        <Button
          size="small"
          priority="tertiary"
          className="fr-mb-1w"
          onClick={() => openAction("reassign", pairing)}
          nativeButtonProps={{ "aria-label": `Réattribuer : ${name}` }}
        >
          Réattribuer
        </Button>
        <Button
          size="small"
          priority="tertiary"
          onClick={() => openAction("close", pairing)}
          nativeButtonProps={{ "aria-label": `Clore : ${name}` }}
        >
          Clore
        </Button>
      </>
    );
  };

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const value = String(form.get(name) ?? "");
      if (value) next.set(name, value);
    }
    setSearchParams(next);
  };
  const query = (target: number) => {
    const next = new URLSearchParams(searchParams);
    if (target > 1) next.set("page", String(target));
    else next.delete("page");
    return `?${next.toString()}`;
  };

  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les mentorats de la communauté, les plus récents d'abord : noms, organisations, états, dates et comptes. Ce que les deux personnes
        ont écrit (message, objectifs, notes, avis) reste entre elles.
      </p>
      <form onSubmit={apply} className="fr-mb-4w" aria-label="Filtrer les mentorats" key={searchParams.toString()}>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select label="État" nativeSelectProps={{ name: "status", defaultValue: filters.status ?? "" }}>
              <option value="">Tous les états</option>
              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Organisation (mentoré ou mentor)"
              nativeSelectProps={{ name: "organization", defaultValue: filters.organization ?? "" }}
            >
              <option value="">Toutes les organisations</option>
              {(organizations.data ?? []).map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organizationLabel(organization)}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Région (mentoré ou mentor)" nativeSelectProps={{ name: "region", defaultValue: filters.region ?? "" }}>
              <option value="">Toutes les régions</option>
              {(regions.data ?? []).map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Commencé à partir du"
              nativeInputProps={{ type: "date", name: "startedFrom", defaultValue: filters.startedFrom ?? "" }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Commencé jusqu'au"
              nativeInputProps={{ type: "date", name: "startedTo", defaultValue: filters.startedTo ?? "" }}
            />
          </div>
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit">Filtrer</Button>
          </li>
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-download-line"
              disabled={exportCsv.isPending}
              onClick={() => exportCsv.mutate(undefined, { onSuccess: (blob) => downloadBlob(blob, "mentorats.csv") })}
            >
              Exporter en CSV
            </Button>
          </li>
        </ul>
      </form>
      {done && <DoneAlert as="h2" message={done} />}
      {exportCsv.isError && <ProblemAlert error={exportCsv.error} title="L'export n'a pas abouti" />}
      {pairings.isPending && <LoadingMessage>Chargement des mentorats…</LoadingMessage>}
      {pairings.isError && <ProblemAlert error={pairings.error} title="La liste des mentorats n'a pas pu être chargée" />}
      {pairings.isSuccess && pairings.data.total === 0 && <p>Aucun mentorat ne correspond à ces filtres.</p>}
      {pairings.isSuccess && pairings.data.total > 0 && (
        <>
          <Table
            caption={totalLabel(pairings.data, "mentorat", "mentorats")}
            headers={HEADERS}
            data={pairings.data.items.map((pairing) => row(pairing, regions.data, actions(pairing)))}
          />
          <ListPagination
            result={pairings.data}
            pageSize={PAIRINGS_PAGE_SIZE}
            page={page}
            showFirstLast
            getPageLinkProps={(target) => ({ to: { search: query(target) } })}
          />
        </>
      )}
      <PairingActionModal modal={actionModal} action={action} target={target} onDone={setDone} />
    </div>
  );
}

/** Every pairing of the community for the animateurs, with filters, pagination and the CSV export. */
export function PairingsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <Pairings />
    </AnimateurOnly>
  );
}
