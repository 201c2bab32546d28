import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { Link } from "react-router";

// DSFR links (Header, Card, Pagination…) navigate with the router instead of reloading the page.
declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: "system", Link });
