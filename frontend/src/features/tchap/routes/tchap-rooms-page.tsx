import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { TchapRoom } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useSendTchapTestNotice, useTchapRooms } from "../api/tchap-rooms";
import { DeleteRoomModal } from "../components/delete-room-modal";
import { NEWS_TYPE_LABELS } from "../components/news-type-labels";
import { RoomForm } from "../components/room-form";

const TITLE = "Salons Tchap";

const deleteModal = createModal({ id: "tchap-room-delete-modal", isOpenedByDefault: false });

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Where the room's notices stand: the last one posted, those waiting, those given up, the last failure. */
function DeliveryStatus({ room }: { room: TchapRoom }) {
  const { delivery } = room;
  return (
    <ul className="fr-text--sm fr-mb-2w">
      <li>
        {delivery.lastSentAt
          ? `Dernière annonce publiée le ${formatDateTime(delivery.lastSentAt)}`
          : "Aucune annonce publiée pour l'instant"}{" "}
        ({plural(delivery.sent, "publiée", "publiées")}, {plural(delivery.pending, "en attente", "en attente")})
      </li>
      {delivery.failed > 0 && (
        <li className="fr-error-text fr-mt-0">
          {plural(delivery.failed, "annonce abandonnée", "annonces abandonnées")} après une journée d'échecs
        </li>
      )}
      {delivery.lastFailureAt && (
        <li>
          Dernier échec le {formatDateTime(delivery.lastFailureAt)}
          {delivery.lastError ? ` : ${delivery.lastError}` : ""}
        </li>
      )}
    </ul>
  );
}

function RoomCard({
  room,
  onEdit,
  onDelete,
  onTested,
}: {
  room: TchapRoom;
  onEdit: () => void;
  onDelete: () => void;
  onTested: (text: string) => void;
}) {
  const test = useSendTchapTestNotice();
  return (
    <li className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h2 className="fr-h5 fr-mb-1w">{room.name}</h2>
      <p className="fr-text--sm fr-mb-1w">
        Salon <code>{room.roomId}</code> sur {room.homeserverUrl}
        <br />
        {room.tokenSource === "ENVIRONMENT"
          ? `Jeton lu dans la variable ${room.tokenEnvironmentVariable ?? ""}${room.accessTokenSet ? "" : " (absente du serveur)"}`
          : "Jeton enregistré (chiffré)"}
      </p>
      {room.newsTypes.length === 0 ? (
        <p className="fr-text--sm">Aucune nouvelle annoncée dans ce salon.</p>
      ) : (
        <ul className="fr-tags-group" aria-label={`Nouvelles annoncées dans ${room.name}`}>
          {room.newsTypes.map((type) => (
            <li key={type}>
              <Tag small>{NEWS_TYPE_LABELS[type]}</Tag>
            </li>
          ))}
        </ul>
      )}
      <DeliveryStatus room={room} />
      {test.isError && <ProblemAlert error={test.error} title="Le message de test n'a pas été mis en file" />}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <Button iconId="fr-icon-edit-line" priority="secondary" onClick={onEdit}>
            Modifier <span className="fr-sr-only">{room.name}</span>
          </Button>
        </li>
        <li>
          <Button
            iconId="fr-icon-send-plane-line"
            priority="secondary"
            disabled={test.isPending}
            onClick={() =>
              test.mutate(room.id, {
                onSuccess: () => onTested(`Message de test mis en file pour « ${room.name} » : il sera publié dans quelques secondes.`),
              })
            }
          >
            Envoyer un message de test <span className="fr-sr-only">dans {room.name}</span>
          </Button>
        </li>
        <li>
          <Button iconId="fr-icon-delete-line" priority="tertiary" onClick={onDelete}>
            Retirer <span className="fr-sr-only">{room.name}</span>
          </Button>
        </li>
      </ul>
    </li>
  );
}

function Rooms() {
  const rooms = useTchapRooms();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [removing, setRemoving] = useState<TchapRoom | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  const done = (text: string) => {
    setEditing(null);
    setNews(text);
    heading.current?.focus();
  };

  const askToRemove = (room: TchapRoom) => {
    flushSync(() => setRemoving(room));
    deleteModal.open();
  };

  if (rooms.isPending) return <LoadingMessage>Chargement des salons…</LoadingMessage>;
  if (rooms.isError) return <ProblemAlert error={rooms.error} title="Les salons n'ont pas pu être chargés" />;

  return (
    <>
      <p ref={heading} tabIndex={-1} role="status" aria-live="polite">
        {news}
      </p>
      {editing === "new" ? (
        <section className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w" aria-labelledby="tchap-new-room">
          <h2 id="tchap-new-room" className="fr-h5">
            Nouveau salon
          </h2>
          <RoomForm onSaved={(room) => done(`Le salon « ${room.name} » est ajouté.`)} onCancel={() => setEditing(null)} />
        </section>
      ) : (
        <Button iconId="fr-icon-add-line" className="fr-mb-4w" onClick={() => setEditing("new")}>
          Ajouter un salon
        </Button>
      )}
      {rooms.data.length === 0 ? (
        <div className="fr-callout">
          <p className="fr-callout__text">
            Aucun salon configuré. Ajoutez le salon Tchap de la communauté : les nouveaux webinaires, les défis de La Piscine, les
            ressources publiées et les projets qui recrutent y seront annoncés.
          </p>
        </div>
      ) : (
        <ul className="fr-raw-list">
          {rooms.data.map((room) =>
            editing === room.id ? (
              <li key={room.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
                <h2 className="fr-h5">Modifier « {room.name} »</h2>
                <RoomForm
                  room={room}
                  onSaved={(saved) => done(`Le salon « ${saved.name} » est enregistré.`)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <RoomCard
                key={room.id}
                room={room}
                onEdit={() => setEditing(room.id)}
                onDelete={() => askToRemove(room)}
                onTested={setNews}
              />
            ),
          )}
        </ul>
      )}
      <DeleteRoomModal modal={deleteModal} room={removing} onDone={done} />
    </>
  );
}

function TchapRooms() {
  useDocumentTitle(TITLE);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les salons Tchap où Spyrales annonce les nouveautés de la communauté, par un compte robot membre du salon. Chaque salon reçoit les
        nouvelles que vous choisissez.
      </p>
      <Rooms />
    </div>
  );
}

/** The animateurs' Tchap rooms: add, edit, remove, test, and see whether the notices get through. */
export function TchapRoomsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <TchapRooms />
    </AnimateurOnly>
  );
}
