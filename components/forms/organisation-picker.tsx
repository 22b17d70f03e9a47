"use client";
/**
 * Choosing organisations from the register with type-ahead (a combobox with a listbox, keyboard:
 * arrows, Enter, Escape), and proposing one that is missing. Single (kartrekker) or multiple
 * (partners).
 */
import { useEffect, useId, useRef, useState } from "react";
import { ORGANISATION_TYPE, type OrganisationType } from "@/lib/domain/enums";
import { proposeOrganisationAction, searchOrganisationsAction } from "@/app/(app)/projecten/actions";
import { FieldError, inputClass } from "./fields";
import { ChoiceOptions } from "@/components/ui/filter-select";

export type OrgOption = { id: string; name: string; type?: OrganisationType; city?: string | null; status: "PROPOSED" | "CONFIRMED" };

export function OrganisationPicker({
  id,
  label,
  hint,
  multiple,
  selected,
  known,
  onChange,
  onKnown,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  multiple: boolean;
  selected: string[];
  known: Record<string, OrgOption>;
  onChange: (ids: string[]) => void;
  onKnown: (org: OrgOption) => void;
  error?: string[];
}) {
  const listId = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<OrgOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function search(text: string) {
    setQ(text);
    if (timer.current) clearTimeout(timer.current);
    if (text.trim().length < 2) {
      setResults([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      setSearching(true);
      const r = await searchOrganisationsAction({ q: text });
      setSearching(false);
      if (r.ok) {
        setResults(r.data);
        setSearchError(null);
        setOpen(true);
        setActive(r.data.length ? 0 : -1);
      } else setSearchError(r.message);
    }, 250);
  }

  function choose(org: OrgOption) {
    onKnown(org);
    onChange(multiple ? [...new Set([...selected, org.id])] : [org.id]);
    setQ("");
    setOpen(false);
    setResults([]);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === "Enter") {
      if (open && active >= 0 && results[active]) {
        e.preventDefault();
        choose(results[active]);
      }
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset className="rounded border border-gray-200 p-3">
      <legend className="px-1 font-medium">{label}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {selected.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Gekozen: ${label}`}>
          {selected.map((orgId) => {
            const org = known[orgId];
            return (
              <li key={orgId} className="flex items-center gap-1 rounded bg-brand-50 px-2 py-1 text-sm">
                <span>
                  {org?.name ?? "Onbekende organisatie"}
                  {org?.status === "PROPOSED" ? " (voorgesteld)" : ""}
                </span>
                <button
                  type="button"
                  className="rounded px-1 text-brand-700 hover:bg-brand-100"
                  aria-label={`${org?.name ?? "Organisatie"} verwijderen`}
                  onClick={() => onChange(selected.filter((s) => s !== orgId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="relative mt-2">
        <label htmlFor={id} className="text-sm">
          Zoek in het organisatieregister
        </label>
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error?.length ? true : undefined}
          aria-describedby={[hintId, error?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
          value={q}
          onChange={(e) => search(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => results.length && setOpen(true)}
          autoComplete="off"
          className={inputClass}
          placeholder="Typ minstens twee letters"
        />
        {open && results.length > 0 ? (
          <ul id={listId} role="listbox" aria-label={`Organisaties voor ${label.toLowerCase()}`} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-gray-300 bg-white shadow">
            {results.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-100" : ""}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
              >
                {o.name}
                <span className="text-sm text-muted">
                  {" "}
                  · {o.type ? ORGANISATION_TYPE.label(o.type) : ""}
                  {o.city ? `, ${o.city}` : ""}
                  {o.status === "PROPOSED" ? " · voorgesteld" : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="sr-only" aria-live="polite">
          {searching ? "Zoeken…" : q.trim().length >= 2 ? `${results.length} organisaties gevonden` : ""}
        </p>
        {q.trim().length >= 2 && !searching && results.length === 0 ? <p className="mt-1 text-sm text-muted">Geen organisatie gevonden met &quot;{q}&quot;.</p> : null}
        {searchError ? <p className="mt-1 text-sm text-red-800">{searchError}</p> : null}
      </div>
      <FieldError id={id} error={error} />
      {proposing ? (
        <ProposeOrganisation
          initialName={q}
          onCancel={() => setProposing(false)}
          onProposed={(org) => {
            setProposing(false);
            choose(org);
          }}
        />
      ) : (
        <button type="button" className="mt-2 text-sm text-brand-700 underline" onClick={() => setProposing(true)}>
          Staat de organisatie er niet bij? Stel haar voor
        </button>
      )}
    </fieldset>
  );
}

function ProposeOrganisation({ initialName, onCancel, onProposed }: { initialName: string; onCancel: () => void; onProposed: (org: OrgOption) => void }) {
  const baseId = useId();
  const [name, setName] = useState(initialName);
  const [type, setType] = useState<string>("ZORGAANBIEDER");
  const [city, setCity] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function propose() {
    setPending(true);
    const r = await proposeOrganisationAction({ name, type, city });
    setPending(false);
    if (r.ok) onProposed(r.data);
    else {
      setErrors(r.fieldErrors);
      setMessage(r.message);
    }
  }

  // not a <form>: it sits inside the project form
  return (
    <div className="mt-3 space-y-2 rounded border border-dashed border-gray-300 p-3" role="group" aria-label="Organisatie voorstellen">
      <p className="text-sm text-muted">Een beheerder bevestigt de voorgestelde organisatie; u kunt haar meteen gebruiken.</p>
      {message ? (
        <p role="alert" className="text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${baseId}-name`} className="block text-sm font-medium">
          Naam van de organisatie
        </label>
        <input id={`${baseId}-name`} value={name} onChange={(e) => setName(e.target.value)} className={inputClass} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? `${baseId}-name-error` : undefined} />
        <FieldError id={`${baseId}-name`} error={errors.name} />
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor={`${baseId}-type`} className="block text-sm font-medium">
            Soort
          </label>
          <select id={`${baseId}-type`} value={type} onChange={(e) => setType(e.target.value)} className={inputClass}>
            <ChoiceOptions options={ORGANISATION_TYPE.options} />
          </select>
          <FieldError id={`${baseId}-type`} error={errors.type} />
        </div>
        <div>
          <label htmlFor={`${baseId}-city`} className="block text-sm font-medium">
            Plaats
          </label>
          <input id={`${baseId}-city`} value={city} onChange={(e) => setCity(e.target.value)} className={inputClass} />
          <FieldError id={`${baseId}-city`} error={errors.city} />
        </div>
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={propose} disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Bezig…" : "Organisatie voorstellen"}
        </button>
        <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 text-sm text-brand-700 underline">
          Annuleren
        </button>
      </div>
    </div>
  );
}
