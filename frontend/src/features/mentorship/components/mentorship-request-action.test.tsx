import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { MemberProfile, RequestEligibility, RequestRefusal } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MentorshipRequestAction, MentorshipRequestButton } from "./mentorship-request-action";

const ELIGIBILITY = "/api/v1/mentorships/eligibility";

const claire: MemberProfile = {
  id: "m-claire",
  displayName: "Claire Fontaine",
  firstName: "Claire",
  lastName: "Fontaine",
  roles: ["member"],
  skills: [],
  learningSkills: [],
  canMentor: true,
  mentorCapacity: 3,
  wantsMentor: false,
  eventsAttended: 0,
};

const ALLOWED: RequestEligibility = { allowed: true };

/** The reasons the server gives Léa about Claire (see RequestRefusal in the backend). */
const REFUSALS: Record<RequestRefusal, string> = {
  SELF: "Vous ne pouvez pas vous demander un mentorat à vous-même.",
  MENTEE_NOT_LOOKING: "Indiquez d'abord dans votre profil que vous souhaitez être accompagné·e.",
  NOT_MENTORING: "Claire Fontaine ne propose pas d'accompagnement pour le moment.",
  MENTOR_FULL: "Claire Fontaine accompagne déjà autant de personnes que possible. Essayez un autre mentor.",
  ALREADY_OPEN: "Une demande ou un mentorat est déjà en cours avec Claire Fontaine.",
  MENTEE_PAIRED: "Vous avez déjà un mentorat en cours : terminez-le avant d'en demander un autre.",
  TOO_MANY_PENDING: "Vous avez déjà 3 demandes en attente : attendez une réponse ou retirez-en une.",
};

const refused = (rule: RequestRefusal): RequestEligibility => ({ allowed: false, rule, reason: REFUSALS[rule] });

function myProfile(wantsMentor: boolean) {
  return { id: "m-lea", displayName: "Léa Moreau", wantsMentor, canMentor: false };
}

function renderAction(mentor: MemberProfile) {
  return renderWithProviders(<MentorshipRequestAction mentor={mentor} />, {
    url: `/membres/${mentor.id}`,
    path: "/membres/:id",
    otherRoutes: [
      { path: "/mentorats/:id", element: <h1>Page du mentorat</h1> },
      { path: "/profil", element: <h1>Mon profil</h1> },
    ],
  });
}

const requestButton = () => screen.queryByRole("button", { name: /Demander un mentorat/ });

describe("asking a member for mentoring", () => {
  beforeEach(() => startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] }));

  it("is neither offered nor explained on the page of a member who does not mentor, nor on one's own", () => {
    const api = mockApi({ [`GET ${ELIGIBILITY}`]: () => jsonResponse(ALLOWED) });

    const notMentoring = renderAction({ ...claire, canMentor: false });
    expect(requestButton()).not.toBeInTheDocument();
    notMentoring.unmount();

    const withoutRoom = renderAction({ ...claire, mentorCapacity: 0 });
    expect(requestButton()).not.toBeInTheDocument();
    withoutRoom.unmount();

    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-claire", roles: ["member"] });
    const { container } = renderAction(claire);
    expect(requestButton()).not.toBeInTheDocument();
    expect(container).toBeEmptyDOMElement();
    expect(api.requestsTo("GET", ELIGIBILITY)).toHaveLength(0);
  });

  it("offers the request to a mentor the server would accept it for", async () => {
    const api = mockApi({ [`GET ${ELIGIBILITY}`]: () => jsonResponse(ALLOWED) });

    renderAction(claire);

    expect(await screen.findByRole("button", { name: "Demander un mentorat à Claire Fontaine" })).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", ELIGIBILITY)[0].url).searchParams.get("mentorId")).toBe("m-claire");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it.each(Object.keys(REFUSALS) as RequestRefusal[])("says why instead of offering a request the server refuses (%s)", async (rule) => {
    mockApi({ [`GET ${ELIGIBILITY}`]: () => jsonResponse(refused(rule)) });

    renderAction(claire);

    expect(await screen.findByText(REFUSALS[rule])).toBeInTheDocument();
    expect(requestButton()).not.toBeInTheDocument();
  });

  it("sends to my profile when I have not said I want a mentor", async () => {
    mockApi({ [`GET ${ELIGIBILITY}`]: () => jsonResponse(refused("MENTEE_NOT_LOOKING")) });
    const { router } = renderAction(claire);

    const notice = (await screen.findByText(REFUSALS.MENTEE_NOT_LOOKING)).closest(".fr-alert") as HTMLElement;
    expect(notice).toHaveTextContent("Cochez « Je souhaite être accompagné·e (mentoré·e) »");
    await userEvent.click(within(notice).getByRole("link", { name: "Mon profil" }));

    expect(await screen.findByRole("heading", { name: "Mon profil" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/profil");
  });

  it("does not offer the way to my profile for the other refusals", async () => {
    mockApi({ [`GET ${ELIGIBILITY}`]: () => jsonResponse(refused("MENTOR_FULL")) });

    renderAction(claire);

    expect(await screen.findByText(REFUSALS.MENTOR_FULL)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Mon profil" })).not.toBeInTheDocument();
  });

  it("still offers the request when the check fails: the form will tell the server's answer", async () => {
    mockApi({ [`GET ${ELIGIBILITY}`]: () => problemResponse({ status: 503, detail: "Service indisponible." }) });

    renderAction(claire);

    expect(await screen.findByRole("button", { name: "Demander un mentorat à Claire Fontaine" })).toBeInTheDocument();
  });

  it("sends the request from a modal, opens the new pairing, and no longer offers to ask again", async () => {
    let requested = false;
    const api = mockApi({
      "GET /api/v1/me": () => jsonResponse(myProfile(true)),
      [`GET ${ELIGIBILITY}`]: () => jsonResponse(requested ? refused("ALREADY_OPEN") : ALLOWED),
      "POST /api/v1/mentorships": () => {
        requested = true;
        return jsonResponse({ id: "p-new", status: "PENDING" }, 201);
      },
    });
    const { router } = renderAction(claire);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Demander un mentorat à Claire Fontaine" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Claire Fontaine" });
    await user.type(await within(dialog).findByLabelText(/Votre message/), "Bonjour Claire !");
    await user.type(within(dialog).getByLabelText("Objectif 1"), "Publier une étude avec Quarto");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));

    expect(await screen.findByRole("heading", { name: "Page du mentorat" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/mentorats/p-new");
    expect(router.state.location.state).toEqual({
      flash: "Votre demande de mentorat a été envoyée à Claire Fontaine. Vous serez prévenu·e de sa réponse.",
      flashSeverity: "success",
    });

    // The answer cached before the request is out of date: it is asked again at once.
    await waitFor(() => expect(api.requestsTo("GET", ELIGIBILITY)).toHaveLength(2));
    await act(() => router.navigate(-1));
    expect(await screen.findByText(REFUSALS.ALREADY_OPEN)).toBeInTheDocument();
    expect(requestButton()).not.toBeInTheDocument();
  });

  it("asks a suggested mentor's future mentee to say in their profile that they want a mentor, instead of the form", async () => {
    const api = mockApi({ "GET /api/v1/me": () => jsonResponse(myProfile(false)) });
    renderWithProviders(<MentorshipRequestButton mentor={claire} />, { url: "/trouver-un-mentor" });
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole("button", { name: "Demander un mentorat à Claire Fontaine" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Claire Fontaine" });

    expect(await within(dialog).findByText("Indiquez d'abord que vous souhaitez être accompagné·e")).toBeInTheDocument();
    expect(within(dialog).getByRole("link", { name: "Mon profil" })).toHaveAttribute("href", "/profil");
    expect(within(dialog).queryByLabelText(/Votre message/)).not.toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/mentorships")).toHaveLength(0);
  });
});
