import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { PageHeader, Stat, StatGrid, formatNumber } from "@finesse/core/admin-kit"
import { AFTER_SALES_TABS } from "../../../components/after-sales-tabs"
import { InboxTable } from "../../../components/inbox/inbox-table"
import { WorkloadCard } from "../../../components/inbox/workload-card"
import { useCaseCounts } from "../../../hooks/after-sales"

/** The after-sales inbox: every active case, most urgent first, with SLA state and agent workload. */
const InboxPage = () => {
  const counts = useCaseCounts().data?.counts
  const s = counts?.active_by_sla_state ?? {}
  const b = counts?.by_status ?? {}
  return (
    <div className="flex flex-col gap-y-3" data-testid="after-sales-inbox">
      <PageHeader
        title="After-sales"
        subtitle="Questions, returns, exchanges, claims and repairs from the first message to the resolution"
        tabs={AFTER_SALES_TABS}
        tabsLabel="After-sales pages"
      >
        <div className="px-6 py-4">
          <StatGrid>
            <Stat label="SLA breached" value={formatNumber(s.breached ?? 0)} valueTestId="count-breached" help="Active cases past their first-response or resolution target" />
            <Stat label="SLA at risk" value={formatNumber(s.warning ?? 0)} help="Past 80 % of a target" />
            <Stat label="New" value={formatNumber(b.new ?? 0)} valueTestId="count-new" help="Not answered yet" />
            <Stat label="Open" value={formatNumber(b.open ?? 0)} />
            <Stat label="Waiting on customer" value={formatNumber(b.waiting_on_customer ?? 0)} help="The resolution clock is paused" />
            <Stat label="Approved, in progress" value={formatNumber(b.approved ?? 0)} help="A Medusa return, exchange, claim or a repair is under way" />
          </StatGrid>
        </div>
        <InboxTable />
      </PageHeader>
      <WorkloadCard />
    </div>
  )
}

export const config = defineRouteConfig({ label: "After-sales", icon: ChatBubbleLeftRight })
export default InboxPage
