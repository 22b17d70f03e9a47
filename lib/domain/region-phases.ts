/**
 * What each phase of the three region process scales means, as shown beside the score form.
 * Labels come from enums.ts (REGION_SCALES); these explanations are our own wording of the
 * definitions in the January 2021 progress report (section 2 and Bijlage 1).
 */
import type { RegionScale } from "./enums";

export const PHASE_DEFINITIONS: Readonly<Record<RegionScale, readonly string[]>> = {
  agreements: [
    "Zorgkantoor en zorgaanbieders maken afspraken over ieders rol, de werkwijze en wat zij van elkaar verwachten.",
    "Er is een regionale aftrap geweest en er is afgesproken hoe het vervolg eruitziet.",
    "De regio heeft een eerste analyse en een plan van aanpak; gezamenlijke afspraken worden voorbereid.",
    "Er liggen regionale afspraken (bijvoorbeeld een convenant) waaruit blijkt hoe elke organisatie zich tot de regionale aanpak verhoudt.",
  ],
  dynamics: [
    "Organisaties werken vooral ieder voor zich; er is weinig gezamenlijke beweging.",
    "Er wordt samengewerkt omdat de ontwikkelgelden om gezamenlijke plannen vragen.",
    "Organisaties wisselen uit eigen beweging kennis en ervaringen uit.",
    "De samenwerking komt voort uit een gedeelde visie; partijen voelen zich samen eigenaar.",
  ],
  vision: [
    "Over een gezamenlijke regionale visie is nog niets afgesproken.",
    "Werken aan een visie staat als afspraak of actie in het plan van aanpak.",
    "Zorgkantoor, zorgaanbieders en werkgeversorganisaties bereiden de visievorming voor.",
    "Er zijn regionale sessies gehouden over de stip op de horizon en mogelijke toekomstscenario's.",
    "De regio heeft strategische keuzes gemaakt en een visie voor de lange termijn vastgesteld.",
  ],
};
