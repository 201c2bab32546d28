import type userEvent from "@testing-library/user-event";

/** Puts a value in a field at once, as a paste does: typing long texts key by key is slow on a busy machine. */
export async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}
