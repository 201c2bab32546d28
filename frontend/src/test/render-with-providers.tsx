import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import { createQueryClient } from "../lib/query-client";

type Options = {
  /** The URL the test starts at. */
  url?: string;
  /** The route pattern that renders `ui`, e.g. "/membres/:id". */
  path?: string;
  /** Other pages the test may navigate to. */
  otherRoutes?: RouteObject[];
};

/** Renders a page or component with the query cache and a router, as the application does. */
export function renderWithProviders(
  ui: ReactElement,
  { url = "/", path = new URL(url, "http://localhost").pathname, otherRoutes = [] }: Options = {},
) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const router = createMemoryRouter([{ path, element: ui }, ...otherRoutes], { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
