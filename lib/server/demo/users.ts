/**
 * The demo accounts (fictitious people), listed in README.md. Shared by the seed, the
 * end-to-end tests and README so they cannot drift apart.
 */
import type { Role } from "../../domain/enums";

export const DEMO_PASSWORD = "Regiotafel-demo-2026";

export type DemoUser = {
  key: string;
  email: string;
  name: string;
  role: Role;
  concessiehouderCode?: string;
  /** for project leaders: the regions whose demo projects they lead */
  leadsInRegions?: string[];
};

export const DEMO_USERS: readonly DemoUser[] = [
  { key: "wir", email: "wir@regiotafel.demo", name: "Sanne de Wit", role: "WIR" },
  { key: "beheer", email: "beheer@regiotafel.demo", name: "Bram Koster", role: "BEHEERDER" },
  { key: "inkoperCz", email: "inkoper.cz@regiotafel.demo", name: "Femke Jansen", role: "INKOPER", concessiehouderCode: "CZ" },
  { key: "inkoperZk", email: "inkoper.zk@regiotafel.demo", name: "Ruud Bakker", role: "INKOPER", concessiehouderCode: "ZK" },
  { key: "inkoperVgz", email: "inkoper.vgz@regiotafel.demo", name: "Noor Hendriks", role: "INKOPER", concessiehouderCode: "VGZ" },
  { key: "leiderZeeland", email: "projectleider@regiotafel.demo", name: "Lotte Visser", role: "PROJECTLEIDER", leadsInRegions: ["zeeland"] },
  { key: "leiderUtrecht", email: "projectleider2@regiotafel.demo", name: "Youssef El Amrani", role: "PROJECTLEIDER", leadsInRegions: ["utrecht"] },
];

export function demoUser(key: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`Onbekende demogebruiker: ${key}`);
  return user;
}
