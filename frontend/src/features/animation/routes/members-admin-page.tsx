import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { MemberAdministration } from "../../../lib/api/types";
import { totalLabel } from "../../../lib/list-total";
import { formatDate } from "../../../utils/format-date";
import { animationQueries, MEMBERS_PAGE_SIZE, useReinstateMember, useSetAnimateur, useSuspendMember } from "../api/animation-queries";
import { DoneAlert } from "../components/done-alert";

const TITLE = "Membres";
const HEADERS = ["Membre", "Adresse", "Rôles", "Suspension", "Actions"];

const modal = createModal({ id: "member-suspension-modal", isOpenedByDefault: false });

type Pending = { member: MemberAdministration; action: "suspend" | "reinstate" };

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Asks the reason, and confirms before suspending (or reinstating) the account. */
function SuspensionModal({ pending, onDone }: { pending: Pending | null; onDone: (message: string) => void }) {
  const suspend = useSuspendMember();
  const reinstate = useReinstateMember();
  const [reason, setReason] = useState("");
  const mutation = pending?.action === "reinstate" ? reinstate : suspend;

  useIsModalOpen(modal, {
    onConceal: () => {
      suspend.reset();
      reinstate.reset();
      setReason("");
    },
  });

  const confirm = () => {
    if (!pending) return;
    mutation.mutate(
      { id: pending.member.id, reason },
      {
        onSuccess: () => {
          modal.close();
          onDone(
            pending.action === "suspend"
              ? `Le compte de ${pending.member.displayName} est suspendu : il est déconnecté partout.`
              : `La suspension de ${pending.member.displayName} est levée : il peut de nouveau se connecter.`,
          );
        },
      },
    );
  };

  const suspending = pending?.action !== "reinstate";
  return (
    <modal.Component
      title={
        suspending
          ? `Suspendre le compte de ${pending?.member.displayName ?? ""} ?`
          : `Lever la suspension de ${pending?.member.displayName ?? ""} ?`
      }
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: suspending ? "Confirmer la suspension" : "Lever la suspension",
          doClosesModal: false,
          disabled: mutation.isPending || reason.trim().length < 3,
          onClick: confirm,
        },
      ]}
    >
      {suspending && (
        <p>
          Le membre sera déconnecté sur tous ses appareils et ne pourra plus se connecter (mot de passe ou ProConnect) tant que la
          suspension ne sera pas levée. Le motif est inscrit au journal d'audit.
        </p>
      )}
      <Input
        label="Motif (obligatoire)"
        hintText="Entre 3 et 500 caractères, inscrit au journal d'audit."
        textArea
        nativeTextAreaProps={{ value: reason, maxLength: 500, onChange: (event) => setReason(event.target.value) }}
      />
      {mutation.isError && <ProblemAlert error={mutation.error} title="L'action n'a pas abouti" />}
    </modal.Component>
  );
}

function Members() {
  useDocumentTitle(TITLE);
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get("q") ?? "";
  const page = parsePage(searchParams.get("page"));
  const members = useQuery(animationQueries.members(q, page));
  const setAnimateur = useSetAnimateur();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    setSearchParams(value ? { q: value } : {});
  };

  const open = (next: Pending) => {
    setDone(null);
    setPending(next);
    modal.open();
  };

  const row = (member: MemberAdministration) => {
    const admin = member.roles.includes("admin");
    const animateur = member.roles.includes("animateur");
    return [
      <Link to={paths.members.member.getHref(member.id)}>{member.displayName}</Link>,
      member.email,
      <ul className="fr-badges-group">
        {admin && (
          <li>
            <Badge small>Administrateur</Badge>
          </li>
        )}
        {animateur && (
          <li>
            <Badge small severity="info" noIcon>
              Animateur
            </Badge>
          </li>
        )}
        {!admin && !animateur && <li>Membre</li>}
      </ul>,
      member.suspension ? (
        <>
          <Badge small severity="error">
            Suspendu
          </Badge>
          <span className="fr-hint-text">
            le {formatDate(member.suspension.suspendedAt)} par {member.suspension.suspendedBy} : {member.suspension.reason}
          </span>
        </>
      ) : (
        "—"
      ),
      admin ? (
        <span className="fr-hint-text">Compte administrateur (géré par les exploitants)</span>
      ) : (
        <>
          <Button
            size="small"
            priority="secondary"
            className="fr-mb-1w"
            disabled={setAnimateur.isPending}
            onClick={() => {
              setDone(null);
              setAnimateur.mutate({ id: member.id, animateur: !animateur });
            }}
            nativeButtonProps={{
              "aria-label": `${animateur ? "Retirer le rôle d'animateur" : "Nommer animateur"} : ${member.displayName}`,
            }}
          >
            {animateur ? "Retirer le rôle d'animateur" : "Nommer animateur"}
          </Button>
          {member.suspension ? (
            <Button
              size="small"
              priority="secondary"
              onClick={() => open({ member, action: "reinstate" })}
              nativeButtonProps={{ "aria-label": `Lever la suspension : ${member.displayName}` }}
            >
              Lever la suspension
            </Button>
          ) : (
            <Button
              size="small"
              priority="tertiary"
              onClick={() => open({ member, action: "suspend" })}
              nativeButtonProps={{ "aria-label": `Suspendre : ${member.displayName}` }}
            >
              Suspendre
            </Button>
          )}
        </>
      ),
    ];
  };
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Cherchez un compte pour nommer un animateur, lui retirer ce rôle, suspendre un compte ou lever sa suspension. Chaque action est
        inscrite au journal d'audit ; un administrateur ne se suspend pas lui-même et ne suspend pas un autre administrateur.
      </p>
      <form role="search" onSubmit={search} className="fr-mb-4w" key={q}>
        <Input label="Nom ou adresse e-mail" nativeInputProps={{ name: "q", type: "search", defaultValue: q, maxLength: 200 }} />
        <Button type="submit">Rechercher</Button>
      </form>
      <div aria-live="polite">{done && <DoneAlert as="h2" message={done} />}</div>
      {setAnimateur.isError && <ProblemAlert error={setAnimateur.error} title="Le rôle n'a pas été modifié" />}
      {members.isPending && <LoadingMessage>Chargement des comptes…</LoadingMessage>}
      {members.isError && <ProblemAlert error={members.error} title="Les comptes n'ont pas pu être chargés" />}
      {members.isSuccess && members.data.total === 0 && <p>Aucun compte ne correspond à « {q} ».</p>}
      {members.isSuccess && members.data.total > 0 && (
        <>
          <Table caption={totalLabel(members.data, "compte", "comptes")} headers={HEADERS} data={members.data.items.map(row)} />
          <ListPagination
            result={members.data}
            pageSize={MEMBERS_PAGE_SIZE}
            page={page}
            showFirstLast
            getPageLinkProps={(target) => ({
              to: { search: `?${new URLSearchParams({ ...(q ? { q } : {}), ...(target > 1 ? { page: String(target) } : {}) })}` },
            })}
          />
        </>
      )}
      <SuspensionModal pending={pending} onDone={setDone} />
    </div>
  );
}

/** The administrators' accounts page: search, the animateur role, suspension and reinstatement. */
export function MembersAdminPage() {
  return (
    <AdminOnly title={TITLE}>
      <Members />
    </AdminOnly>
  );
}
