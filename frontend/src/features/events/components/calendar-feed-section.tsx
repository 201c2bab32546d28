import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { CalendarFeedAddress } from "../../../lib/api/types";
import { useRevokeCalendarFeed, useRotateCalendarFeed } from "../api/calendar-feed";
import { useMyCalendarFeed } from "../api/use-events";
import { formatParisDateTime } from "../utils/paris-time";

const rotateModal = createModal({ id: "calendar-feed-rotate-modal", isOpenedByDefault: false });
const revokeModal = createModal({ id: "calendar-feed-revoke-modal", isOpenedByDefault: false });

/** The secret address, shown once, with a button that copies it. */
function FeedAddress({ address }: { address: CalendarFeedAddress }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = () =>
    navigator.clipboard
      .writeText(address.url)
      .then(() => setCopied("yes"))
      .catch(() => setCopied("no"));
  return (
    <Alert
      as="h2"
      severity="success"
      className="fr-mb-3w"
      title="Votre adresse d'agenda"
      description={
        <>
          <p>
            Copiez-la maintenant dans votre agenda (Thunderbird, Outlook, l'agenda de votre téléphone : « s'abonner à un agenda par son
            adresse »). Elle ne sera plus affichée ; gardez-la pour vous : elle donne accès à vos inscriptions.
          </p>
          <Input
            label="Adresse de votre agenda"
            nativeInputProps={{ readOnly: true, value: address.url, onFocus: (event) => event.target.select() }}
          />
          <Button type="button" size="small" iconId="fr-icon-clipboard-line" onClick={copy}>
            Copier l'adresse
          </Button>
          <p role="status" className="fr-mt-1w">
            {copied === "yes" && "Adresse copiée."}
            {copied === "no" && "La copie n'a pas fonctionné : sélectionnez l'adresse et copiez-la."}
          </p>
        </>
      }
    />
  );
}

/**
 * « Mon agenda »: a private address of my confirmed registrations that calendar applications follow. It is shown once,
 * when made; a new one replaces it (the old one stops working), and it can be switched off.
 */
export function CalendarFeedSection() {
  const feed = useMyCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [address, setAddress] = useState<CalendarFeedAddress | null>(null);
  const [news, setNews] = useState("");
  const newsRef = useRef<HTMLParagraphElement>(null);
  useIsModalOpen(rotateModal, { onConceal: () => rotate.reset() });
  useIsModalOpen(revokeModal, { onConceal: () => revoke.reset() });

  const makeAddress = (onDone?: () => void) =>
    rotate.mutate(undefined, {
      onSuccess: (made) => {
        onDone?.();
        setNews("");
        setAddress(made);
      },
    });

  const switchOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        revokeModal.close();
        setAddress(null);
        setNews("Votre agenda est désactivé : son adresse ne fonctionne plus.");
        window.setTimeout(() => newsRef.current?.focus());
      },
    });

  return (
    <section className="fr-mt-8w" aria-labelledby="my-calendar-title">
      <h2 id="my-calendar-title">Mon agenda</h2>
      <p>
        Retrouvez les événements où vous êtes inscrit·e dans votre agenda habituel : il suit une adresse privée, mise à jour quand un
        événement change ou est annulé.
      </p>
      <p ref={newsRef} tabIndex={-1} role="status">
        {news}
      </p>
      {feed.isPending && <LoadingMessage>Chargement…</LoadingMessage>}
      {feed.isError && <ProblemAlert error={feed.error} title="L'état de votre agenda n'a pas pu être chargé" />}
      {address && <FeedAddress address={address} />}
      {feed.data && !feed.data.active && (
        <>
          {rotate.isError && <ProblemAlert error={rotate.error} title="Votre agenda n'a pas été activé" />}
          <Button iconId="fr-icon-calendar-line" disabled={rotate.isPending} onClick={() => makeAddress()}>
            Activer mon agenda
          </Button>
        </>
      )}
      {feed.data?.active && (
        <>
          {!address && (
            <p>
              Votre agenda est actif{feed.data.createdAt ? ` depuis le ${formatParisDateTime(feed.data.createdAt)}` : ""}. Son adresse n'est
              plus affichée : si vous l'avez perdue, régénérez-la.
            </p>
          )}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Button priority="secondary" iconId="fr-icon-refresh-line" nativeButtonProps={rotateModal.buttonProps}>
                Régénérer l'adresse
              </Button>
            </li>
            <li>
              <Button priority="tertiary" iconId="fr-icon-close-circle-line" nativeButtonProps={revokeModal.buttonProps}>
                Désactiver
              </Button>
            </li>
          </ul>
        </>
      )}
      <rotateModal.Component
        title="Régénérer l'adresse de votre agenda ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Régénérer l'adresse",
            doClosesModal: false,
            disabled: rotate.isPending,
            onClick: () => makeAddress(() => rotateModal.close()),
          },
        ]}
      >
        <p>
          L'adresse actuelle cessera aussitôt de fonctionner : les agendas qui la suivent ne se mettront plus à jour. Vous devrez y copier
          la nouvelle.
        </p>
        {rotate.isError && <ProblemAlert error={rotate.error} title="L'adresse n'a pas été régénérée" />}
      </rotateModal.Component>
      <revokeModal.Component
        title="Désactiver votre agenda ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          { children: "Désactiver", doClosesModal: false, disabled: revoke.isPending, onClick: switchOff },
        ]}
      >
        <p>Son adresse cessera aussitôt de fonctionner. Vous pourrez en créer une nouvelle plus tard.</p>
        {revoke.isError && <ProblemAlert error={revoke.error} title="Votre agenda n'a pas été désactivé" />}
      </revokeModal.Component>
    </section>
  );
}
