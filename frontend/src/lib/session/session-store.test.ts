import { describe, expect, it } from "vitest";
import { getAccessToken, getSessionSnapshot, refreshDelay, startSession } from "./session-store";

describe("the in-memory session", () => {
  it("renews a token 30 seconds before it expires", () => {
    expect(refreshDelay(300_000)).toBe(270_000);
  });

  it("renews a short-lived token after three quarters of its life", () => {
    expect(refreshDelay(20_000)).toBe(15_000);
  });

  it("keeps the access token and plans its renewal", () => {
    startSession({ accessToken: "abc", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] }, 1_000);

    expect(getAccessToken()).toBe("abc");
    expect(getSessionSnapshot()).toMatchObject({ memberId: "m-1", roles: ["member"], refreshAt: 1_000 + 870_000 });
  });
});
