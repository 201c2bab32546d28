import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../test/mock-api";

const REFRESH = "/api/v1/auth/refresh";

function tokenResponse(accessToken: string, expiresIn = 900) {
  return { accessToken, tokenType: "Bearer", expiresIn, memberId: "m-1", roles: ["member"] };
}

/** A fresh copy of the session modules, as at the application's start (status "restoring"). */
async function startApplication() {
  vi.resetModules();
  const { SessionKeeper } = await import("./session-keeper");
  const store = await import("./session-store");
  render(<SessionKeeper />);
  return store;
}

async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe("keeping the session alive", () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it("restores the session from the refresh cookie when the application starts", async () => {
    const api = mockApi({ [`POST ${REFRESH}`]: () => jsonResponse(tokenResponse("restored")) });

    const store = await startApplication();
    await settle();

    expect(store.getSessionSnapshot()).toMatchObject({ status: "authenticated", accessToken: "restored" });
    expect(api.requestsTo("POST", REFRESH)).toHaveLength(1);
  });

  it("is signed out when the cookie opens no session", async () => {
    mockApi({ [`POST ${REFRESH}`]: () => problemResponse({ status: 401, detail: "Aucune session à renouveler." }) });

    const store = await startApplication();
    await settle();

    expect(store.getSessionSnapshot()).toEqual({ status: "anonymous" });
  });

  it("renews the access token shortly before it expires", async () => {
    let issued = 0;
    const api = mockApi({ [`POST ${REFRESH}`]: () => jsonResponse(tokenResponse(`token-${++issued}`, 60)) });
    const store = await startApplication();
    await settle();
    expect(store.getAccessToken()).toBe("token-1");

    await act(async () => {
      await vi.advanceTimersByTimeAsync(44_000);
    });
    expect(api.requestsTo("POST", REFRESH)).toHaveLength(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(api.requestsTo("POST", REFRESH)).toHaveLength(2);
    expect(store.getAccessToken()).toBe("token-2");
  });
});
