import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Notification } from "../../../lib/api/types";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { NotificationsPage } from "./notifications-page";

const NOTIFICATIONS = "/api/v1/me/notifications";

function notification(id: string, title: string, readAt?: string): Notification {
  return {
    id,
    kind: "MENTORSHIP_REQUESTED",
    mentorshipId: "p-1",
    title,
    body: "Acceptez ou déclinez sa demande.",
    link: "/mentorats/p-1",
    createdAt: "2026-03-02T09:30:00+01:00",
    readAt,
  };
}

/** A server holding two notifications, one unread, which marks them read as asked. */
function notificationServer() {
  let items = [notification("n-1", "Léa Moreau vous demande un mentorat"), notification("n-2", "Bienvenue", "2026-03-01T09:00:00+01:00")];
  const markRead = (id?: string) => {
    items = items.map((item) => (!id || item.id === id ? { ...item, readAt: item.readAt ?? "2026-03-03T09:00:00+01:00" } : item));
    return new Response(null, { status: 204 });
  };
  return mockApi({
    [`GET ${NOTIFICATIONS}`]: () =>
      jsonResponse({ items, page: 0, size: 20, total: items.length, unread: items.filter(({ readAt }) => !readAt).length }),
    [`POST ${NOTIFICATIONS}/n-1/read`]: () => markRead("n-1"),
    [`POST ${NOTIFICATIONS}/read-all`]: () => markRead(),
  });
}

function renderPage() {
  return renderWithProviders(<NotificationsPage />, {
    url: "/notifications",
    otherRoutes: [{ path: "/mentorats/:id", element: <h1>Page du mentorat</h1> }],
  });
}

describe("the notifications page", () => {
  it("lists the notifications, the unread ones marked, and marks them all read", async () => {
    const api = notificationServer();
    renderPage();

    expect(await screen.findByText("1 notification non lue.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Léa Moreau vous demande un mentorat" })).toHaveAttribute("href", "/mentorats/p-1");
    expect(screen.getAllByText("Non lue")).toHaveLength(1);

    await userEvent.click(screen.getByRole("button", { name: "Tout marquer comme lu" }));

    expect(await screen.findByText("Vous avez tout lu.")).toBeInTheDocument();
    expect(screen.queryByText("Non lue")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tout marquer comme lu" })).not.toBeInTheDocument();
    expect(api.requestsTo("POST", `${NOTIFICATIONS}/read-all`)).toHaveLength(1);
  });

  it("marks a notification read when it is opened", async () => {
    const api = notificationServer();
    const { router } = renderPage();

    await userEvent.click(await screen.findByRole("link", { name: "Léa Moreau vous demande un mentorat" }));

    expect(await screen.findByRole("heading", { name: "Page du mentorat" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/mentorats/p-1");
    await waitFor(() => expect(api.requestsTo("POST", `${NOTIFICATIONS}/n-1/read`)).toHaveLength(1));
  });

  it("says when there is nothing", async () => {
    mockApi({ [`GET ${NOTIFICATIONS}`]: () => jsonResponse({ items: [], page: 0, size: 20, total: 0, unread: 0 }) });
    renderPage();

    expect(await screen.findByText(/Vous n'avez aucune notification/)).toBeInTheDocument();
  });
});
