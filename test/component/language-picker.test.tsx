// Issue 25: "Ngôn ngữ / Language" is one choice of two: native radios in a named group, one Tab
// stop, arrow keys move and choose.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { LanguagePicker } from "../../src/components/language-picker";
import { useLocale } from "../../src/i18n/locale";

beforeEach(() => useLocale.setState({ lang: "vi", started: true }));

describe("the language choice", () => {
  it("is a group of radios named in both languages, the language in use checked", () => {
    render(<LanguagePicker />);
    const group = screen.getByRole("group", { name: "Ngôn ngữ / Language" });
    expect(group).toContainElement(screen.getByRole("radio", { name: "Tiếng Việt" }));
    expect(screen.getByRole("radio", { name: "Tiếng Việt" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "English" })).not.toBeChecked();
  });

  it("takes one Tab stop, and an arrow key chooses the other language", async () => {
    const user = userEvent.setup();
    render(
      <>
        <LanguagePicker />
        <button type="button">Sau</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("radio", { name: "Tiếng Việt" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByRole("radio", { name: "English" })).toBeChecked();
    expect(useLocale.getState().lang).toBe("en");
    expect(screen.getByRole("radio", { name: "English" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Sau" })).toHaveFocus();
  });
});
