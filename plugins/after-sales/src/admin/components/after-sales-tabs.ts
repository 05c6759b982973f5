import type { PageTab } from "@finesse/core/admin-kit"

/** The after-sales area's pages (only the inbox is in the sidebar). */
export const AFTER_SALES_TABS: PageTab[] = [
  { to: "/finesse/after-sales", label: "Inbox" },
  { to: "/finesse/after-sales/insights", label: "Satisfaction & complaints" },
  { to: "/finesse/after-sales/policy", label: "Policies" },
  { to: "/finesse/after-sales/replies", label: "Saved replies" },
]
