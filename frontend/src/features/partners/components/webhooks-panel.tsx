import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { PartnerWebhookDelivery, PartnerWebhookEndpoint, PartnerWebhooksFollowed } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";

type DeliveryStatus = PartnerWebhookDelivery["status"];

const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  PENDING: "En attente",
  SUCCEEDED: "Reçu",
  FAILED: "En échec, nouvel essai prévu",
  GAVE_UP: "Abandonné",
};

const ENDPOINT_HEADERS = ["Adresse", "Événements", "État", "Dernier envoi", "Échecs"];
const DELIVERY_HEADERS = ["Date", "Événement", "Adresse", "État", "Tentatives", "Dernière réponse"];

function answer(code: number | null | undefined, error: string | null | undefined): string {
  if (code != null && (error == null || error === `HTTP ${code}`)) return `HTTP ${code}`;
  return error ?? "—";
}

function EndpointState({ endpoint }: { endpoint: PartnerWebhookEndpoint }) {
  if (endpoint.enabled) {
    return (
      <Badge severity="success" small noIcon>
        Actif
      </Badge>
    );
  }
  return (
    <>
      <Badge severity="warning" small noIcon>
        Désactivé
      </Badge>
      <br />
      {endpoint.disabledReason ? `Par Spyrales : ${endpoint.disabledReason}` : "Par le partenaire"}
      {endpoint.disabledAt && <>, le {formatDateTime(endpoint.disabledAt)}</>}
    </>
  );
}

function lastDelivery(endpoint: PartnerWebhookEndpoint): string {
  if (!endpoint.lastDeliveryStatus || !endpoint.lastDeliveryAt) return "Aucun envoi";
  const reply =
    endpoint.lastResponseCode != null || endpoint.lastError ? ` (${answer(endpoint.lastResponseCode, endpoint.lastError)})` : "";
  return `${DELIVERY_LABELS[endpoint.lastDeliveryStatus]} le ${formatDateTime(endpoint.lastDeliveryAt)}${reply}`;
}

function failures(endpoint: PartnerWebhookEndpoint): string {
  if (endpoint.failureStreak === 0 && endpoint.givenUpStreak === 0) return "Aucun";
  const attempts = `${endpoint.failureStreak} tentative${endpoint.failureStreak > 1 ? "s" : ""} en échec d'affilée`;
  const since = endpoint.failingSince ? ` depuis le ${formatDateTime(endpoint.failingSince)}` : "";
  const givenUp =
    endpoint.givenUpStreak > 0
      ? `, ${endpoint.givenUpStreak} envoi${endpoint.givenUpStreak > 1 ? "s" : ""} abandonné${endpoint.givenUpStreak > 1 ? "s" : ""}`
      : "";
  return attempts + since + givenUp;
}

/** A partner's webhook endpoints and latest deliveries, read-only: what an administrator needs to help it. */
export function WebhooksPanel({ webhooks }: { webhooks: PartnerWebhooksFollowed }) {
  if (webhooks.endpoints.length === 0) {
    return <p>Ce partenaire n'a abonné aucune adresse.</p>;
  }
  const urls = new Map(webhooks.endpoints.map((endpoint) => [endpoint.id, endpoint.url]));
  return (
    <>
      <Table
        caption="Adresses abonnées"
        headers={ENDPOINT_HEADERS}
        data={webhooks.endpoints.map((endpoint) => [
          <code key="url">{endpoint.url}</code>,
          endpoint.eventTypes.join(", "),
          <EndpointState key="state" endpoint={endpoint} />,
          lastDelivery(endpoint),
          failures(endpoint),
        ])}
      />
      {webhooks.recentDeliveries.length === 0 ? (
        <p>Aucun envoi pour l'instant.</p>
      ) : (
        <Table
          caption="Derniers envois, du plus récent au plus ancien"
          headers={DELIVERY_HEADERS}
          data={webhooks.recentDeliveries.map((delivery) => [
            formatDateTime(delivery.createdAt),
            delivery.eventType,
            <code key="url">{urls.get(delivery.endpointId) ?? "—"}</code>,
            DELIVERY_LABELS[delivery.status],
            String(delivery.attemptCount),
            answer(delivery.lastResponseCode, delivery.lastError),
          ])}
        />
      )}
    </>
  );
}
