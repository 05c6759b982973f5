import { PageHeader, type PageTab } from "@finesse/core/admin-kit"
import type { ComponentProps } from "react"

/** The risk area's pages (the Risk page is in the sidebar; Alerts has its own entry). */
const RISK_TABS: PageTab[] = [
  { to: "/finesse/risk", label: "Review queue" },
  { to: "/finesse/risk/rules", label: "Rules & lists" },
  { to: "/finesse/risk/model", label: "Model" },
]

export const RiskHeader = (props: Omit<ComponentProps<typeof PageHeader>, "tabs" | "tabsLabel">) => (
  <PageHeader {...props} tabs={RISK_TABS} tabsLabel="Risk sections" />
)
