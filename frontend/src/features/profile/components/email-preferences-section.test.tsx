import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ProfileDraft, ProfileField } from "../utils/profile-draft";
import { EmailPreferencesSection, MAILED_KINDS } from "./email-preferences-section";

function Harness({ initial, onDraft }: { initial: ProfileDraft["emailOptOuts"]; onDraft: (d: ProfileDraft["emailOptOuts"]) => void }) {
  const [optOuts, setOptOuts] = useState(initial);
  const draft = { emailOptOuts: optOuts } as ProfileDraft;
  return (
    <EmailPreferencesSection
      draft={draft}
      errors={{}}
      onChange={<F extends ProfileField>(_field: F, value: ProfileDraft[F]) => {
        const next = value as ProfileDraft["emailOptOuts"];
        setOptOuts(next);
        onDraft(next);
      }}
    />
  );
}

describe("the e-mail preferences", () => {
  it("shows every mailed kind as received unless turned off, and turns one off and on again", async () => {
    const drafts: ProfileDraft["emailOptOuts"][] = [];
    render(<Harness initial={["REMINDER_NO_SESSION"]} onDraft={(d) => drafts.push(d)} />);

    expect(screen.getByLabelText("On me demande un mentorat")).toBeChecked();
    expect(screen.getByLabelText("Rappel : aucune séance depuis trois semaines")).not.toBeChecked();

    await userEvent.click(screen.getByLabelText("On me demande un mentorat"));
    expect(drafts.at(-1)).toEqual(["REMINDER_NO_SESSION", "MENTORSHIP_REQUESTED"]);

    await userEvent.click(screen.getByLabelText("Rappel : aucune séance depuis trois semaines"));
    expect(drafts.at(-1)).toEqual(["MENTORSHIP_REQUESTED"]);

    await userEvent.click(screen.getByLabelText("Un mentor m'est proposé par le programme"));
    expect(drafts.at(-1)).toEqual(["MENTORSHIP_REQUESTED", "MENTORSHIP_PROPOSED"]);
  });
});

describe("the mailed kinds", () => {
  it("offers every kind the contract says is mailed, so that none can be received without a way to turn it off", () => {
    const schema = readFileSync("src/lib/api/schema.d.ts", "utf8");
    const mailed = /\(emailOptOuts\) : ([A-Z_, ]+)\./.exec(schema)?.[1].split(", ");
    expect(mailed).toBeDefined();
    expect(MAILED_KINDS.map(({ kind }) => kind).sort()).toEqual([...(mailed ?? [])].sort());
  });
});
