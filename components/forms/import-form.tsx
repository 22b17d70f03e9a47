"use client";

import { useId, useRef, useState } from "react";
import type { ImportReport } from "@/lib/server/import";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/format";
import { summaryLines } from "@/lib/domain/import/report-text";
import { errorBodyOf } from "@/lib/domain/errors";

type Phase = "idle" | "checking" | "checked" | "importing" | "done";

/**
 * Upload → validation report → confirm. The chosen files stay in the form, so after a report the
 * user fixes the file, chooses it again and checks again; nothing is written until "Importeren".
 */
/** `mayChangeClosedPeriods`: the user manages periods (WIR); others never see that option. */
export function ImportForm({ mayChangeClosedPeriods }: { mayChangeClosedPeriods: boolean }) {
  const fileId = useId();
  const closedId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [allowClosed, setAllowClosed] = useState(false);
  const [phase, setPhase] = useState<Phase>("idle");
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  async function send(check: boolean) {
    setMessage(null);
    setSignedOut(false);
    if (files.length === 0) {
      setMessage("Kies eerst een bestand.");
      return;
    }
    const tooBig = files.find((f) => f.size > MAX_IMPORT_BYTES);
    if (tooBig) {
      setReport(null);
      setPhase("idle");
      setMessage(`${tooBig.name} is ${(tooBig.size / 1024 / 1024).toFixed(1)} MB; het maximum is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het bestand of importeer via de opdrachtregel.`);
      return;
    }
    setPhase(check ? "checking" : "importing");
    const body = new FormData();
    for (const f of files) body.append("bestand", f);
    if (check) body.set("controle", "1");
    if (allowClosed) body.set("gesloten", "1");
    try {
      const response = await fetch("/api/import", { method: "POST", body });
      const json: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        // the one error body (docs/errors.md); a 401 from the proxy reads "session expired"
        setPhase("idle");
        setReport(null);
        const failure = errorBodyOf(response.status, json);
        setMessage(failure.message);
        setSignedOut(failure.code === "unauthenticated");
        return;
      }
      const imported = json as ImportReport;
      setReport(imported);
      setPhase(check ? "checked" : imported.applied ? "done" : "checked");
    } catch {
      setPhase("idle");
      setMessage("De server is niet bereikbaar. Er is niets gewijzigd; probeer het opnieuw.");
    }
  }

  const busy = phase === "checking" || phase === "importing";
  const errors = report?.issues.filter((i) => i.severity === "error") ?? [];
  const warnings = report?.issues.filter((i) => i.severity === "warning") ?? [];

  return (
    <div className="space-y-6">
      <form
        className="space-y-4"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div>
          <label htmlFor={fileId} className="block font-medium">
            Bestand (Excel-werkboek .xlsx, of een of meer CSV-bestanden)
          </label>
          <input
            ref={inputRef}
            id={fileId}
            name="bestand"
            type="file"
            multiple
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`${fileId}-hint`}
            className="mt-1 block w-full rounded border border-gray-400 bg-white p-2"
            onChange={(e) => {
              setFiles(Array.from(e.target.files ?? []));
              setReport(null);
              setPhase("idle");
              setMessage(null);
            }}
          />
          <p id={`${fileId}-hint`} className="mt-1 text-sm text-muted">
            Hoogstens {MAX_IMPORT_BYTES / 1024 / 1024} MB. CSV-bestanden heten naar hun blad: projecten.csv, periodegegevens.csv, regioscores.csv, organisaties.csv, indicatoren.csv, metingen.csv, traject.csv.
          </p>
        </div>
        {mayChangeClosedPeriods ? (
          <div className="flex items-start gap-2">
            <input
              id={closedId}
              type="checkbox"
              checked={allowClosed}
              onChange={(e) => {
                setAllowClosed(e.target.checked);
                setReport(null);
                setPhase("idle");
              }}
              className="mt-1 h-4 w-4"
              aria-describedby={`${closedId}-hint`}
            />
            <div>
              <label htmlFor={closedId} className="font-medium">
                Gesloten perioden bijwerken
              </label>
              <p id={`${closedId}-hint`} className="text-sm text-muted">
                Alleen aanvinken als het bestand oordelen, regioscores of metingen van een gesloten periode bewust wijzigt. Zonder vinkje worden zulke wijzigingen als fout gemeld.
              </p>
            </div>
          </div>
        ) : null}
        <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800 disabled:opacity-60">
          {phase === "checking" ? "Bezig met controleren…" : "Controleren"}
        </button>
      </form>

      <div aria-live="polite">
        {message ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            <p>{message}</p>
            {signedOut ? (
              <p className="mt-2">
                <a href="/inloggen" target="_blank" rel="noopener" className="underline">
                  Log opnieuw in (nieuw tabblad)
                </a>{" "}
                en klik dan weer op Controleren; het gekozen bestand blijft staan.
              </p>
            ) : null}
          </div>
        ) : null}

        {report && errors.length > 0 ? (
          <section aria-labelledby="verslag-kop" className="space-y-3">
            <h2 id="verslag-kop" className="text-lg font-semibold text-red-900">
              Het bestand bevat {errors.length} {errors.length === 1 ? "fout" : "fouten"}; er is niets geïmporteerd
            </h2>
            <p>Verbeter het bestand, kies het opnieuw en klik weer op Controleren.</p>
            <IssueTable caption="Controleverslag: fouten" issues={errors} />
          </section>
        ) : null}

        {report && errors.length === 0 && report.summary ? (
          <section aria-labelledby="samenvatting-kop" className="space-y-3">
            <h2 id="samenvatting-kop" className="text-lg font-semibold text-brand-800">
              {phase === "done" ? "Import voltooid" : "Het bestand is in orde"}
            </h2>
            <p>{phase === "done" ? "Deze wijzigingen zijn opgeslagen en vastgelegd in de wijzigingsgeschiedenis:" : "Bij importeren verandert het volgende:"}</p>
            <ul className="list-disc pl-6">
              {summaryLines(report.summary).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {phase !== "done" ? (
              <button type="button" onClick={() => void send(false)} disabled={busy} className="rounded bg-green-700 px-4 py-2 text-white hover:bg-green-800 disabled:opacity-60">
                {phase === "importing" ? "Bezig met importeren…" : "Importeren bevestigen"}
              </button>
            ) : null}
          </section>
        ) : null}

        {report && warnings.length > 0 ? <IssueTable caption="Controleverslag: meldingen (geen fouten)" issues={warnings} /> : null}
      </div>
    </div>
  );
}

function IssueTable({ caption, issues }: { caption: string; issues: ImportReport["issues"] }) {
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="min-w-full border-collapse bg-white text-sm">
        <caption className="py-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className="px-2 py-1">Blad</th>
            <th scope="col" className="px-2 py-1">Rij</th>
            <th scope="col" className="px-2 py-1">Kolom</th>
            <th scope="col" className="px-2 py-1">Waarde</th>
            <th scope="col" className="px-2 py-1">Reden</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={n} className="border-b border-gray-100 align-top">
              <td className="px-2 py-1">{i.sheet || "—"}</td>
              <td className="px-2 py-1">{i.row ?? "—"}</td>
              <td className="px-2 py-1">{i.column ?? "—"}</td>
              <td className="max-w-xs break-words px-2 py-1">{i.value || "—"}</td>
              <td className="px-2 py-1">{i.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
