import { describe, expect, it } from "vitest";
import { evaluationSections } from "./public-card";

describe("evaluationSections (the final evaluation on the public card)", () => {
  it("writes the tags as their Dutch labels, in reading order, and leaves empty parts out", () => {
    const sections = evaluationSections({
      resultsSummary: "Verzuim van 8% naar 6%.",
      successFactors: ["BROAD_SUPPORT", "TRAINING"],
      barriers: [],
      factorsNote: "",
      borgingPlan: "Opgenomen in het opleidingsplan.",
      transferable: "WITH_ADAPTATION",
      transferNote: "Vooral voor kleine locaties",
    });
    expect(sections).toEqual([
      { title: "Resultaten ten opzichte van de streefwaarden", text: "Verzuim van 8% naar 6%." },
      { title: "Wat hielp", text: "Draagvlak bij medewerkers, leiding en bestuur; Scholing en ruimte om te oefenen" },
      { title: "Borging: hoe het resultaat blijft", text: "Opgenomen in het opleidingsplan." },
      { title: "Elders toepasbaar?", text: "Ja, met aanpassingen aan de eigen situatie. Vooral voor kleine locaties" },
    ]);
  });

  it("is empty for an evaluation with nothing filled in", () => {
    expect(evaluationSections({ resultsSummary: " ", successFactors: [], barriers: [], factorsNote: "", borgingPlan: "", transferable: null, transferNote: "" })).toEqual([]);
  });
});
