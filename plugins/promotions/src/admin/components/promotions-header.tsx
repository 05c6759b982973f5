import { PageHeader, type PageTab } from "@finesse/core/admin-kit"
import type { ComponentProps } from "react"

/** The promotions area's pages (only the calendar is in the sidebar). */
const TABS: PageTab[] = [
  { to: "/finesse/promotions", label: "Calendar" },
  { to: "/finesse/promotions/reports", label: "Reports" },
  { to: "/finesse/promotions/experiments", label: "Experiments" },
  { to: "/finesse/promotions/channels", label: "Channels" },
]

export const PromotionsHeader = (props: Omit<ComponentProps<typeof PageHeader>, "tabs" | "tabsLabel">) => (
  <PageHeader {...props} tabs={TABS} tabsLabel="Promotions sections" />
)
