import { describe, expect, it } from "vitest";
import { projectInputSchema, similarQuerySchema } from "./project";
import { updateInputSchema } from "./update";

const base = { title: "Samen opleiden in Zeeland", regionCode: "zeeland", hoofdrubriekCode: "ANDERS_OPLEIDEN", version: "0" };
const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("project form validation", () => {
  it("accepts a minimal project and normalises empty values", () => {
    const r = projectInputSchema.safeParse(base);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ startDate: null, endDate: null, budgetEuros: null, isPublic: false, partnerIds: [], contacts: [], links: [], version: 0 });
  });

  it("reads form-style values: one partner as a string, a checkbox 'on', a budget with dots", () => {
    const r = projectInputSchema.safeParse({ ...base, partnerIds: "org1", isPublic: "on", budgetEuros: "€ 25.000" });
    expect(r.data).toMatchObject({ partnerIds: ["org1"], isPublic: true, budgetEuros: 25000 });
  });

  it("gives a Dutch message next to each wrong field", () => {
    const r = projectInputSchema.safeParse({
      ...base,
      title: "x".repeat(201),
      regionCode: "",
      startDate: "2021-05-01",
      endDate: "2021-01-01",
      budgetEuros: "-5",
      description: "y".repeat(5001),
      contacts: [{ name: "", email: "geen-adres" }],
      links: [{ label: "kwaad", url: "javascript:alert(1)" }],
    });
    expect(r.success).toBe(false);
    expect(errorsOf(r)).toEqual({
      title: "Titel mag hoogstens 200 tekens lang zijn.",
      regionCode: "Kies een (sub)regio.",
      budgetEuros: "Budget kan niet negatief zijn.",
      description: "Beschrijving mag hoogstens 5000 tekens lang zijn.",
      "contacts.0.name": "De naam van de contactpersoon moet minstens 2 tekens lang zijn.",
      "contacts.0.email": "Vul een geldig e-mailadres in, of laat het leeg.",
      "links.0.url": "Vul een volledig webadres in dat begint met https:// of http://.",
      endDate: "De einddatum ligt vóór de startdatum.",
    });
  });

  it("refuses an end before the start", () => {
    const r = projectInputSchema.safeParse({ ...base, startDate: "2021-05-01", endDate: "2021-01-01" });
    expect(errorsOf(r)).toEqual({ endDate: "De einddatum ligt vóór de startdatum." });
  });

  it("refuses impossible dates and non-numbers", () => {
    const r = projectInputSchema.safeParse({ ...base, startDate: "2021-02-30", budgetEuros: "veel" });
    expect(Object.keys(errorsOf(r)).sort()).toEqual(["budgetEuros", "startDate"]);
  });

  it("keeps HTML as plain text (it is shown as text, never interpreted)", () => {
    const r = projectInputSchema.safeParse({ ...base, goal: "<script>alert('x')</script>" });
    expect(r.data?.goal).toBe("<script>alert('x')</script>");
  });

  it("refuses forged ids with odd characters", () => {
    const r = projectInputSchema.safeParse({ ...base, partnerIds: ["'; drop table x;--"] });
    expect(r.success).toBe(false);
  });
});

describe("update form validation", () => {
  const u = { projectId: "p1", periodCode: "2021-03", intent: "save", version: "0" };
  it("lets a concept be saved half-filled, with an unknown number of care organisations", () => {
    const r = updateInputSchema.safeParse({ ...u, careOrgCount: "" });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ status: null, careOrgCount: null, progress: "" });
  });
  it("asks for status and progress on submit", () => {
    const r = updateInputSchema.safeParse({ ...u, intent: "submit" });
    expect(errorsOf(r)).toEqual({ status: "Kies de projectstatus voordat u indient.", progress: "Beschrijf de voortgang voordat u indient." });
  });
  it("refuses an unknown status, a negative count and over-long text", () => {
    const r = updateInputSchema.safeParse({ ...u, status: "BOGUS", careOrgCount: "-1", risks: "r".repeat(5001) });
    expect(Object.keys(errorsOf(r)).sort()).toEqual(["careOrgCount", "risks", "status"]);
  });
});

describe("\"Bestaat dit al?\" query", () => {
  it("keeps the region chosen in the form, so a match there reads \"zelfde regio\"", () => {
    expect(similarQuerySchema.parse({ title: "Beeldzorg", description: "", regionCode: "zeeland" }).regionCode).toBe("zeeland");
    expect(similarQuerySchema.parse({ title: "Beeldzorg", description: "", regionCode: "" }).regionCode).toBeUndefined();
  });
});
