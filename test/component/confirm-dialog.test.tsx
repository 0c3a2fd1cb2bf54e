// Issue 25, dialogs: every confirm in the app is a ConfirmDialog. Opened, focus moves inside it
// (to the safe choice), Tab stays inside, Escape cancels and focus goes back to what opened it.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "../../src/components/confirm-dialog";
import { useConfirm } from "../../src/components/use-confirm";

function Unlink({ danger = true, onConfirm }: { danger?: boolean; onConfirm(): void }) {
  const dialog = useConfirm<string>();
  const [done, setDone] = useState(false);
  return (
    <>
      <button type="button">Trước</button>
      <button type="button" onClick={() => dialog.ask("Cà phê Sáng")}>
        Hủy liên kết Cà phê Sáng
      </button>
      {done && <p>Đã hủy liên kết.</p>}
      <ConfirmDialog
        open={dialog.open}
        title="Hủy liên kết OA?"
        body={`${dialog.asking ?? ""} sẽ không còn thuộc ZCA này.`}
        confirm="Hủy liên kết"
        cancel="Giữ lại"
        danger={danger}
        onConfirm={() => {
          dialog.close();
          setDone(true);
          onConfirm();
        }}
        onCancel={dialog.close}
      />
    </>
  );
}

async function open(props: Partial<React.ComponentProps<typeof Unlink>> = {}) {
  const onConfirm = vi.fn();
  const user = userEvent.setup();
  render(<Unlink onConfirm={onConfirm} {...props} />);
  const opener = screen.getByRole("button", { name: "Hủy liên kết Cà phê Sáng" });
  await user.click(opener);
  const dialog = await screen.findByRole("dialog", { name: "Hủy liên kết OA?" });
  return { user, opener, dialog, onConfirm };
}

describe("a confirm dialog", () => {
  it("is a modal dialog named by its title and described by its body", async () => {
    const { dialog } = await open();
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveAccessibleDescription("Cà phê Sáng sẽ không còn thuộc ZCA này.");
  });

  it("moves focus to the safe choice of a danger action, and keeps Tab inside", async () => {
    const { user, dialog } = await open();
    const cancel = screen.getByRole("button", { name: "Giữ lại" });
    const confirm = screen.getByRole("button", { name: "Hủy liên kết" });
    await waitFor(() => expect(cancel).toHaveFocus());
    expect(dialog).toContainElement(cancel);

    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();
  });

  it("moves focus to the first action when nothing is at risk", async () => {
    await open({ danger: false });
    await waitFor(() => expect(screen.getByRole("button", { name: "Giữ lại" })).toHaveFocus());
  });

  it("closes on Escape as a cancel and gives focus back to what opened it", async () => {
    const { user, opener, onConfirm } = await open();
    await waitFor(() => expect(screen.getByRole("button", { name: "Giữ lại" })).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(opener).toHaveFocus());
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("confirms with Enter on the action, and Escape does nothing once it is closed", async () => {
    const { user, onConfirm } = await open();
    const confirm = screen.getByRole("button", { name: "Hủy liên kết" });
    await waitFor(() => expect(screen.getByRole("button", { name: "Giữ lại" })).toHaveFocus());
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Đã hủy liên kết.")).toBeInTheDocument();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.keyboard("{Escape}");
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
