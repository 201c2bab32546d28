import { Header } from "@codegouvfr/react-dsfr/Header";
import { useLocation, useNavigate } from "react-router";
import { useNotificationsQuickAccessItem } from "../../features/notifications/hooks/use-notifications-quick-access-item";
import { flashState } from "../../lib/flash-message";
import { isAnimateurOrAdmin, useSession } from "../../lib/session/use-session";
import { useSignOut } from "../../lib/session/use-sign-out";

const NAVIGATION = [
  { text: "Accueil", to: "/", isActive: (path: string) => path === "/" },
  { text: "Annuaire", to: "/annuaire", isActive: (path: string) => path === "/annuaire" || path.startsWith("/membres/") },
  { text: "Trouver un mentor", to: "/trouver-un-mentor", isActive: (path: string) => path === "/trouver-un-mentor" },
  { text: "Mes mentorats", to: "/mentorats", isActive: (path: string) => path === "/mentorats" || path.startsWith("/mentorats/") },
  { text: "Mon profil", to: "/profil", isActive: (path: string) => path === "/profil" },
];

/** Shown to animateurs and administrators only. */
const ANIMATION_NAVIGATION = [
  {
    text: "Appariements",
    to: "/animation/appariements",
    isActive: (path: string) => path.startsWith("/animation/appariements"),
  },
  { text: "Signalements", to: "/animation/signalements", isActive: (path: string) => path === "/animation/signalements" },
];

export function SiteHeader() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();
  const notificationsItem = useNotificationsQuickAccessItem();

  const handleSignOut = async () => {
    await signOut();
    navigate("/", { state: flashState("Vous êtes déconnecté·e. À bientôt sur Spyrales !") });
  };

  const quickAccessItems =
    session.status === "authenticated"
      ? [
          notificationsItem,
          { iconId: "fr-icon-account-circle-line" as const, text: "Mon profil", linkProps: { to: "/profil" } },
          {
            iconId: "fr-icon-logout-box-r-line" as const,
            text: "Se déconnecter",
            buttonProps: { onClick: () => void handleSignOut() },
          },
        ]
      : [
          { iconId: "fr-icon-lock-line" as const, text: "Connexion", linkProps: { to: "/connexion" } },
          { iconId: "fr-icon-account-circle-line" as const, text: "Inscription", linkProps: { to: "/inscription" } },
        ];

  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ to: "/", title: "Accueil — Spyrales" }}
      serviceTitle="Spyrales"
      serviceTagline="Se former ensemble à la science des données, entre agents publics"
      quickAccessItems={quickAccessItems}
      navigation={(isAnimateurOrAdmin(session) ? [...NAVIGATION, ...ANIMATION_NAVIGATION] : NAVIGATION).map(({ text, to, isActive }) => ({
        text,
        linkProps: { to },
        isActive: isActive(pathname),
      }))}
    />
  );
}
