import { PageHeader, type PageTab } from "@finesse/core/admin-kit"
import type { ComponentProps } from "react"

/** The personas area's pages (only the Personas page is in the sidebar). */
const PERSONAS_TABS: PageTab[] = [
  { to: "/finesse/personas", label: "Personas" },
  { to: "/finesse/personas/segments", label: "Segments" },
  { to: "/finesse/personas/surveys", label: "Surveys" },
]

/** The head of every personas page, with the tabs between them. */
export const PersonasHeader = (props: Omit<ComponentProps<typeof PageHeader>, "tabs" | "tabsLabel">) => (
  <PageHeader {...props} tabs={PERSONAS_TABS} tabsLabel="Personas sections" />
)
