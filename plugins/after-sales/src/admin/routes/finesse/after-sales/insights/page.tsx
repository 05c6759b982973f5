import { PageHeader } from "@finesse/core/admin-kit"
import { AFTER_SALES_TABS } from "../../../../components/after-sales-tabs"
import { ComplaintsSection } from "../../../../components/insights/complaints"
import { SatisfactionSection } from "../../../../components/insights/satisfaction"

/** Satisfaction (CSAT/NPS after resolution) and complaint analysis (topics, trends, rates, what changed). */
const InsightsPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="after-sales-insights">
    <PageHeader title="Satisfaction & complaints" subtitle="How customers rate the help they got, and what they complain about" tabs={AFTER_SALES_TABS} />
    <ComplaintsSection />
    <SatisfactionSection />
  </div>
)

export default InsightsPage
