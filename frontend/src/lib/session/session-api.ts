import { apiClient } from "../api/client";
import { endSession } from "./session-store";

/** Closes the session on the server (clears the refresh cookie), then forgets the access token. */
export async function logout(): Promise<void> {
  try {
    await apiClient.POST("/api/v1/auth/logout", { body: {} });
  } finally {
    endSession();
  }
}
