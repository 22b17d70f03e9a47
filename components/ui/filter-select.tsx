/**
 * A native select's choices, and the labelled select of the plain GET filter forms (project
 * lists, report, completeness). Server and client components both use these: no state, no hooks.
 */

export type Choice = { value: string; label: string };

/** The `<option>`s of a select: an optional empty choice first (`empty`: its text), then `options`. */
export function ChoiceOptions({ options, empty }: { options: readonly Choice[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** A label above a select in a GET filter form; `all` is the text of the empty choice (no filter), if it has one. */
export function FilterSelect({
  id,
  name,
  label,
  options,
  defaultValue,
  all,
  fullWidth = true,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly Choice[];
  defaultValue?: string;
  all?: string;
  /** fill its grid cell (the filter grids); off in a row of controls */
  fullWidth?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={`mt-1 ${fullWidth ? "w-full " : ""}rounded border border-gray-400 bg-white px-2 py-1.5`}>
        <ChoiceOptions options={options} empty={all} />
      </select>
    </div>
  );
}
