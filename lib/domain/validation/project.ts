/** Validation of the project form (register and edit). Messages in Dutch, per field. */
import { z } from "zod";
import { checkbox, idString, list, optionalDate, optionalInt, requiredText, text, versionField } from "./common";

export const LIMITS = { title: 200, longText: 5000, name: 200, short: 200 } as const;

export const contactSchema = z.object({
  name: requiredText("De naam van de contactpersoon", 2, LIMITS.name),
  role: text("Functie", LIMITS.short),
  email: z
    .string()
    .trim()
    .max(254, "Het e-mailadres is te lang.")
    .default("")
    .refine((s) => s === "" || z.email().safeParse(s).success, "Vul een geldig e-mailadres in, of laat het leeg."),
  phone: z
    .string()
    .trim()
    .max(30, "Het telefoonnummer is te lang.")
    .default("")
    .refine((s) => s === "" || /^[+0-9 ()-]{6,30}$/.test(s), "Vul een geldig telefoonnummer in (cijfers, spaties, + en -)."),
  organisation: text("Organisatie", LIMITS.name),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const linkSchema = z.object({
  label: text("Omschrijving van de link", LIMITS.short),
  url: z
    .string({ error: "Vul een webadres in." })
    .trim()
    .min(1, "Vul een webadres in.")
    .max(2000, "Het webadres is te lang.")
    .refine((s) => {
      try {
        const u = new URL(s);
        return u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    }, "Vul een volledig webadres in dat begint met https:// of http://."),
});
export type LinkInput = z.infer<typeof linkSchema>;

export const projectFields = {
  title: requiredText("Titel", 3, LIMITS.title),
  regionCode: z.string({ error: "Kies een (sub)regio." }).trim().min(1, "Kies een (sub)regio.").max(64),
  hoofdrubriekCode: z.string({ error: "Kies een hoofdrubriek." }).trim().min(1, "Kies een hoofdrubriek.").max(64),
  themeCodes: list(idString, 8, "Kwaliteitskader-thema's"),
  goal: text("Doel", LIMITS.longText),
  description: text("Beschrijving", LIMITS.longText),
  results: text("Resultaten", LIMITS.longText),
  deliveredProducts: text("Opgeleverde resultaten", LIMITS.longText),
  lessonsLearned: text("Geleerde lessen", LIMITS.longText),
  leadOrganisationId: z.preprocess((v) => (v === "" || v === undefined ? null : v), idString.nullable()),
  partnerIds: list(idString, 50, "Partnerorganisaties"),
  startDate: optionalDate("Startdatum"),
  endDate: optionalDate("(Geplande) einddatum"),
  budgetEuros: optionalInt("Budget", 0, 100_000_000),
  isPublic: checkbox,
  contacts: list(contactSchema, 20, "Contactpersonen"),
  links: list(linkSchema, 20, "Links"),
};

/** Register (version 0) or edit (version = the version the form was loaded with). */
export const projectInputSchema = z
  .object({ ...projectFields, projectId: z.preprocess((v) => (v === "" ? undefined : v), idString.optional()), version: versionField })
  .superRefine((p, ctx) => {
    if (p.startDate && p.endDate && p.endDate < p.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "De einddatum ligt vóór de startdatum." });
    }
    if (p.leadOrganisationId && p.partnerIds.includes(p.leadOrganisationId)) {
      ctx.addIssue({ code: "custom", path: ["partnerIds"], message: "De kartrekker staat al als kartrekker vermeld; kies hem niet ook als partner." });
    }
    if (new Set(p.partnerIds).size !== p.partnerIds.length) {
      ctx.addIssue({ code: "custom", path: ["partnerIds"], message: "Een partnerorganisatie staat er twee keer in." });
    }
  });
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** Submitting a draft project (DRAFT → ACTIVE). */
export const projectSubmitSchema = z.object({ projectId: idString, version: versionField });

/** "Bestaat dit al?": the text typed so far. */
export const similarQuerySchema = z.object({
  title: z.string().max(LIMITS.title * 2).default(""),
  description: z.string().max(LIMITS.longText * 2).default(""),
  projectId: z.preprocess((v) => (v === "" ? undefined : v), idString.optional()),
  /** the region chosen in the form, so a match there reads "zelfde regio" */
  regionCode: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional()),
});

/** A missing organisation proposed by a project leader. */
export const organisationProposalSchema = z.object({
  name: requiredText("De naam van de organisatie", 2, LIMITS.name),
  type: z.enum(["ZORGAANBIEDER", "ONDERWIJS", "GEMEENTE", "WERKGEVERSORGANISATIE", "KENNISINSTITUUT", "OVERIG"], { error: "Kies de soort organisatie." }),
  city: text("Plaats", 100),
});
export type OrganisationProposal = z.infer<typeof organisationProposalSchema>;

export const organisationConfirmSchema = z.object({ organisationId: idString, version: versionField });

export const organisationSearchSchema = z.object({ q: z.string().trim().max(100, "Zoekterm te lang.").default("") });
