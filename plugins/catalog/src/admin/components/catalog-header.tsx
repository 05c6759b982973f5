import type { ReactNode } from "react"
import { PageHeader } from "@finesse/core/admin-kit"

/** The Catalog and Supply pages are one area: one header with both tabs. */
export const CATALOG_TABS = [
  { to: "/finesse/catalog", label: "Catalog" },
  { to: "/finesse/supply", label: "Supply" },
] as const

export const CatalogHeader = ({ title, subtitle, actions, children, testId }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; children?: ReactNode; testId?: string }) => (
  <PageHeader title={title} subtitle={subtitle} tabs={CATALOG_TABS} tabsLabel="Catalog and supply" actions={actions} testId={testId}>
    {children}
  </PageHeader>
)
