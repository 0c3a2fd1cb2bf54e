import { forwardRef, type ComponentPropsWithoutRef } from "react";

type FieldProps = ComponentPropsWithoutRef<"input"> & { multiline?: boolean };

/**
 * A text input, or for a long one-line value (an address) two lines to read it whole; Enter never
 * breaks the line, since the value is one line on the invoice.
 */
export const OneLineField = forwardRef<HTMLInputElement | HTMLTextAreaElement, FieldProps>(
  function OneLineField({ multiline = false, ...props }, ref) {
    if (!multiline) return <input ref={ref as React.Ref<HTMLInputElement>} {...props} />;
    const { type: _type, inputMode, onChange, onBlur, ...rest } = props;
    return (
      <textarea
        ref={ref as React.Ref<HTMLTextAreaElement>}
        rows={2}
        {...(rest as ComponentPropsWithoutRef<"textarea">)}
        inputMode={inputMode}
        onChange={onChange as unknown as React.ChangeEventHandler<HTMLTextAreaElement>}
        onBlur={onBlur as unknown as React.FocusEventHandler<HTMLTextAreaElement>}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
      />
    );
  },
);
