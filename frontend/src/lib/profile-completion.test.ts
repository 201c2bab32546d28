import { describe, expect, it } from "vitest";
import { profileCompletion } from "./profile-completion";

const EMPTY = {
  bio: undefined,
  jobTitle: undefined,
  organization: undefined,
  skills: [],
  learningSkills: [],
  wantsMentor: false,
  canMentor: false,
  tchapHandle: undefined,
};

describe("the completion of a profile", () => {
  it("lists everything as missing on a new account, with the section of each", () => {
    const completion = profileCompletion(EMPTY);
    expect(completion).toMatchObject({ done: 0, total: 6, percent: 0 });
    expect(completion.items.find(({ key }) => key === "skills")).toMatchObject({ done: false, section: "competences" });
  });

  it("counts what is told; a blank text is not", () => {
    const completion = profileCompletion({
      ...EMPTY,
      bio: "   ",
      skills: [{ code: "r", name: "R", level: 1 }],
      learningSkills: [{ code: "python", name: "Python" }],
      wantsMentor: true,
      jobTitle: "Adjointe administrative",
    });
    expect(completion).toMatchObject({ done: 3, total: 6, percent: 50 });
    expect(completion.items.filter(({ done }) => !done).map(({ key }) => key)).toEqual(["position", "bio", "tchapHandle"]);
  });
});
