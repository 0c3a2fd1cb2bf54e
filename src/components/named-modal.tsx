import { useId, type ComponentProps } from "react";
import { Modal } from "zmp-ui";

/**
 * zmp-ui's Modal, named by its title: zmp-ui points aria-labelledby at an id its title never
 * gets, which leaves the dialog without an accessible name.
 */
export function NamedModal({ children, ...props }: ComponentProps<typeof Modal>) {
  const titleId = useId();
  const nameDialog = (element: HTMLElement | null) => {
    const dialog = element?.closest('[role="dialog"]');
    const heading = dialog?.querySelector(".zaui-modal-content-title");
    if (!dialog || !heading) return;
    heading.id = titleId;
    dialog.setAttribute("aria-labelledby", titleId);
  };
  return (
    <Modal {...props}>
      <div ref={nameDialog}>{children}</div>
    </Modal>
  );
}
