import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { PartnerClientCreate, PartnerClientUpdate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { partnerKeys } from "./partners-queries";

export async function createPartnerClient(body: PartnerClientCreate) {
  return unwrap(await apiClient.POST("/api/v1/partner-clients", { body }));
}

export async function updatePartnerClient(id: string, body: PartnerClientUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/partner-clients/{id}", { params: { path: { id } }, body }));
}

export async function rotatePartnerClientSecret(id: string) {
  return unwrap(await apiClient.POST("/api/v1/partner-clients/{id}/secret/rotate", { params: { path: { id } } }));
}

export async function revokePartnerClient(id: string) {
  return unwrap(await apiClient.POST("/api/v1/partner-clients/{id}/revoke", { params: { path: { id } } }));
}

/** After any change, the list, the client, its history and usage are read again. */
function useRefreshPartners() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerKeys.all });
}

export function useCreatePartnerClient() {
  const refresh = useRefreshPartners();
  return useMutation({ mutationFn: createPartnerClient, onSuccess: refresh });
}

export function useUpdatePartnerClient(id: string) {
  const refresh = useRefreshPartners();
  return useMutation({ mutationFn: (body: PartnerClientUpdate) => updatePartnerClient(id, body), onSuccess: refresh });
}

export function useRotatePartnerClientSecret(id: string) {
  const refresh = useRefreshPartners();
  return useMutation({ mutationFn: () => rotatePartnerClientSecret(id), onSuccess: refresh });
}

export function useRevokePartnerClient(id: string) {
  const refresh = useRefreshPartners();
  return useMutation({ mutationFn: () => revokePartnerClient(id), onSuccess: refresh });
}
