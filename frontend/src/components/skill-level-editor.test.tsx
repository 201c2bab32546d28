import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { SkillItem, SkillLevelInput } from "../lib/api/types";
import { SkillLevelEditor } from "./skill-level-editor";

const CATALOG: SkillItem[] = [
  { code: "python", name: "Python", category: "LANGAGE" },
  { code: "r", name: "R", category: "LANGAGE" },
  { code: "sql", name: "SQL", category: "LANGAGE" },
];

/** The editor inside a form, as on the profile page; the form must never be sent by the editor's buttons. */
function EditorInForm({ initial, onSubmit }: { initial: SkillLevelInput[]; onSubmit: () => void }) {
  const [skills, setSkills] = useState(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <SkillLevelEditor skills={skills} catalog={CATALOG} onChange={setSkills} />
      <output data-testid="skills">{JSON.stringify(skills)}</output>
    </form>
  );
}

function renderEditor(initial: SkillLevelInput[] = []) {
  const onSubmit = vi.fn();
  render(<EditorInForm initial={initial} onSubmit={onSubmit} />);
  const edited = () => JSON.parse(screen.getByTestId("skills").textContent ?? "[]") as SkillLevelInput[];
  return { onSubmit, edited, user: userEvent.setup({ delay: null }) };
}

describe("the skill level editor", () => {
  it("labels the four levels from Débutant to Expert", () => {
    renderEditor();

    const levels = screen.getByLabelText("Niveau de cette compétence");
    expect([...levels.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "1 – Débutant",
      "2 – Intermédiaire",
      "3 – Avancé",
      "4 – Expert",
    ]);
  });

  it("adds a skill at the chosen level, without sending the form", async () => {
    const { edited, onSubmit, user } = renderEditor([{ code: "python", level: 2 }]);

    await user.selectOptions(screen.getByLabelText("Compétence à ajouter"), "sql");
    await user.selectOptions(screen.getByLabelText("Niveau de cette compétence"), "4");
    await user.click(screen.getByRole("button", { name: "Ajouter la compétence" }));

    expect(edited()).toEqual([
      { code: "python", level: 2 },
      { code: "sql", level: 4 },
    ]);
    expect(screen.getByLabelText("Niveau en SQL")).toHaveValue("4");
    expect(screen.getByText("SQL ajoutée, niveau 4 – Expert.")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("offers only the skills not chosen yet", () => {
    renderEditor([{ code: "python", level: 1 }]);

    const choices = screen.getByLabelText("Compétence à ajouter");
    expect([...choices.querySelectorAll("option")].map((option) => option.textContent)).toEqual(["Choisir une compétence", "R", "SQL"]);
  });

  it("changes the level of a chosen skill", async () => {
    const { edited, user } = renderEditor([{ code: "r", level: 1 }]);

    await user.selectOptions(screen.getByLabelText("Niveau en R"), "3");

    expect(edited()).toEqual([{ code: "r", level: 3 }]);
  });

  it("removes a skill and gives the focus back to the skill choice", async () => {
    const { edited, onSubmit, user } = renderEditor([
      { code: "python", level: 2 },
      { code: "r", level: 4 },
    ]);

    await user.click(screen.getByRole("button", { name: "Retirer Python" }));

    expect(edited()).toEqual([{ code: "r", level: 4 }]);
    expect(screen.queryByLabelText("Niveau en Python")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Compétence à ajouter")).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("cannot add without a chosen skill", () => {
    renderEditor();

    expect(screen.getByRole("button", { name: "Ajouter la compétence" })).toBeDisabled();
  });
});
