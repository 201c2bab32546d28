import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { PartnerClient, PartnerSecretRotation } from "../../../lib/api/types";
import { useFlashMessage } from "../../../lib/flash-message";
import { formatDate, formatDateTime } from "../../../utils/format-date";
import { useRevokePartnerClient, useRotatePartnerClientSecret } from "../api/edit-partner-client";
import { partnerQueries } from "../api/partners-queries";
import { ChangeHistory } from "../components/change-history";
import { SecretPanel } from "../components/secret-panel";
import { StatusBadge } from "../components/status-badge";
import { UsageTable } from "../components/usage-table";
import { WebhooksPanel } from "../components/webhooks-panel";
import { rateLimitLabel, SCOPES } from "../utils/partner-labels";

const rotateModal = createModal({ id: "partner-rotate-modal", isOpenedByDefault: false });
const revokeModal = createModal({ id: "partner-revoke-modal", isOpenedByDefault: false });

const TITLE = "Client partenaire";

function ClientFacts({ client }: { client: PartnerClient }) {
  return (
    <dl className="fr-mb-4w">
      <dt className="fr-text--bold">État</dt>
      <dd>
        <StatusBadge status={client.status} />
        {client.revokedAt && <> depuis le {formatDateTime(client.revokedAt)}</>}
      </dd>
      <dt className="fr-text--bold">Organisation</dt>
      <dd>{client.organizationName}</dd>
      <dt className="fr-text--bold">Contact technique</dt>
      <dd>
        <a href={`mailto:${client.contactEmail}`}>{client.contactEmail}</a>
      </dd>
      <dt className="fr-text--bold">Identifiant (client_id)</dt>
      <dd>
        <code>{client.id}</code>
      </dd>
      <dt className="fr-text--bold">Portées</dt>
      <dd>
        <ul>
          {client.scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code> : {SCOPES.find((known) => known.scope === scope)?.description ?? "portée inconnue"}
            </li>
          ))}
        </ul>
      </dd>
      <dt className="fr-text--bold">Limite</dt>
      <dd>{rateLimitLabel(client.rateLimitPerMinute)}</dd>
      <dt className="fr-text--bold">Adresses IP autorisées</dt>
      <dd>{client.ipAllowlist.length === 0 ? "Toutes" : client.ipAllowlist.join(", ")}</dd>
      <dt className="fr-text--bold">Fin de validité</dt>
      <dd>{client.expiresAt ? formatDate(client.expiresAt) : "Sans fin"}</dd>
      <dt className="fr-text--bold">Enregistré le</dt>
      <dd>{formatDateTime(client.createdAt)}</dd>
    </dl>
  );
}

type ConfirmProps = { client: PartnerClient; onDone: (text: string) => void };

function RotateModal({ client, onRotated }: { client: PartnerClient; onRotated: (rotation: PartnerSecretRotation) => void }) {
  const rotate = useRotatePartnerClientSecret(client.id);
  useIsModalOpen(rotateModal, { onConceal: () => rotate.reset() });
  return (
    <rotateModal.Component
      title={`Renouveler le secret de « ${client.name} » ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Renouveler le secret",
          doClosesModal: false,
          disabled: rotate.isPending,
          onClick: () =>
            rotate.mutate(undefined, {
              onSuccess: (rotation) => {
                rotateModal.close();
                onRotated(rotation);
              },
            }),
        },
      ]}
    >
      <p>
        Un nouveau secret est créé et affiché une seule fois. L'ancien reste accepté pendant un délai de grâce, puis cesse de fonctionner.
      </p>
      {rotate.isError && <ProblemAlert error={rotate.error} title="Le secret n'a pas été renouvelé" />}
    </rotateModal.Component>
  );
}

function RevokeModal({ client, onDone }: ConfirmProps) {
  const revoke = useRevokePartnerClient(client.id);
  useIsModalOpen(revokeModal, { onConceal: () => revoke.reset() });
  return (
    <revokeModal.Component
      title={`Révoquer « ${client.name} » ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Révoquer le client",
          doClosesModal: false,
          disabled: revoke.isPending,
          onClick: () =>
            revoke.mutate(undefined, {
              onSuccess: () => {
                revokeModal.close();
                onDone(`« ${client.name} » est révoqué : ses jetons sont refusés.`);
              },
            }),
        },
      ]}
    >
      <p>
        C'est définitif : le client ne peut plus obtenir de jeton, et ceux déjà délivrés sont refusés dès leur prochain appel. Prévenez le
        contact technique ({client.contactEmail}).
      </p>
      {revoke.isError && <ProblemAlert error={revoke.error} title="Le client n'a pas été révoqué" />}
    </revokeModal.Component>
  );
}

function PartnerClientDetails({ id }: { id: string }) {
  const client = useQuery(partnerQueries.client(id));
  const usage = useQuery(partnerQueries.usage(id));
  const webhooks = useQuery(partnerQueries.webhooks(id));
  const flash = useFlashMessage();
  // The rotated secret lives in this page's state only: a reload never shows it again.
  const [rotation, setRotation] = useState<PartnerSecretRotation | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(client.data ? `${client.data.name} — ${TITLE}` : TITLE);

  if (isNotFound(client.error)) return <NotFoundPage />;
  if (client.isPending) return <LoadingMessage>Chargement du client…</LoadingMessage>;
  if (client.isError) return <ProblemAlert error={client.error} title="Le client n'a pas pu être chargé" />;
  const data = client.data;
  const revoked = data.status === "REVOKED";

  const done = (text: string) => {
    setNews(text);
    heading.current?.focus();
  };

  return (
    <>
      <p className="fr-mb-2w">
        <Link to={paths.admin.partnerClients.getHref()}>Tous les clients partenaires</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {data.name}
      </h1>
      {flash && <Alert severity={flash.severity} small description={flash.message} className="fr-mb-3w" />}
      <p role="status" aria-live="polite">
        {news}
      </p>
      {rotation && (
        <SecretPanel
          clientId={rotation.clientId}
          clientSecret={rotation.clientSecret}
          previousSecretValidUntil={rotation.previousSecretValidUntil}
        />
      )}
      <ClientFacts client={data} />
      {!revoked && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
          <li>
            <Button iconId="fr-icon-edit-line" linkProps={{ to: paths.admin.partnerClientEdit.getHref(id) }}>
              Modifier
            </Button>
          </li>
          <li>
            <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={() => rotateModal.open()}>
              Renouveler le secret
            </Button>
          </li>
          <li>
            <Button priority="tertiary" iconId="fr-icon-close-circle-line" onClick={() => revokeModal.open()}>
              Révoquer
            </Button>
          </li>
        </ul>
      )}
      <section aria-labelledby="partner-usage" className="fr-mb-4w">
        <h2 id="partner-usage" className="fr-h4">
          Usage des 30 derniers jours
        </h2>
        {usage.isPending && <LoadingMessage>Chargement de l'usage…</LoadingMessage>}
        {usage.isError && <ProblemAlert error={usage.error} title="L'usage n'a pas pu être chargé" />}
        {usage.isSuccess && <UsageTable usage={usage.data} />}
      </section>
      <section aria-labelledby="partner-webhooks" className="fr-mb-4w">
        <h2 id="partner-webhooks" className="fr-h4">
          Webhooks
        </h2>
        {webhooks.isPending && <LoadingMessage>Chargement des webhooks…</LoadingMessage>}
        {webhooks.isError && <ProblemAlert error={webhooks.error} title="Les webhooks n'ont pas pu être chargés" />}
        {webhooks.isSuccess && <WebhooksPanel webhooks={webhooks.data} />}
      </section>
      <section aria-labelledby="partner-history">
        <h2 id="partner-history" className="fr-h4">
          Historique
        </h2>
        <ChangeHistory id={id} />
      </section>
      <RotateModal
        client={data}
        onRotated={(result) => {
          setRotation(result);
          done("Le secret est renouvelé : copiez le nouveau secret ci-dessous.");
        }}
      />
      <RevokeModal client={data} onDone={done} />
    </>
  );
}

/** One partner client for the administrators: its facts, edit, secret rotation, revocation, usage, webhooks and history. */
export function PartnerClientPage() {
  const { id = "" } = useParams();
  return (
    <AdminOnly title={TITLE}>
      <div className="fr-py-6w">
        <PartnerClientDetails id={id} />
      </div>
    </AdminOnly>
  );
}
