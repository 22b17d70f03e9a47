/**
 * A small helper for enumerations with Dutch labels: the single place where a code list and
 * its labels are defined. Order is the report order.
 */
export type LabelledEnum<T extends string> = {
  readonly values: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  label(value: T): string;
  options: readonly { value: T; label: string }[];
  is(value: unknown): value is T;
};

export function labelledEnum<const T extends string>(
  entries: readonly (readonly [T, string])[],
): LabelledEnum<T> {
  const values = entries.map(([v]) => v);
  const labels = Object.fromEntries(entries) as Record<T, string>;
  const set = new Set<string>(values);
  return {
    values,
    labels,
    label: (value) => labels[value],
    options: entries.map(([value, label]) => ({ value, label })),
    is: (value): value is T => typeof value === "string" && set.has(value),
  };
}
