import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PartnerWebhooksFollowed } from "../../../lib/api/types";
import { WebhooksPanel } from "./webhooks-panel";

const AGENDA = "https://intranet.agriculture.gouv.fr/webhooks/spyrales";
const OLD = "https://ancien.agriculture.gouv.fr/hooks";

const followed: PartnerWebhooksFollowed = {
  endpoints: [
    {
      id: "e-agenda",
      url: AGENDA,
      eventTypes: ["event.created", "event.cancelled"],
      description: "Agenda de l'intranet",
      enabled: true,
      disabledReason: undefined,
      disabledAt: undefined,
      failureStreak: 0,
      failingSince: undefined,
      givenUpStreak: 0,
      lastDeliveryStatus: "SUCCEEDED",
      lastDeliveryAt: "2026-12-01T09:00:00Z",
      lastResponseCode: 204,
      lastError: undefined,
      createdAt: "2026-11-30T10:00:00Z",
    },
    {
      id: "e-old",
      url: OLD,
      eventTypes: ["resource.published"],
      description: undefined,
      enabled: false,
      disabledReason: "10 tentatives en échec depuis plus de 24 h",
      disabledAt: "2026-12-01T08:00:00Z",
      failureStreak: 10,
      failingSince: "2026-11-30T07:00:00Z",
      givenUpStreak: 1,
      lastDeliveryStatus: "GAVE_UP",
      lastDeliveryAt: "2026-11-30T07:00:00Z",
      lastResponseCode: 503,
      lastError: "HTTP 503",
      createdAt: "2026-11-01T10:00:00Z",
    },
  ],
  recentDeliveries: [
    {
      id: "d-1",
      endpointId: "e-agenda",
      eventType: "event.created",
      status: "SUCCEEDED",
      attemptCount: 1,
      createdAt: "2026-12-01T09:00:00Z",
      finishedAt: "2026-12-01T09:00:01Z",
      lastResponseCode: 204,
      lastError: undefined,
    },
    {
      id: "d-2",
      endpointId: "e-old",
      eventType: "resource.published",
      status: "GAVE_UP",
      attemptCount: 8,
      createdAt: "2026-11-30T07:00:00Z",
      finishedAt: "2026-12-01T08:00:00Z",
      lastResponseCode: undefined,
      lastError: "ConnectException: Connection refused",
    },
  ],
};

describe("a partner's webhooks, for the administrators", () => {
  it("lists each address with its events, its state and why it is off, its last delivery and its failures", () => {
    render(<WebhooksPanel webhooks={followed} />);

    const endpoints = screen.getByRole("table", { name: "Adresses abonnées" });
    const rows = within(endpoints).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(AGENDA);
    expect(rows[1]).toHaveTextContent("event.created, event.cancelled");
    expect(rows[1]).toHaveTextContent("Actif");
    expect(rows[1]).toHaveTextContent("Reçu le");
    expect(rows[1]).toHaveTextContent("(HTTP 204)");
    expect(rows[1]).toHaveTextContent("Aucun");
    expect(rows[2]).toHaveTextContent("Désactivé");
    expect(rows[2]).toHaveTextContent("Par Spyrales : 10 tentatives en échec depuis plus de 24 h");
    expect(rows[2]).toHaveTextContent("Abandonné le");
    expect(rows[2]).toHaveTextContent("10 tentatives en échec d'affilée");
    expect(rows[2]).toHaveTextContent("1 envoi abandonné");
  });

  it("lists the latest deliveries with their address and last answer", () => {
    render(<WebhooksPanel webhooks={followed} />);

    const deliveries = screen.getByRole("table", { name: "Derniers envois, du plus récent au plus ancien" });
    const rows = within(deliveries).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("event.created");
    expect(rows[1]).toHaveTextContent("HTTP 204");
    expect(rows[2]).toHaveTextContent(OLD);
    expect(rows[2]).toHaveTextContent("Abandonné");
    expect(rows[2]).toHaveTextContent("ConnectException: Connection refused");
  });

  it("says so when the partner subscribed no address, and shows no table", () => {
    render(<WebhooksPanel webhooks={{ endpoints: [], recentDeliveries: [] }} />);

    expect(screen.getByText("Ce partenaire n'a abonné aucune adresse.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("says when nothing was sent yet to the addresses", () => {
    render(<WebhooksPanel webhooks={{ endpoints: [followed.endpoints[0]], recentDeliveries: [] }} />);

    expect(screen.getByText("Aucun envoi pour l'instant.")).toBeInTheDocument();
  });
});
