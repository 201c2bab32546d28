/**
 * Every page's address, in one place: `path` is the pattern the router matches, `getHref` the link to one page.
 * Links and navigations use `getHref`, so that renaming an address is one change.
 */
export const paths = {
  home: { path: "/", getHref: () => "/" },

  auth: {
    register: { path: "/inscription", getHref: () => "/inscription" },
    checkYourMail: { path: "/inscription/verifiez-vos-mails", getHref: () => "/inscription/verifiez-vos-mails" },
    verifyEmail: { path: "/verification", getHref: () => "/verification" },
    login: { path: "/connexion", getHref: () => "/connexion" },
    /** Where the API sends an agent whose ProConnect address already has an account (token in the fragment). */
    proConnectLink: { path: "/connexion/proconnect/lier", getHref: () => "/connexion/proconnect/lier" },
    /** The link mailed to link the ProConnect identity without the password (token in the query, as other mailed links). */
    proConnectMailedLink: { path: "/connexion/proconnect/confirmer", getHref: () => "/connexion/proconnect/confirmer" },
    forgotPassword: { path: "/mot-de-passe-oublie", getHref: () => "/mot-de-passe-oublie" },
    resetPassword: { path: "/reinitialiser-mot-de-passe", getHref: () => "/reinitialiser-mot-de-passe" },
  },

  openData: { path: "/donnees-ouvertes", getHref: () => "/donnees-ouvertes" },
  statistics: { path: "/statistiques", getHref: () => "/statistiques" },
  accessibility: { path: "/accessibilite", getHref: () => "/accessibilite" },
  legalNotice: { path: "/mentions-legales", getHref: () => "/mentions-legales" },
  personalData: { path: "/donnees-personnelles", getHref: () => "/donnees-personnelles" },
  cookies: { path: "/gestion-des-cookies", getHref: () => "/gestion-des-cookies" },

  /** `section` opens the profile at one of its sections (see `PROFILE_SECTIONS` in lib/profile-completion). */
  profile: { path: "/profil", getHref: (section?: string) => (section ? `/profil#${section}` : "/profil") },

  members: {
    /** `mentorsOnly` opens the directory filtered on the members who can mentor. */
    directory: {
      path: "/annuaire",
      getHref: ({ mentorsOnly = false }: { mentorsOnly?: boolean } = {}) => (mentorsOnly ? "/annuaire?canMentor=true" : "/annuaire"),
    },
    member: { path: "/membres/:id", getHref: (id: string) => `/membres/${id}` },
  },

  mentorships: {
    mine: { path: "/mentorats", getHref: () => "/mentorats" },
    mentorship: { path: "/mentorats/:id", getHref: (id: string) => `/mentorats/${id}` },
    findMentor: { path: "/trouver-un-mentor", getHref: () => "/trouver-un-mentor" },
  },

  projects: {
    /** `needsMySkills` opens the list filtered on the projects that seek the signed-in member's skills. */
    list: {
      path: "/projets",
      getHref: ({ needsMySkills = false }: { needsMySkills?: boolean } = {}) =>
        needsMySkills ? "/projets?needsMySkills=true" : "/projets",
    },
    create: { path: "/projets/nouveau", getHref: () => "/projets/nouveau" },
    mine: { path: "/projets/mes-projets", getHref: () => "/projets/mes-projets" },
    project: { path: "/projets/:id", getHref: (id: string) => `/projets/${id}` },
    edit: { path: "/projets/:id/modifier", getHref: (id: string) => `/projets/${id}/modifier` },
  },

  notifications: { path: "/notifications", getHref: () => "/notifications" },

  /** The satisfaction survey, as a member answers it (the notification and the mail link here). */
  survey: { path: "/enquete", getHref: () => "/enquete" },

  /** The animateurs' pages. */
  animation: {
    /** The console: the queues of what is stalling, each with its action. */
    console: { path: "/animation", getHref: () => "/animation" },
    /** Every pairing, filtered, with the CSV export. */
    pairings: { path: "/animation/mentorats", getHref: () => "/animation/mentorats" },
    /** The administrators' accounts page: roles and suspensions. */
    members: { path: "/animation/membres", getHref: () => "/animation/membres" },
    matchingRuns: { path: "/animation/appariements", getHref: () => "/animation/appariements" },
    matchingRun: { path: "/animation/appariements/:id", getHref: (id: string) => `/animation/appariements/${id}` },
    reports: { path: "/animation/signalements", getHref: () => "/animation/signalements" },
    datasetReviews: { path: "/animation/jeux-de-donnees", getHref: () => "/animation/jeux-de-donnees" },
    tchap: { path: "/animation/tchap", getHref: () => "/animation/tchap" },
    surveys: { path: "/animation/enquetes", getHref: () => "/animation/enquetes" },
    surveyResults: { path: "/animation/enquetes/:id", getHref: (id: string) => `/animation/enquetes/${id}` },
  },

  /** The administrators' pages. */
  admin: {
    /** Partner API clients: other administrations' applications (client credentials). */
    partnerClients: { path: "/admin/partenaires", getHref: () => "/admin/partenaires" },
    partnerClientCreate: { path: "/admin/partenaires/nouveau", getHref: () => "/admin/partenaires/nouveau" },
    partnerClient: { path: "/admin/partenaires/:id", getHref: (id: string) => `/admin/partenaires/${id}` },
    partnerClientEdit: { path: "/admin/partenaires/:id/modifier", getHref: (id: string) => `/admin/partenaires/${id}/modifier` },
    /** The audit log: security events and privileged actions. */
    auditLog: { path: "/admin/journal-audit", getHref: () => "/admin/journal-audit" },
  },

  /** « La Piscine », the weekly challenge; animateurs publish and change challenges. */
  challenges: {
    list: { path: "/piscine", getHref: () => "/piscine" },
    create: { path: "/piscine/nouveau", getHref: () => "/piscine/nouveau" },
    challenge: { path: "/piscine/:id", getHref: (id: string) => `/piscine/${id}` },
    edit: { path: "/piscine/:id/modifier", getHref: (id: string) => `/piscine/${id}/modifier` },
  },

  /** Events and webinars: the agenda, an event, its form and its registrants (organisers), my registrations. */
  events: {
    list: {
      path: "/evenements",
      /** `search` is a query string of the agenda, e.g. "when=PAST&type=WEBINAR". */
      getHref: ({ search = "" }: { search?: string } = {}) => (search ? `/evenements?${search}` : "/evenements"),
    },
    create: { path: "/evenements/nouveau", getHref: () => "/evenements/nouveau" },
    mine: { path: "/evenements/mes-inscriptions", getHref: () => "/evenements/mes-inscriptions" },
    event: { path: "/evenements/:id", getHref: (id: string) => `/evenements/${id}` },
    edit: { path: "/evenements/:id/modifier", getHref: (id: string) => `/evenements/${id}/modifier` },
    registrants: { path: "/evenements/:id/inscrits", getHref: (id: string) => `/evenements/${id}/inscrits` },
  },

  /** The training library (lib-front) and the learning paths (path-front). */
  training: {
    // Library: the resources, their moderation, my list and my proposals.
    resources: {
      path: "/ressources",
      /** `search` is a query string of filters, e.g. "level=BEGINNER&contentLanguage=FR". */
      getHref: ({ search = "" }: { search?: string } = {}) => (search ? `/ressources?${search}` : "/ressources"),
    },
    resourcePropose: { path: "/ressources/proposer", getHref: () => "/ressources/proposer" },
    resourcesBookmarked: { path: "/ressources/ma-liste", getHref: () => "/ressources/ma-liste" },
    resourcesMine: { path: "/ressources/mes-propositions", getHref: () => "/ressources/mes-propositions" },
    resource: { path: "/ressources/:id", getHref: (id: string) => `/ressources/${id}` },
    resourceEdit: { path: "/ressources/:id/modifier", getHref: (id: string) => `/ressources/${id}/modifier` },
    resourceModeration: { path: "/animation/ressources", getHref: () => "/animation/ressources" },

    // Learning paths (« parcours »): the list, a path, its editor, mine.
    paths: { path: "/parcours", getHref: () => "/parcours" },
    pathCreate: { path: "/parcours/nouveau", getHref: () => "/parcours/nouveau" },
    myPaths: { path: "/parcours/mes-parcours", getHref: () => "/parcours/mes-parcours" },
    path: { path: "/parcours/:id", getHref: (id: string) => `/parcours/${id}` },
    pathEdit: { path: "/parcours/:id/modifier", getHref: (id: string) => `/parcours/${id}/modifier` },
  },
} as const;
