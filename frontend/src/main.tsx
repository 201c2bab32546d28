import "@codegouvfr/react-dsfr/main.css";
import "./app/start-dsfr";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";

const container = document.getElementById("root");
if (!container) throw new Error("L'élément #root est absent de index.html.");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
