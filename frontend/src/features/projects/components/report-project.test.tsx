import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { projectFixture } from "../test/project-fixtures";
import { ReportProject } from "./report-project";

const REPORT = "POST /api/v1/projects/p-covid/reports";
const LEA = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] };

describe("reporting a project", () => {
  it("asks a reason, requires a comment for « Autre », and confirms once sent", async () => {
    startSession(LEA);
    const sent: unknown[] = [];
    mockApi({
      [REPORT]: async (request) => {
        sent.push(await request.json());
        return jsonResponse(
          {
            id: "r-1",
            projectId: "p-covid",
            reason: "OTHER",
            comment: "Le titre est trompeur.",
            status: "OPEN",
            createdAt: "2026-12-02T10:00:00Z",
          },
          201,
        );
      },
    });
    renderWithProviders(<ReportProject project={projectFixture()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Signaler ce projet" }));
    const dialog = screen.getByRole("dialog", { name: "Signaler ce projet aux animateurs", hidden: true });
    const send = within(dialog).getByRole("button", { name: "Envoyer le signalement", hidden: true });
    await user.click(send);
    expect(within(dialog).getByText("Choisissez le motif du signalement.")).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText("Autre"));
    await user.click(send);
    expect(within(dialog).getByText(/le commentaire est obligatoire pour « Autre »/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Commentaire/), "Le titre est trompeur.");
    await user.click(send);
    expect(
      await screen.findByText("Votre signalement est transmis aux animateurs. Vous serez prévenu·e de leur décision."),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ reason: "OTHER", comment: "Le titre est trompeur." }]);
  });

  it("explains that the member already reported it", async () => {
    startSession(LEA);
    mockApi({
      [REPORT]: () =>
        problemResponse({
          status: 409,
          detail: "Vous avez déjà signalé ce projet : les animateurs n'ont pas encore traité votre signalement.",
        }),
    });
    renderWithProviders(<ReportProject project={projectFixture()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Signaler ce projet" }));
    const dialog = screen.getByRole("dialog", { name: "Signaler ce projet aux animateurs", hidden: true });
    await user.click(within(dialog).getByLabelText("Projet abandonné"));
    await user.click(within(dialog).getByRole("button", { name: "Envoyer le signalement", hidden: true }));
    expect(await within(dialog).findByText(/Vous avez déjà signalé ce projet/)).toBeInTheDocument();
    expect(screen.queryByText(/Votre signalement est transmis/)).not.toBeInTheDocument();
  });
});
