import { NamedModal } from "./named-modal";

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

/**
 * Asks before an action that changes what a ZCA holds; the confirm button names the action. Cancel
 * comes first, so it is where focus lands when the dialog opens: Enter on a danger never happens
 * by accident.
 */
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
  return (
    <NamedModal
      visible={open}
      title={title}
      description={body}
      onClose={onCancel}
      actions={[
        { text: cancel, onClick: onCancel },
        { text: confirm, onClick: onConfirm, highLight: !danger, danger },
      ]}
    >
      {children}
    </NamedModal>
  );
}
