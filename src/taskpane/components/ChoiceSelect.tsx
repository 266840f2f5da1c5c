/**
 * A drop-down of a few fixed choices (paper, detail, a document's language) as the sections show
 * them: its id doubles as the test id, each choice is labelled from `labels`.
 */
export function ChoiceSelect<T extends string>({
  id,
  className,
  value,
  choices,
  labels,
  onChange,
}: {
  id: string;
  className: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <select
      id={id}
      className={className}
      data-testid={id}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as T)}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </select>
  );
}
