import { PageHeader } from "./page-header";
import { EmptyState } from "./card";

/** A page about a reporting period, before there is any: its title and that message. */
export function NoPeriodYet({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState>Er is nog geen rapportageperiode.</EmptyState>
    </>
  );
}
