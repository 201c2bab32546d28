import { beforeEach, describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../test/mock-api";
import { apiClient } from "../api/client";
import { getSessionSnapshot, startSession } from "./session-store";

const EXPIRED = "expired-token";
const FRESH = "fresh-token";

function tokenResponse(accessToken: string) {
  return { accessToken, tokenType: "Bearer", expiresIn: 300, memberId: "m-1", roles: ["member"] };
}

const unauthorized = () => problemResponse({ status: 401, detail: "Jeton expiré." });

/** /me answers only to the fresh token, as the API does once the first one has expired. */
const meAcceptsOnlyFreshToken = (request: Request) =>
  request.headers.get("Authorization") === `Bearer ${FRESH}` ? jsonResponse({ id: "m-1", firstName: "Ada" }) : unauthorized();

const refreshSucceeds: ApiRoutes = {
  "POST /api/v1/auth/refresh": () => jsonResponse(tokenResponse(FRESH)),
};

describe("the session middleware of the API client", () => {
  beforeEach(() => startSession(tokenResponse(EXPIRED)));

  it("sends the access token as a bearer", async () => {
    const api = mockApi({ "GET /api/v1/me": () => jsonResponse({ id: "m-1" }) });

    await apiClient.GET("/api/v1/me");

    expect(api.requestsTo("GET", "/api/v1/me")[0].headers.get("Authorization")).toBe(`Bearer ${EXPIRED}`);
  });

  it("on a 401, refreshes the session through the cookie, then retries the call once with the new token", async () => {
    const api = mockApi({ ...refreshSucceeds, "GET /api/v1/me": meAcceptsOnlyFreshToken });

    const { data, response } = await apiClient.GET("/api/v1/me");

    expect(response.status).toBe(200);
    expect(data).toEqual({ id: "m-1", firstName: "Ada" });
    const [refresh] = api.requestsTo("POST", "/api/v1/auth/refresh");
    expect(refresh.credentials).toBe("include");
    expect(refresh.headers.get("Authorization")).toBeNull();
    expect(api.requestsTo("GET", "/api/v1/me").map((request) => request.headers.get("Authorization"))).toEqual([
      `Bearer ${EXPIRED}`,
      `Bearer ${FRESH}`,
    ]);
    expect(getSessionSnapshot()).toMatchObject({ status: "authenticated", accessToken: FRESH });
  });

  it("replays the body of the call it retries", async () => {
    const api = mockApi({
      ...refreshSucceeds,
      "PATCH /api/v1/me": (request) =>
        request.headers.get("Authorization") === `Bearer ${FRESH}` ? jsonResponse({ id: "m-1" }) : unauthorized(),
    });

    await apiClient.PATCH("/api/v1/me", { body: { jobTitle: "Statisticienne" } });

    const bodies = await Promise.all(api.requestsTo("PATCH", "/api/v1/me").map((request) => request.json()));
    expect(bodies).toEqual([{ jobTitle: "Statisticienne" }, { jobTitle: "Statisticienne" }]);
  });

  it("gives up after one retry, so that a persistent 401 never loops", async () => {
    const api = mockApi({ ...refreshSucceeds, "GET /api/v1/me": unauthorized });

    const { response } = await apiClient.GET("/api/v1/me");

    expect(response.status).toBe(401);
    expect(api.requestsTo("GET", "/api/v1/me")).toHaveLength(2);
    expect(api.requestsTo("POST", "/api/v1/auth/refresh")).toHaveLength(1);
  });

  it("ends the session and returns the 401 when the refresh is refused", async () => {
    const api = mockApi({ "POST /api/v1/auth/refresh": unauthorized, "GET /api/v1/me": meAcceptsOnlyFreshToken });

    const { response } = await apiClient.GET("/api/v1/me");

    expect(response.status).toBe(401);
    expect(api.requestsTo("GET", "/api/v1/me")).toHaveLength(1);
    expect(getSessionSnapshot()).toEqual({ status: "anonymous" });
  });

  it("shares one refresh between calls that fail together", async () => {
    const api = mockApi({ ...refreshSucceeds, "GET /api/v1/me": meAcceptsOnlyFreshToken });

    const answers = await Promise.all([apiClient.GET("/api/v1/me"), apiClient.GET("/api/v1/me")]);

    expect(answers.map(({ response }) => response.status)).toEqual([200, 200]);
    expect(api.requestsTo("POST", "/api/v1/auth/refresh")).toHaveLength(1);
  });

  it("does not try to refresh when the login itself is refused", async () => {
    const api = mockApi({ "POST /api/v1/auth/login": () => problemResponse({ status: 401, detail: "Identifiants incorrects." }) });

    const { response } = await apiClient.POST("/api/v1/auth/login", {
      body: { email: "ada@insee.fr", password: "mauvais mot de passe", useCookie: true },
    });

    expect(response.status).toBe(401);
    expect(api.requestsTo("POST", "/api/v1/auth/refresh")).toHaveLength(0);
  });
});

describe("a refresh that cannot reach the server", () => {
  it("keeps the session, which a later call may renew", async () => {
    startSession(tokenResponse(EXPIRED));
    mockApi({
      "POST /api/v1/auth/refresh": () => problemResponse({ status: 503, detail: "Service indisponible." }),
      "GET /api/v1/me": unauthorized,
    });

    const { response } = await apiClient.GET("/api/v1/me");

    expect(response.status).toBe(401);
    expect(getSessionSnapshot()).toMatchObject({ status: "authenticated", accessToken: EXPIRED });
  });
});
