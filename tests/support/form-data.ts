/** The FormData a browser posts to a server action, from the form's field values. */
export function formData(values: Record<string, string | number>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, String(v));
  return f;
}
