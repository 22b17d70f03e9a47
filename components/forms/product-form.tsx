"use client";
import { useRef } from "react";
import { useRouter } from "next/navigation";
import { deleteProductAction } from "@/app/(app)/projecten/[id]/producten/actions";
import { PRODUCT_TYPE } from "@/lib/domain/enums";
import { PRODUCT_FIELDS } from "@/lib/domain/fields";
import { errorBodyOf } from "@/lib/domain/errors";
import { MAX_PRODUCT_FILE_BYTES, PRODUCT_FILE_ACCEPT, productFileTooLargeMessage, PRODUCT_FILE_HINT } from "@/lib/domain/projectenbank/product-file";
import type { ActionResult } from "@/lib/server/core/action";
import type { ProductRow } from "@/lib/server/projectenbank/products";
import { formatFileSize } from "@/components/ui/format";
import { EmptyState } from "@/components/ui/card";
import { Field, FormMessage, SubmitButton, TextAreaField, TextField, SelectField, describedBy, inputClass, useFormAction } from "./fields";

const TYPE_CHOICES = PRODUCT_TYPE.values.map((v) => ({ value: v, label: PRODUCT_TYPE.label(v) }));

/**
 * Sends the product form to POST /api/projecten/<id>/producten (a route handler: files up to
 * 20 MB) and reads its answer as the form kit's ActionResult, so the form shows the server's
 * Dutch field errors like every other form.
 */
function uploadTo(projectId: string) {
  return async (_prev: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> => {
    const file = form.get("bestand");
    const values = { type: form.get("type"), title: form.get("title"), description: form.get("description"), url: form.get("url") };
    if (file && typeof file !== "string" && file.size === 0 && !file.name) form.delete("bestand");
    if (file && typeof file !== "string" && file.size > MAX_PRODUCT_FILE_BYTES) {
      const message = productFileTooLargeMessage(file.size);
      return { ok: false, code: "tooLarge", message, fieldErrors: { bestand: [message] }, values };
    }
    try {
      const response = await fetch(`/api/projecten/${encodeURIComponent(projectId)}/producten`, { method: "POST", body: form });
      const json: unknown = await response.json().catch(() => null);
      if (response.ok) return { ok: true, data: json as { id: string }, message: "Het product is toegevoegd." };
      return { ok: false, ...errorBodyOf(response.status, json), values };
    } catch {
      return { ok: false, code: "error", message: "De server is niet bereikbaar. Er is niets opgeslagen; probeer het opnieuw.", fieldErrors: {}, values };
    }
  };
}

/** Adding a product: its kind, title, description, and a link or a file. */
export function ProductForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const add = useFormAction(uploadTo(projectId), {
    onSuccess: () => {
      formRef.current?.reset();
      router.refresh();
    },
  });
  const fileError = add.errors("bestand");
  return (
    <form ref={formRef} onSubmit={add.onSubmit} noValidate className="space-y-4" aria-label="Product toevoegen" encType="multipart/form-data">
      <FormMessage state={add.state} messageRef={add.messageRef} />
      <SelectField id="type" label={PRODUCT_FIELDS.type.label} options={TYPE_CHOICES} required error={add.errors("type")} />
      <TextField id="title" label={PRODUCT_FIELDS.title.label} required maxLength={200} error={add.errors("title")} />
      <TextAreaField id="description" label={PRODUCT_FIELDS.description.label} rows={3} maxLength={2000} error={add.errors("description")} />
      <fieldset className="space-y-3 rounded border border-gray-200 p-3">
        <legend className="px-1 font-medium">Een link óf een bestand</legend>
        <TextField id="url" type="url" inputMode="url" label={PRODUCT_FIELDS.url.label} hint="Bijvoorbeeld https://www.voorbeeld.nl/handreiking" error={add.errors("url")} />
        <Field id="bestand" label={PRODUCT_FIELDS.file.label} hint={PRODUCT_FILE_HINT} error={fileError}>
          <input
            id="bestand"
            name="bestand"
            type="file"
            accept={PRODUCT_FILE_ACCEPT}
            aria-invalid={fileError.length ? true : undefined}
            aria-describedby={describedBy("bestand", fileError, PRODUCT_FILE_HINT)}
            className={inputClass}
          />
        </Field>
      </fieldset>
      <SubmitButton pending={add.pending} pendingLabel="Bezig met toevoegen…">
        Product toevoegen
      </SubmitButton>
    </form>
  );
}

/** The project's products, each with a way to remove it. */
export function ProductList({ products }: { products: ProductRow[] }) {
  const router = useRouter();
  const remove = useFormAction(deleteProductAction, { onSuccess: () => router.refresh() });
  if (products.length === 0) return <EmptyState>Dit project heeft nog geen producten.</EmptyState>;
  return (
    <div className="space-y-3">
      <FormMessage state={remove.state} messageRef={remove.messageRef} />
      <ul className="space-y-3">
        {products.map((p) => (
          <li key={p.id} className="rounded border border-gray-200 p-3">
            <p className="font-medium">
              {p.title} <span className="text-sm font-normal text-muted">({PRODUCT_TYPE.label(p.type)})</span>
            </p>
            {p.fileName ? (
              <p className="text-sm">
                Bestand: {p.fileName}
                {p.fileSize ? `, ${formatFileSize(p.fileSize)}` : ""}
              </p>
            ) : p.url ? (
              <p className="text-sm break-all">
                Link:{" "}
                <a className="text-brand-700 underline" href={p.url} rel="noopener noreferrer">
                  {p.url}
                </a>
              </p>
            ) : null}
            {p.description ? <p className="mt-1 text-sm">{p.description}</p> : null}
            <form onSubmit={remove.onSubmit} className="mt-2" aria-label={`${p.title} verwijderen`}>
              <input type="hidden" name="productId" value={p.id} />
              <input type="hidden" name="version" value={p.version} />
              <SubmitButton pending={remove.pending} tone="danger" small pendingLabel="Bezig…" confirm={`"${p.title}" verwijderen? Dit kan niet ongedaan worden gemaakt.`}>
                Verwijderen
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
