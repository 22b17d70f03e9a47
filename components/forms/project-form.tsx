"use client";
/**
 * Registering and editing a project: every field of a project card. Validation messages come
 * from the server (zod schemas in lib/domain/validation/project.ts) and appear next to each field;
 * what was typed stays in the form (and in sessionStorage) after any failure.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { saveProjectAction, similarProjectsAction } from "@/app/(app)/projecten/actions";
import { PROJECT_FIELDS as F } from "@/lib/domain/fields";
import { FieldError, SelectField, SubmitButton, TextAreaField, TextField, useFormAction } from "./fields";
import { OrganisationPicker, type OrgOption } from "./organisation-picker";
import { useDraftBackup } from "./use-draft-backup";
import { DraftFormMessage } from "./draft-form-message";
import { HeadedSection } from "@/components/ui/headed-section";

export type ProjectFormValues = {
  title: string;
  regionCode: string;
  hoofdrubriekCode: string;
  themeCodes: string[];
  goal: string;
  description: string;
  results: string;
  deliveredProducts: string;
  lessonsLearned: string;
  leadOrganisationId: string;
  partnerIds: string[];
  startDate: string;
  endDate: string;
  budgetEuros: string;
  isPublic: boolean;
  contacts: { name: string; role: string; email: string; phone: string; organisation: string }[];
  links: { label: string; url: string }[];
};

export const EMPTY_PROJECT: ProjectFormValues = {
  title: "",
  regionCode: "",
  hoofdrubriekCode: "",
  themeCodes: [],
  goal: "",
  description: "",
  results: "",
  deliveredProducts: "",
  lessonsLearned: "",
  leadOrganisationId: "",
  partnerIds: [],
  startDate: "",
  endDate: "",
  budgetEuros: "",
  isPublic: false,
  contacts: [],
  links: [],
};

type Refs = { regions: { code: string; name: string }[]; hoofdrubrieken: { code: string; label: string }[]; themes: { code: string; label: string }[] };
type Similar = { id: string; wirNumber: string; title: string; regionName: string; sameRegion: boolean; inScope: boolean };

/** A part of the form, in a box under its heading. */
function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <HeadedSection id={id} title={title} className="space-y-4 rounded-lg border border-gray-200 bg-white p-5" headingClassName="text-lg font-semibold text-brand-800">
      {children}
    </HeadedSection>
  );
}

/** One of a list of entries (a contact, a link), with its button to remove it. */
function RepeatedFieldset({ legend, columnsClassName, onRemove, children }: { legend: string; columnsClassName: string; onRemove: () => void; children: ReactNode }) {
  return (
    <fieldset className={`grid gap-3 rounded border border-gray-200 p-3 ${columnsClassName}`}>
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {children}
      <div className="flex items-end">
        <button type="button" className="text-sm text-red-800 underline" onClick={onRemove}>
          {legend} verwijderen
        </button>
      </div>
    </fieldset>
  );
}

export function ProjectForm({
  projectId,
  version: initialVersion,
  initial,
  organisations,
  refs,
}: {
  projectId?: string;
  version: number;
  initial: ProjectFormValues;
  organisations: OrgOption[];
  refs: Refs;
}) {
  const router = useRouter();
  const [values, setValues] = useState<ProjectFormValues>(initial);
  const [known, setKnown] = useState<Record<string, OrgOption>>(() => Object.fromEntries(organisations.map((o) => [o.id, o])));
  const backup = useDraftBackup(`regiotafel:project:${projectId ?? "nieuw"}`, values, initial, setValues);
  const { state, submit, pending, errors, messageRef } = useFormAction(saveProjectAction, {
    onSuccess: (r) => {
      backup.clear();
      router.push(`/projecten/${r.data.id}?opgeslagen=1`);
      router.refresh();
    },
  });
  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = errors;

  // "Bestaat dit al?": similar projects while typing the title and description
  const [similar, setSimilar] = useState<Similar[] | null>(null);
  const query = useMemo(
    () => ({ title: values.title, description: values.description, projectId: projectId ?? "", regionCode: values.regionCode }),
    [values.title, values.description, projectId, values.regionCode],
  );
  const tooShort = query.title.trim().length < 4 && query.description.trim().length < 10;
  useEffect(() => {
    if (tooShort) return;
    const handle = setTimeout(async () => {
      const r = await similarProjectsAction(query);
      if (r.ok) setSimilar(r.data);
    }, 500);
    return () => clearTimeout(handle);
  }, [query, tooShort]);

  const regionName = refs.regions.find((r) => r.code === values.regionCode)?.name;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit({ ...values, projectId: projectId ?? "", version: initialVersion });
      }}
      noValidate className="space-y-6" aria-label={projectId ? "Project bewerken" : "Project registreren"}>
      <DraftFormMessage
        state={state}
        messageRef={messageRef}
        backup={backup}
        onDiscard={() => setValues(initial)}
        discardLabel="Verwerpen en opnieuw beginnen"
        conflict={{ href: projectId ? `/projecten/${projectId}#geschiedenis` : undefined, label: "Bekijk de wijziging van de ander (nieuw tabblad)" }}
        retryHint="en klik daarna hier nogmaals op opslaan."
      />

      <FormSection id="s-basis" title="Het project">
        <TextField id="title" label={F.title.label} value={values.title} onChange={(v) => set("title", v)} error={err("title")} required maxLength={400} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="regionCode"
            label={F.regionCode.label}
            value={values.regionCode}
            onChange={(v) => set("regionCode", v)}
            options={refs.regions.map((r) => ({ value: r.code, label: r.name }))}
            error={err("regionCode")}
            required
          />
          <SelectField
            id="hoofdrubriekCode"
            label={F.hoofdrubriekCode.label}
            value={values.hoofdrubriekCode}
            onChange={(v) => set("hoofdrubriekCode", v)}
            options={refs.hoofdrubrieken.map((r) => ({ value: r.code, label: r.label }))}
            error={err("hoofdrubriekCode")}
            required
          />
        </div>
        <fieldset>
          <legend className="font-medium">{F.themeCodes.label}</legend>
          <p className="text-sm text-muted">Kies de thema&apos;s van het Kwaliteitskader Verpleeghuiszorg waaraan het project bijdraagt.</p>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {refs.themes.map((t) => (
              <label key={t.code} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={values.themeCodes.includes(t.code)}
                  onChange={(e) => set("themeCodes", e.target.checked ? [...values.themeCodes, t.code] : values.themeCodes.filter((c) => c !== t.code))}
                />
                {t.label}
              </label>
            ))}
          </div>
          <FieldError id="themeCodes" error={err("themeCodes")} />
        </fieldset>
        <TextAreaField id="goal" label={F.goal.label} value={values.goal} onChange={(v) => set("goal", v)} error={err("goal")} />
        <TextAreaField id="description" label={F.description.label} value={values.description} onChange={(v) => set("description", v)} error={err("description")} rows={6} />

        <section aria-labelledby="s-bestaat" aria-live="polite" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h3 id="s-bestaat" className="font-semibold">
            Bestaat dit al?
          </h3>
          {similar === null || tooShort ? (
            <p className="text-sm">Typ een titel of beschrijving; hier verschijnen projecten die erop lijken, in deze en andere regio&apos;s.</p>
          ) : similar.length === 0 ? (
            <p className="text-sm">Geen vergelijkbare projecten gevonden.</p>
          ) : (
            <>
              <p className="text-sm">Deze projecten lijken op het uwe. Kijk of u kunt aansluiten of ervan kunt leren:</p>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {similar.map((s) => (
                  <li key={s.id}>
                    <a href={`/projecten/${s.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                      {s.title}
                    </a>{" "}
                    <span className="text-muted">
                      ({s.wirNumber}, {s.regionName}
                      {s.sameRegion ? ", zelfde regio" : regionName ? ", andere regio" : ""})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <TextAreaField id="results" label={F.results.label} value={values.results} onChange={(v) => set("results", v)} error={err("results")} />
        <TextAreaField
          id="deliveredProducts"
          label={F.deliveredProducts.label}
          hint="Bijvoorbeeld een handboek, een hulpmiddel of een film."
          value={values.deliveredProducts}
          onChange={(v) => set("deliveredProducts", v)}
          error={err("deliveredProducts")}
        />
        <TextAreaField id="lessonsLearned" label={F.lessonsLearned.label} value={values.lessonsLearned} onChange={(v) => set("lessonsLearned", v)} error={err("lessonsLearned")} />
      </FormSection>

      <FormSection id="s-org" title="Organisaties">
        <OrganisationPicker
          id="leadOrganisationId"
          label={F.leadOrganisation.label}
          hint="De organisatie die het project trekt."
          multiple={false}
          selected={values.leadOrganisationId ? [values.leadOrganisationId] : []}
          known={known}
          onKnown={(o) => setKnown((k) => ({ ...k, [o.id]: o }))}
          onChange={(ids) => set("leadOrganisationId", ids[0] ?? "")}
          error={err("leadOrganisationId")}
        />
        <OrganisationPicker
          id="partnerIds"
          label={F.partners.label}
          hint="De andere organisaties die meedoen."
          multiple
          selected={values.partnerIds}
          known={known}
          onKnown={(o) => setKnown((k) => ({ ...k, [o.id]: o }))}
          onChange={(ids) => set("partnerIds", ids)}
          error={err("partnerIds")}
        />
      </FormSection>

      <FormSection id="s-planning" title="Looptijd en geld">
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id="startDate" label={F.startDate.label} type="date" value={values.startDate} onChange={(v) => set("startDate", v)} error={err("startDate")} />
          <TextField id="endDate" label={F.endDate.label} type="date" value={values.endDate} onChange={(v) => set("endDate", v)} error={err("endDate")} />
          <TextField
            id="budgetEuros"
            label={`${F.budgetEuros.label} (euro)`}
            hint="Hele euro's, bijvoorbeeld 25000."
            inputMode="numeric"
            value={values.budgetEuros}
            onChange={(v) => set("budgetEuros", v)}
            error={err("budgetEuros")}
          />
        </div>
        <p className="text-sm text-muted">
          Publiceren in de openbare Projectenbank doet u na het indienen, op de projectpagina (blok Projectenbank), na een korte controle.
        </p>
      </FormSection>

      <FormSection id="s-contact" title="Contactpersonen">
        <FieldError id="contacts" error={err("contacts")} />
        {values.contacts.map((c, i) => (
          <RepeatedFieldset key={i} legend={`Contactpersoon ${i + 1}`} columnsClassName="sm:grid-cols-2" onRemove={() => set("contacts", values.contacts.filter((_, j) => j !== i))}>
            {(["name", "role", "organisation", "email", "phone"] as const).map((f) => (
              <TextField
                key={f}
                id={`contacts.${i}.${f}`}
                label={{ name: "Naam", role: "Functie", organisation: "Organisatie", email: "E-mailadres", phone: "Telefoon" }[f]}
                type={f === "email" ? "email" : f === "phone" ? "tel" : "text"}
                required={f === "name"}
                value={c[f]}
                onChange={(v) => set("contacts", values.contacts.map((x, j) => (j === i ? { ...x, [f]: v } : x)))}
                error={err(`contacts.${i}.${f}`)}
              />
            ))}
          </RepeatedFieldset>
        ))}
        <button
          type="button"
          className="rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700"
          onClick={() => set("contacts", [...values.contacts, { name: "", role: "", email: "", phone: "", organisation: "" }])}
        >
          Contactpersoon toevoegen
        </button>
      </FormSection>

      <FormSection id="s-links" title="Links">
        <FieldError id="links" error={err("links")} />
        {values.links.map((l, i) => (
          <RepeatedFieldset key={i} legend={`Link ${i + 1}`} columnsClassName="sm:grid-cols-[1fr_2fr_auto]" onRemove={() => set("links", values.links.filter((_, j) => j !== i))}>
            <TextField id={`links.${i}.label`} label="Omschrijving" value={l.label} onChange={(v) => set("links", values.links.map((x, j) => (j === i ? { ...x, label: v } : x)))} error={err(`links.${i}.label`)} />
            <TextField id={`links.${i}.url`} label="Webadres" type="url" required value={l.url} onChange={(v) => set("links", values.links.map((x, j) => (j === i ? { ...x, url: v } : x)))} error={err(`links.${i}.url`)} />
          </RepeatedFieldset>
        ))}
        <button type="button" className="rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700" onClick={() => set("links", [...values.links, { label: "", url: "" }])}>
          Link toevoegen
        </button>
      </FormSection>

      <p className="text-sm text-muted">
        {projectId ? "Heeft iemand anders het project intussen gewijzigd, dan krijgt u dat te zien en gaat er niets verloren." : "Het project wordt opgeslagen als concept; alleen u ziet het tot u het indient."}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>{projectId ? "Wijzigingen opslaan" : "Opslaan als concept"}</SubmitButton>
        <Link href={projectId ? `/projecten/${projectId}` : "/projecten"} className="text-brand-700 underline">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
