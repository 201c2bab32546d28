import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { TchapNewsType, TchapRoom, TchapRoomInput } from "../../../lib/api/types";
import { useSaveTchapRoom } from "../api/tchap-rooms";
import { NEWS_TYPE_LABELS, NEWS_TYPES } from "./news-type-labels";

const FIELDS = ["name", "homeserverUrl", "roomId", "accessToken", "tokenEnvironmentVariable", "newsTypes"] as const;
type Field = (typeof FIELDS)[number];
type TokenSource = "STORED" | "ENVIRONMENT";

type Draft = {
  name: string;
  homeserverUrl: string;
  roomId: string;
  tokenSource: TokenSource;
  accessToken: string;
  tokenEnvironmentVariable: string;
  newsTypes: TchapNewsType[];
};

function draftOf(room: TchapRoom | undefined): Draft {
  return {
    name: room?.name ?? "",
    homeserverUrl: room?.homeserverUrl ?? "https://matrix.agent.tchap.gouv.fr",
    roomId: room?.roomId ?? "",
    tokenSource: room?.tokenSource ?? "STORED",
    accessToken: "",
    tokenEnvironmentVariable: room?.tokenEnvironmentVariable ?? "",
    newsTypes: room?.newsTypes ?? [],
  };
}

/** The body the API expects: the token only when one is typed (an edit without one keeps the stored token). */
function bodyOf(draft: Draft): TchapRoomInput {
  const body: TchapRoomInput = {
    name: draft.name.trim(),
    homeserverUrl: draft.homeserverUrl.trim(),
    roomId: draft.roomId.trim(),
    newsTypes: NEWS_TYPES.filter((type) => draft.newsTypes.includes(type)),
  };
  if (draft.tokenSource === "STORED" && draft.accessToken.trim()) body.accessToken = draft.accessToken.trim();
  if (draft.tokenSource === "ENVIRONMENT") body.tokenEnvironmentVariable = draft.tokenEnvironmentVariable.trim();
  return body;
}

type RoomFormProps = {
  /** The room to edit; a new room when absent. */
  room?: TchapRoom;
  onSaved: (room: TchapRoom) => void;
  onCancel: () => void;
};

/** Adds a Tchap room or edits one: where it is, the bot's token (never shown back) and the news it announces. */
export function RoomForm({ room, onSaved, onCancel }: RoomFormProps) {
  const save = useSaveTchapRoom();
  const [draft, setDraft] = useState<Draft>(() => draftOf(room));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = mapFieldErrors(save.error, FIELDS);
  const messageOf = (field: Field) => errors[field] ?? serverErrors[field];
  const editing = room !== undefined;
  const idPrefix = room ? `tchap-room-${room.id}` : "tchap-room-new";

  const change = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const toggle = (type: TchapNewsType, checked: boolean) =>
    change("newsTypes", checked ? [...draft.newsTypes, type] : draft.newsTypes.filter((t) => t !== type));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!draft.name.trim()) found.name = "Donnez un nom au salon.";
    if (!draft.homeserverUrl.trim()) found.homeserverUrl = "Indiquez l'adresse du serveur.";
    if (!draft.roomId.trim().startsWith("!")) found.roomId = "L'identifiant du salon commence par ! (paramètres du salon › Avancé).";
    if (draft.tokenSource === "STORED" && !editing && !draft.accessToken.trim())
      found.accessToken = "Collez le jeton d'accès du compte robot.";
    if (draft.tokenSource === "ENVIRONMENT" && !draft.tokenEnvironmentVariable.trim())
      found.tokenEnvironmentVariable = "Indiquez le nom de la variable.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ id: room?.id, body: bodyOf(draft) }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? `Modifier le salon ${room.name}` : "Ajouter un salon"}>
      {save.isError && <ProblemAlert error={save.error} title="Le salon n'a pas été enregistré" fieldNames={FIELDS} />}
      <Input
        label="Nom du salon"
        hintText="Tel que les animateurs le reconnaissent, par exemple « Spyrales — annonces »"
        nativeInputProps={{ id: `${idPrefix}-name`, value: draft.name, onChange: (e) => change("name", e.target.value) }}
        {...fieldState(messageOf("name"))}
      />
      <Input
        label="Adresse du serveur"
        hintText="En https, sans chemin"
        nativeInputProps={{
          id: `${idPrefix}-homeserver`,
          type: "url",
          value: draft.homeserverUrl,
          onChange: (e) => change("homeserverUrl", e.target.value),
        }}
        {...fieldState(messageOf("homeserverUrl"))}
      />
      <Input
        label="Identifiant du salon"
        hintText="Dans Tchap : paramètres du salon › Avancé, par exemple !AbCdEf:agent.tchap.gouv.fr"
        nativeInputProps={{ id: `${idPrefix}-room-id`, value: draft.roomId, onChange: (e) => change("roomId", e.target.value) }}
        {...fieldState(messageOf("roomId"))}
      />
      <RadioButtons
        legend="Jeton du compte robot"
        hintText="Le compte robot doit être membre du salon. Le jeton n'est jamais réaffiché."
        name={`${idPrefix}-token-source`}
        options={[
          {
            label: "Enregistré dans Spyrales (chiffré)",
            nativeInputProps: { value: "STORED", checked: draft.tokenSource === "STORED", onChange: () => change("tokenSource", "STORED") },
          },
          {
            label: "Lu dans une variable d'environnement du serveur",
            nativeInputProps: {
              value: "ENVIRONMENT",
              checked: draft.tokenSource === "ENVIRONMENT",
              onChange: () => change("tokenSource", "ENVIRONMENT"),
            },
          },
        ]}
      />
      {draft.tokenSource === "STORED" ? (
        <Input
          label="Jeton d'accès"
          hintText={
            editing && room.tokenSource === "STORED"
              ? "Un jeton est enregistré : laissez vide pour le garder."
              : "Commence souvent par syt_"
          }
          nativeInputProps={{
            id: `${idPrefix}-token`,
            type: "password",
            autoComplete: "off",
            value: draft.accessToken,
            onChange: (e) => change("accessToken", e.target.value),
          }}
          {...fieldState(messageOf("accessToken"))}
        />
      ) : (
        <Input
          label="Nom de la variable d'environnement"
          hintText="Commence par SPYRALES_TCHAP_, par exemple SPYRALES_TCHAP_TOKEN_ANNONCES"
          nativeInputProps={{
            id: `${idPrefix}-token-variable`,
            value: draft.tokenEnvironmentVariable,
            onChange: (e) => change("tokenEnvironmentVariable", e.target.value),
          }}
          {...fieldState(messageOf("tokenEnvironmentVariable"))}
        />
      )}
      <Checkbox
        legend="Nouvelles annoncées dans ce salon"
        {...fieldState(messageOf("newsTypes"))}
        options={NEWS_TYPES.map((type) => ({
          label: NEWS_TYPE_LABELS[type],
          nativeInputProps: {
            name: `${idPrefix}-news`,
            value: type,
            checked: draft.newsTypes.includes(type),
            onChange: (e) => toggle(type, e.target.checked),
          },
        }))}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" disabled={save.isPending}>
            {editing ? "Enregistrer le salon" : "Ajouter le salon"}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
