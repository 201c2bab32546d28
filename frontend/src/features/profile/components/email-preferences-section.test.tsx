import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { ProfileDraft, ProfileField } from "../utils/profile-draft";
import { EmailPreferencesSection } from "./email-preferences-section";

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
