import { useEffect, useId, useRef, useState, type ComponentProps } from "react";
import { Modal } from "zmp-ui";

type NamedModalProps = Omit<ComponentProps<typeof Modal>, "onClose"> & {
  /** Called for a tap outside the dialog and for Escape: both mean "cancel". */
  onClose(): void;
};

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * zmp-ui's Modal as a keyboard and a screen reader expect a dialog: named by its title (zmp-ui
 * points aria-labelledby at an id its title never gets) and described by its description; when it
 * opens, focus moves to its first action (a confirm's cancel, the safe choice) or else its first
 * control; Tab and Shift+Tab stay inside; Escape closes it as a cancel; on closing, focus goes
 * back to what opened it. Its content mounts at each opening, so focus moves in once it is shown.
 */
export function NamedModal({ children, onClose, visible = false, ...props }: NamedModalProps) {
  const titleId = useId();
  const descriptionId = useId();
  // State, not a ref: the content mounts a render after `visible` turns true, and focus moves then.
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    if (!visible) {
      if (wasOpen.current && opener.current?.isConnected) opener.current.focus();
      wasOpen.current = false;
      return;
    }
    const dialog = content?.closest<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    wasOpen.current = true;
    nameDialog(dialog, titleId, descriptionId);
    if (!dialog.contains(document.activeElement)) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const first =
        dialog.querySelector<HTMLElement>(".zaui-modal-content-actions button:not([disabled])") ??
        dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        close.current();
      } else if (event.key === "Tab") {
        keepTabInside(dialog, event);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [visible, content, titleId, descriptionId]);

  return (
    <Modal {...props} visible={visible} onClose={() => close.current()} unmountOnClose>
      <div ref={setContent}>{children}</div>
    </Modal>
  );
}

function nameDialog(dialog: HTMLElement, titleId: string, descriptionId: string): void {
  const title = dialog.querySelector(".zaui-modal-content-title");
  if (title) {
    title.id = titleId;
    dialog.setAttribute("aria-labelledby", titleId);
  }
  const description = dialog.querySelector(".zaui-modal-content-description");
  if (description?.textContent) {
    description.id = descriptionId;
    dialog.setAttribute("aria-describedby", descriptionId);
  }
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(dialog: HTMLElement, event: KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (controls.length === 0) return;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const inside = dialog.contains(document.activeElement);
  if (event.shiftKey && (!inside || document.activeElement === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || document.activeElement === last)) {
    event.preventDefault();
    first.focus();
  }
}
