import type { WorkbenchStrings } from "./strings";
import type { ValidationAlert } from "./validateEntry";

export interface ValidationAlertBoxProps {
  alert: ValidationAlert;
  strings: WorkbenchStrings;
  /** Back to the entry, to correct it. */
  onRetry: () => void;
  /** Drop the entry; the cell keeps what it held. */
  onCancel: () => void;
  /** Keep the entry despite the rule (Warning and Information alerts only). */
  onAccept: () => void;
}

/**
 * Excel's data-validation error alert, inline above the grid rather than a dialog: its title and
 * message, and the choices its style gives (Stop: retry or cancel; Warning: also keep the entry;
 * Information: keep it or cancel). The entry stays open meanwhile.
 */
export function ValidationAlertBox({ alert, strings, onRetry, onCancel, onAccept }: ValidationAlertBoxProps) {
  const button = (testId: string, label: string, onClick: () => void) => (
    <button type="button" data-testid={testId} onClick={onClick}>
      {label}
    </button>
  );
  return (
    <div
      className={`wb-alert wb-alert-${alert.style.toLowerCase()}`}
      data-testid="validation-alert"
      data-style={alert.style}
      role="alert"
    >
      <strong className="wb-alert-title">{alert.title || strings.alertDefaultTitle}</strong>
      <span className="wb-alert-message">{alert.message || strings.alertDefaultMessage}</span>
      <span className="wb-alert-buttons">
        {alert.style === "Warning" ? button("validation-accept", strings.alertContinue, onAccept) : null}
        {alert.style === "Information"
          ? button("validation-accept", strings.alertOk, onAccept)
          : button("validation-retry", strings.alertRetry, onRetry)}
        {button("validation-cancel", strings.alertCancel, onCancel)}
      </span>
    </div>
  );
}
