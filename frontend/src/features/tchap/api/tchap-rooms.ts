import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { TchapRoomInput } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

/** Every cached answer about the Tchap rooms starts with `all`. */
export const tchapKeys = {
  all: ["tchap"] as const,
  rooms: () => [...tchapKeys.all, "rooms"] as const,
};

export async function listTchapRooms() {
  return unwrap(await apiClient.GET("/api/v1/tchap/rooms"));
}

export async function createTchapRoom(body: TchapRoomInput) {
  return unwrap(await apiClient.POST("/api/v1/tchap/rooms", { body }));
}

export async function updateTchapRoom(id: string, body: TchapRoomInput) {
  return unwrap(await apiClient.PUT("/api/v1/tchap/rooms/{id}", { params: { path: { id } }, body }));
}

export async function deleteTchapRoom(id: string) {
  return unwrap(await apiClient.DELETE("/api/v1/tchap/rooms/{id}", { params: { path: { id } } }));
}

export async function sendTchapTestNotice(id: string) {
  return unwrap(await apiClient.POST("/api/v1/tchap/rooms/{id}/test", { params: { path: { id } } }));
}

export const tchapQueries = {
  rooms: () => queryOptions({ queryKey: tchapKeys.rooms(), queryFn: listTchapRooms }),
};

export function useTchapRooms() {
  return useQuery(tchapQueries.rooms());
}

function useRefreshRooms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: tchapKeys.all });
}

/** Creates a room, or replaces the configuration of `id`. */
export function useSaveTchapRoom() {
  const refresh = useRefreshRooms();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: TchapRoomInput }) => (id ? updateTchapRoom(id, body) : createTchapRoom(body)),
    onSuccess: refresh,
  });
}

export function useDeleteTchapRoom() {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: deleteTchapRoom, onSuccess: refresh });
}

export function useSendTchapTestNotice() {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: sendTchapTestNotice, onSuccess: refresh });
}
