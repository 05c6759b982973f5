import { ErrorState, ChartSkeleton, PageHeader } from "@finesse/core/admin-kit"
import { useParams } from "react-router-dom"
import { AFTER_SALES_TABS } from "../../../../../components/after-sales-tabs"
import { PriorityBadge, SlaBadge } from "../../../../../components/badges"
import { Composer, Conversation } from "../../../../../components/case/conversation"
import { CaseActions, CaseDecision, CaseDetails, CaseRemedies, CaseRepair, CaseTimeline } from "../../../../../components/case/case-sidebar"
import { useCase } from "../../../../../hooks/after-sales"

/** One case: the conversation and reply box on the left; details, clocks, the policy's decision, Medusa remedies, repair and timeline on the right. */
const CasePage = () => {
  const { id } = useParams()
  const { data, isLoading, error, refetch } = useCase(id)
  const c = data?.case
  return (
    <div className="flex flex-col gap-y-3" data-testid="after-sales-case">
      <PageHeader
        title={c ? c.subject : "Case"}
        subtitle={c ? `${c.rma_number} · ${c.message_count} messages` : undefined}
        tabs={AFTER_SALES_TABS}
        actions={
          c && (
            <div className="flex items-center gap-2">
              <PriorityBadge priority={c.priority} />
              <SlaBadge state={c.sla.state} />
            </div>
          )
        }
      />
      {isLoading && <ChartSkeleton />}
      {error && <ErrorState title="Could not load the case" error={error} onRetry={() => refetch()} />}
      {c && (
        <div className="grid grid-cols-1 gap-3 xl:grid-cols-[3fr_2fr]">
          <div className="flex flex-col gap-y-3">
            <Conversation c={c} />
            <Composer c={c} />
            <CaseActions c={c} />
          </div>
          <div className="flex flex-col gap-y-3">
            <CaseDetails c={c} />
            <CaseDecision c={c} />
            <CaseRemedies c={c} />
            <CaseRepair c={c} />
            <CaseTimeline c={c} />
          </div>
        </div>
      )}
    </div>
  )
}

export default CasePage
