/**
 * The standard indicator library delivered as reference data: measures the transition
 * programmes used, described in our own words. WIR keeps the library afterwards (names,
 * definitions, themes may change; codes stay). Loaded by lib/server/reference-data/seed.ts.
 */
import type { IndicatorDirection, IndicatorUnit } from "./enums";

export type StandardIndicator = {
  code: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  hoofdrubriekCodes: string[];
  themeCodes: string[];
};

export const STANDARD_INDICATORS: readonly StandardIndicator[] = [
  {
    code: "VERZUIM",
    name: "Ziekteverzuim",
    definition: "Verzuimpercentage van de medewerkers in zorg en welzijn over de afgelopen twaalf maanden (exclusief zwangerschapsverlof).",
    unit: "PERCENT",
    direction: "LOWER_IS_BETTER",
    hoofdrubriekCodes: ["PROFESSIONALS_BEHOUDEN", "ANDERS_WERKEN"],
    themeCodes: ["PERSONEELSSAMENSTELLING"],
  },
  {
    code: "VERLOOP",
    name: "Personeelsverloop",
    definition: "Deel van de medewerkers dat in de afgelopen twaalf maanden uit dienst ging, als percentage van het gemiddelde aantal medewerkers.",
    unit: "PERCENT",
    direction: "LOWER_IS_BETTER",
    hoofdrubriekCodes: ["PROFESSIONALS_BEHOUDEN"],
    themeCodes: ["PERSONEELSSAMENSTELLING", "LEIDERSCHAP"],
  },
  {
    code: "INSTROOM",
    name: "Nieuwe medewerkers gestart",
    definition: "Aantal nieuwe medewerkers dat sinds de vorige meting in dienst kwam bij de deelnemende organisaties.",
    unit: "COUNT",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["NIEUWE_PROFESSIONALS"],
    themeCodes: ["PERSONEELSSAMENSTELLING"],
  },
  {
    code: "OPGELEID",
    name: "Leerlingen en studenten opgeleid",
    definition: "Aantal leerlingen, studenten en zij-instromers dat sinds de vorige meting een opleiding of leerroute binnen het project volgde.",
    unit: "COUNT",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["ANDERS_OPLEIDEN", "NIEUWE_PROFESSIONALS"],
    themeCodes: ["PERSONEELSSAMENSTELLING", "LEREN_VERBETEREN"],
  },
  {
    code: "CLIENTTEVREDENHEID",
    name: "Cliënttevredenheid",
    definition: "Gemiddeld rapportcijfer dat cliënten of hun vertegenwoordigers geven in een tevredenheidsmeting.",
    unit: "SCORE_10",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["PERSOONSGERICHTE_ZORG"],
    themeCodes: ["PERSOONSGERICHT", "WONEN_WELZIJN"],
  },
  {
    code: "MEDEWERKERTEVREDENHEID",
    name: "Medewerkerstevredenheid",
    definition: "Gemiddeld rapportcijfer dat medewerkers geven in een tevredenheidsonderzoek.",
    unit: "SCORE_10",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["PROFESSIONALS_BEHOUDEN", "ANDERS_WERKEN"],
    themeCodes: ["PERSONEELSSAMENSTELLING", "LEIDERSCHAP"],
  },
  {
    code: "DIRECTE_TIJD",
    name: "Aandeel directe cliënttijd",
    definition: "Deel van de gewerkte uren van zorgmedewerkers dat zij direct met of bij de cliënt doorbrengen.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["EFFICIENT_WERKEN", "ANDERS_WERKEN", "TECHNOLOGIE"],
    themeCodes: ["HULPBRONNEN", "PERSOONSGERICHT"],
  },
  {
    code: "WACHTTIJD",
    name: "Wachttijd",
    definition: "Gemiddeld aantal dagen tussen aanmelding en start van zorg of ondersteuning.",
    unit: "DAYS",
    direction: "LOWER_IS_BETTER",
    hoofdrubriekCodes: ["SAMENWERKING_KETEN", "REGIONALE_STRATEGIE"],
    themeCodes: ["PERSOONSGERICHT", "HULPBRONNEN"],
  },
  {
    code: "INFORMELE_ZORG",
    name: "Uren informele zorg en vrijwilligers",
    definition: "Aantal uren per maand dat mantelzorgers, naasten en vrijwilligers bijdragen aan zorg en welzijn van de cliënten in het project.",
    unit: "HOURS",
    direction: "HIGHER_IS_BETTER",
    hoofdrubriekCodes: ["PERSOONSGERICHTE_ZORG", "SAMENWERKING_KETEN", "ANDERS_WERKEN"],
    themeCodes: ["WONEN_WELZIJN", "HULPBRONNEN"],
  },
  {
    code: "OVERHEAD",
    name: "Overheadkosten",
    definition: "Kosten van management en ondersteuning als percentage van de totale personeelskosten.",
    unit: "PERCENT",
    direction: "LOWER_IS_BETTER",
    hoofdrubriekCodes: ["EFFICIENT_WERKEN"],
    themeCodes: ["HULPBRONNEN", "LEIDERSCHAP"],
  },
];
