import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipFixture } from "../test/mentorship-fixtures";
import { MentorshipFeedbackSection } from "./mentorship-feedback";

const ID = "p-1";
const FEEDBACK = `/api/v1/mentorships/${ID}/feedback`;

const completed = mentorshipFixture({
  id: ID,
  status: "COMPLETED",
  startedAt: "2026-03-03T09:30:00+01:00",
  endedAt: "2026-04-03T09:30:00+01:00",
  goals: { total: 1, done: 1 },
});

const claireSaid = { rating: 5, comment: "Bravo Léa !", createdAt: "2026-04-03T10:00:00+02:00" };

describe("the feedback on a pairing", () => {
  it("asks for a rating, then shows the other side's feedback once both are given", async () => {
    const api = mockApi({
      [`GET ${FEEDBACK}`]: () => jsonResponse({ theirsHidden: true, revealAt: "2026-04-17T09:30:00+02:00" }),
      [`POST ${FEEDBACK}`]: async (request) =>
        jsonResponse(
          {
            mine: { ...((await request.json()) as object), createdAt: "2026-04-04T10:00:00+02:00" },
            theirs: claireSaid,
            theirsHidden: false,
          },
          201,
        ),
    });
    renderWithProviders(<MentorshipFeedbackSection mentorship={completed} />);
    const user = userEvent.setup({ delay: null });

    expect(
      await screen.findByText(
        /Claire Fontaine a donné son avis : vous le lirez quand vous aurez donné le vôtre, ou au plus tard le 17 avril 2026/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Envoyer mon avis" }));
    expect(screen.getByText("Choisissez une note.")).toBeInTheDocument();
    expect(api.requestsTo("POST", FEEDBACK)).toHaveLength(0);

    await user.click(screen.getByLabelText("4 – Satisfait·e"));
    await user.type(screen.getByLabelText(/Votre commentaire/), "Merci pour les séances !");
    await user.click(screen.getByRole("button", { name: "Envoyer mon avis" }));

    expect(await screen.findByRole("heading", { name: "L'avis de Claire Fontaine" })).toBeInTheDocument();
    expect(screen.getByText("5 sur 5 – Très satisfait·e")).toBeInTheDocument();
    expect(screen.getByText("« Bravo Léa ! »")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Votre avis" })).toBeInTheDocument();
    expect(screen.getByText("4 sur 5 – Satisfait·e")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Envoyer mon avis" })).not.toBeInTheDocument();
    expect(await api.requestsTo("POST", FEEDBACK)[0].json()).toEqual({ rating: 4, comment: "Merci pour les séances !" });
  });

  it("shows why the server refused the feedback", async () => {
    const detail = "Vous avez déjà donné votre avis sur ce mentorat : il ne peut pas être modifié.";
    mockApi({
      [`GET ${FEEDBACK}`]: () => jsonResponse({ theirsHidden: false }),
      [`POST ${FEEDBACK}`]: () => problemResponse({ status: 409, detail }),
    });
    renderWithProviders(<MentorshipFeedbackSection mentorship={completed} />);
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("Claire Fontaine n'a pas encore donné son avis.")).toBeInTheDocument();
    await user.click(screen.getByLabelText("5 – Très satisfait·e"));
    await user.click(screen.getByRole("button", { name: "Envoyer mon avis" }));

    await waitFor(() => expect(screen.getByText(detail)).toBeInTheDocument());
  });
});
