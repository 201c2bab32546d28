import { describe, expect, it } from "vitest";
import { levelLabel, seatsLabel, waitlistPositionLabel, whereLabel } from "./event-labels";

describe("the events' wording", () => {
  it("counts the seats left, says when it is full, and when there is no limit", () => {
    expect(seatsLabel({ capacity: 10, seatsLeft: 3 })).toBe("3 places restantes");
    expect(seatsLabel({ capacity: 10, seatsLeft: 1 })).toBe("1 place restante");
    expect(seatsLabel({ capacity: 10, seatsLeft: 0 })).toBe("Complet — liste d'attente");
    expect(seatsLabel({ capacity: undefined, seatsLeft: undefined })).toBe("Places illimitées");
  });

  it("writes the waitlist position as a French ordinal", () => {
    expect(waitlistPositionLabel(1)).toBe("Vous êtes 1ᵉʳ sur la liste d'attente");
    expect(waitlistPositionLabel(3)).toBe("Vous êtes 3ᵉ sur la liste d'attente");
    expect(waitlistPositionLabel(undefined)).toBe("Vous êtes sur la liste d'attente");
  });

  it("says where and for whom", () => {
    expect(whereLabel({ online: true, place: undefined })).toBe("En ligne");
    expect(whereLabel({ online: true, place: "Insee, Montrouge" })).toBe("Insee, Montrouge et en ligne");
    expect(levelLabel(undefined)).toBe("Tous niveaux");
  });
});
