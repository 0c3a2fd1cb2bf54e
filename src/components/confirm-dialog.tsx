import { useId } from "react";
import { Modal } from "zmp-ui";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children?: React.ReactNode;
}

/** Asks before an action that changes what a ZCA holds; the confirm button names the action. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirm,
  cancel,
  danger,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const titleId = useId();
  // zmp-ui's Modal points aria-labelledby at an id its title never gets: name the dialog ourselves.
  const nameDialog = (element: HTMLElement | null) => {
    const dialog = element?.closest('[role="dialog"]');
    const heading = dialog?.querySelector(".zaui-modal-content-title");
    if (!dialog || !heading) return;
    heading.id = titleId;
    dialog.setAttribute("aria-labelledby", titleId);
  };
  return (
    <Modal
      visible={open}
      title={title}
      description={body}
      onClose={onCancel}
      unmountOnClose
      actions={[
        { text: cancel, onClick: onCancel },
        { text: confirm, onClick: onConfirm, highLight: !danger, danger },
      ]}
    >
      <div ref={nameDialog}>{children}</div>
    </Modal>
  );
}
