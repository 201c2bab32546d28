import { vi } from "vitest";

type Handler = (request: Request) => Response | Promise<Response>;

/** Routes keyed by "METHOD /path", e.g. "POST /api/v1/auth/login". */
export type ApiRoutes = Record<string, Handler>;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

export function problemResponse(
  problem: {
    status: number;
    title?: string;
    detail?: string;
    type?: string;
    errors?: { field: string; message: string }[];
    /** Extension members (RFC 9457 §3.2), such as `runningRunId`. */
    [member: string]: unknown;
  },
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

export const REFERENTIAL_ROUTES: ApiRoutes = {
  "GET /api/v1/skills": () =>
    jsonResponse({
      items: [
        { code: "python", name: "Python", category: "LANGAGE" },
        { code: "r", name: "R", category: "LANGAGE" },
        { code: "sql", name: "SQL", category: "LANGAGE" },
      ],
      page: 0,
      size: 100,
      total: 3,
    }),
  "GET /api/v1/organizations": () =>
    jsonResponse({
      items: [{ id: "org-insee", name: "Institut national de la statistique", acronym: "Insee", kind: "OPERATEUR", ministry: "Économie" }],
      page: 0,
      size: 100,
      total: 1,
    }),
  "GET /api/v1/regions": () => jsonResponse({ items: [{ code: "84", name: "Auvergne-Rhône-Alpes" }], page: 0, size: 100, total: 1 }),
};

/**
 * Replaces the global fetch, the boundary of the application, with these routes.
 * Every request is recorded; a request no route expects fails the test with a 501.
 */
export function mockApi(routes: ApiRoutes) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    requests.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : problemResponse({ status: 501, detail: `Appel inattendu : ${request.method} ${request.url}` });
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    requests,
    /** The requests made to one path, in order. */
    requestsTo: (method: string, pathname: string) =>
      requests.filter((request) => request.method === method && new URL(request.url).pathname === pathname),
  };
}
