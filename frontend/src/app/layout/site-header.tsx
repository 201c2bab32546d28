import { Header } from "@codegouvfr/react-dsfr/Header";
import { matchPath, useLocation, useNavigate } from "react-router";
import { paths } from "../../config/paths";
import { useNotificationsQuickAccessItem } from "../../features/notifications/hooks/use-notifications-quick-access-item";
import { flashState } from "../../lib/flash-message";
import { ADMIN_ROLE, hasRole, isAnimateurOrAdmin, useSession } from "../../lib/session/use-session";
import { useSignOut } from "../../lib/session/use-sign-out";

type NavigationLink = { text: string; to: string; isActive: (path: string) => boolean };

/** The page itself, or any page under it (`/mentorats/…`). */
const isUnder = (href: string) => (path: string) => path === href || path.startsWith(`${href}/`);

const HOME = { text: "Accueil", to: paths.home.getHref(), isActive: (path: string) => path === paths.home.getHref() };

/** What a visitor can use without an account: the other pages ask to log in first. */
const VISITOR_NAVIGATION = [
  HOME,
  { text: "Données ouvertes", to: paths.openData.getHref(), isActive: (path: string) => path === paths.openData.getHref() },
  { text: "Statistiques", to: paths.statistics.getHref(), isActive: (path: string) => path === paths.statistics.getHref() },
];

/** Shown to signed-in members. */
const NAVIGATION = [
  HOME,
  {
    text: "Annuaire",
    to: paths.members.directory.getHref(),
    isActive: (path: string) => path === paths.members.directory.getHref() || matchPath(paths.members.member.path, path) !== null,
  },
  {
    text: "Trouver un mentor",
    to: paths.mentorships.findMentor.getHref(),
    isActive: (path: string) => path === paths.mentorships.findMentor.getHref(),
  },
  {
    text: "Projets",
    to: paths.projects.list.getHref(),
    isActive: isUnder(paths.projects.list.getHref()),
  },
  { text: "Mes mentorats", to: paths.mentorships.mine.getHref(), isActive: isUnder(paths.mentorships.mine.getHref()) },
  { text: "Mon profil", to: paths.profile.getHref(), isActive: (path: string) => path === paths.profile.getHref() },
  { text: "La Piscine", to: paths.challenges.list.getHref(), isActive: isUnder(paths.challenges.list.getHref()) },
  { text: "Événements", to: paths.events.list.getHref(), isActive: isUnder(paths.events.list.getHref()) },
];

/** Pages of the library whose address looks like a resource's (`/ressources/:id`). */
const LIBRARY_OWN_PAGES: string[] = [
  paths.training.resourcePropose.getHref(),
  paths.training.resourcesBookmarked.getHref(),
  paths.training.resourcesMine.getHref(),
];

/** « Ressources »: the library and the learning paths (pages of path-front), as a sub-menu. */
const TRAINING_MENU = {
  text: "Ressources",
  menuLinks: [
    {
      text: "Bibliothèque",
      to: paths.training.resources.getHref(),
      isActive: (path: string) =>
        path === paths.training.resources.getHref() ||
        (matchPath(paths.training.resource.path, path) !== null && !LIBRARY_OWN_PAGES.includes(path)) ||
        matchPath(paths.training.resourceEdit.path, path) !== null,
    },
    {
      text: "Parcours",
      to: paths.training.paths.getHref(),
      isActive: (path: string) =>
        path === paths.training.paths.getHref() ||
        (matchPath(paths.training.path.path, path) !== null && path !== paths.training.myPaths.getHref()),
    },
    {
      text: "Ma liste",
      to: paths.training.resourcesBookmarked.getHref(),
      isActive: (path: string) => path === paths.training.resourcesBookmarked.getHref(),
    },
    {
      text: "Mes parcours",
      to: paths.training.myPaths.getHref(),
      isActive: (path: string) => path === paths.training.myPaths.getHref(),
    },
    {
      text: "Mes propositions",
      to: paths.training.resourcesMine.getHref(),
      isActive: (path: string) => path === paths.training.resourcesMine.getHref(),
    },
    {
      text: "Proposer une ressource",
      to: paths.training.resourcePropose.getHref(),
      isActive: (path: string) => path === paths.training.resourcePropose.getHref(),
    },
  ],
};

/** The sub-menu that gathers the pages of animateurs and administrators. */
const ANIMATION_MENU_TEXT = "Animation";

/** Shown to animateurs and administrators only, in the « Animation » sub-menu. */
const ANIMATION_NAVIGATION = [
  {
    text: "Console d'animation",
    to: paths.animation.console.getHref(),
    isActive: (path: string) => path === paths.animation.console.getHref(),
  },
  {
    text: "Tous les mentorats",
    to: paths.animation.pairings.getHref(),
    isActive: (path: string) => path === paths.animation.pairings.getHref(),
  },
  { text: "Appariements", to: paths.animation.matchingRuns.getHref(), isActive: isUnder(paths.animation.matchingRuns.getHref()) },
  { text: "Signalements", to: paths.animation.reports.getHref(), isActive: (path: string) => path === paths.animation.reports.getHref() },
  {
    text: "Jeux de données",
    to: paths.animation.datasetReviews.getHref(),
    isActive: (path: string) => path === paths.animation.datasetReviews.getHref(),
  },
  {
    text: "Ressources à relire",
    to: paths.training.resourceModeration.getHref(),
    isActive: (path: string) => path === paths.training.resourceModeration.getHref(),
  },
  { text: "Salons Tchap", to: paths.animation.tchap.getHref(), isActive: (path: string) => path === paths.animation.tchap.getHref() },
  { text: "Enquêtes de satisfaction", to: paths.animation.surveys.getHref(), isActive: isUnder(paths.animation.surveys.getHref()) },
];

/** Shown to administrators only, at the end of the « Animation » sub-menu. */
const ADMIN_NAVIGATION = [
  { text: "Membres", to: paths.animation.members.getHref(), isActive: (path: string) => path === paths.animation.members.getHref() },
  {
    text: "Clients partenaires",
    to: paths.admin.partnerClients.getHref(),
    isActive: isUnder(paths.admin.partnerClients.getHref()),
  },
  { text: "Journal d'audit", to: paths.admin.auditLog.getHref(), isActive: (path: string) => path === paths.admin.auditLog.getHref() },
];

export function SiteHeader() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();
  const notificationsItem = useNotificationsQuickAccessItem();

  const handleSignOut = async () => {
    await signOut();
    navigate(paths.home.getHref(), { state: flashState("Vous êtes déconnecté·e. À bientôt sur Spyrales !") });
  };

  const toNavigationItem = ({ text, to, isActive }: NavigationLink) => ({ text, linkProps: { to }, isActive: isActive(pathname) });
  // One sub-menu for the animateurs' and administrators' pages: side by side, they made the bar wider than the screen.
  const animationLinks: NavigationLink[] =
    session.status === "authenticated"
      ? [...(isAnimateurOrAdmin(session) ? ANIMATION_NAVIGATION : []), ...(hasRole(session, ADMIN_ROLE) ? ADMIN_NAVIGATION : [])]
      : [];

  const quickAccessItems =
    session.status === "authenticated"
      ? [
          notificationsItem,
          { iconId: "fr-icon-account-circle-line" as const, text: "Mon profil", linkProps: { to: paths.profile.getHref() } },
          {
            iconId: "fr-icon-logout-box-r-line" as const,
            text: "Se déconnecter",
            buttonProps: { onClick: () => void handleSignOut() },
          },
        ]
      : [
          { iconId: "fr-icon-lock-line" as const, text: "Connexion", linkProps: { to: paths.auth.login.getHref() } },
          { iconId: "fr-icon-account-circle-line" as const, text: "Inscription", linkProps: { to: paths.auth.register.getHref() } },
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
      homeLinkProps={{ to: paths.home.getHref(), title: "Accueil — Spyrales" }}
      serviceTitle="Spyrales"
      serviceTagline="Se former ensemble à la science des données, entre agents publics"
      quickAccessItems={quickAccessItems}
      navigation={
        session.status === "authenticated"
          ? [
              ...NAVIGATION.map(toNavigationItem),
              {
                text: TRAINING_MENU.text,
                isActive: TRAINING_MENU.menuLinks.some(({ isActive }) => isActive(pathname)),
                menuLinks: TRAINING_MENU.menuLinks.map(toNavigationItem),
              },
              ...(animationLinks.length > 0
                ? [
                    {
                      text: ANIMATION_MENU_TEXT,
                      isActive: animationLinks.some(({ isActive }) => isActive(pathname)),
                      menuLinks: animationLinks.map(toNavigationItem),
                    },
                  ]
                : []),
            ]
          : VISITOR_NAVIGATION.map(toNavigationItem)
      }
    />
  );
}
