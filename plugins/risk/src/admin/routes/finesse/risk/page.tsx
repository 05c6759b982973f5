import { defineRouteConfig } from "@medusajs/admin-sdk"
import { LockClosedSolid } from "@medusajs/icons"
import { ChartSkeleton, ErrorState, StatGrid, StatTile, formatDateTime, formatMoney, formatNumber } from "@finesse/core/admin-kit"
import { DecisionsChart } from "../../../components/decisions-chart"
import { AssessmentTable } from "../../../components/review-queue"
import { RingsTable } from "../../../components/rings-table"
import { RiskHeader } from "../../../components/risk-header"
import { useRiskOverview } from "../../../hooks/risk"

/**
 * Risk: the review queue (orders held at checkout with their signals explained; approve captures, cancel voids), the
 * checkouts refused before any payment, decisions per day and the groups of linked new accounts.
 */
const RiskPage = () => {
  const { data, isLoading, isError, error, refetch } = useRiskOverview()
  const o = data?.overview
  return (
    <div className="flex flex-col gap-y-3" data-testid="risk-page">
      <RiskHeader
        title="Risk"
        subtitle={
          o
            ? `${formatNumber(o.scored.orders)} orders scored${o.scored.last_at ? `, the last ${formatDateTime(o.scored.last_at)}` : ""} · rules v${o.rules.version}: review from ${o.rules.thresholds.review}, block from ${o.rules.thresholds.block}`
            : "Order risk scored at checkout: held orders wait here with their reasons"
        }
      />
      {isError && <ErrorState title="Could not load risk" error={error} onRetry={() => refetch()} />}
      {isLoading && <ChartSkeleton height={120} />}
      {o && (
        <>
          <StatGrid testId="risk-tiles">
            <StatTile
              label="Waiting for review"
              value={formatNumber(o.queue.pending)}
              valueTestId="risk-pending-count"
              hint={o.queue.pending ? `${o.queue.currency_code ? formatMoney(o.queue.amount, o.queue.currency_code) : ""} authorised, not captured · oldest ${formatDateTime(o.queue.oldest_placed_at)}` : "nothing held"}
            />
            <StatTile label="Review decisions, 30 days" value={formatNumber(o.last_30_days.review)} hint={`of ${formatNumber(o.last_30_days.allow + o.last_30_days.review + o.last_30_days.block)} orders scored`} />
            <StatTile label="Refused at checkout, 30 days" value={formatNumber(o.last_30_days.block)} hint={`${o.lists.block} block-list and ${o.lists.allow} allow-list entries`} />
            <StatTile
              label="Store model"
              value={o.model.status === "trained" ? `AUC ${o.model.auc?.toFixed(3) ?? "—"}` : o.model.status === "none" ? "Not trained" : "Rules only"}
              hint={o.model.status === "trained" ? `version ${o.model.version}` : o.model.message ?? "trains nightly once enough chargebacks and fraud cancellations exist"}
            />
          </StatGrid>
          <AssessmentTable
            title="Review queue"
            subtitle="Held orders, highest score first: the payment is authorised and waits for your decision"
            filter={{ review_status: "pending" }}
            empty="No order is waiting. Orders whose score reaches the review threshold are held here at checkout."
            testId="risk-queue"
          />
          <DecisionsChart overview={o} />
          <RingsTable />
          <AssessmentTable
            title="Refused checkouts"
            subtitle="Blocked before any payment was authorised (block list, or a score at the block threshold)"
            filter={{ review_status: "refused" }}
            empty="No checkout was refused."
            testId="risk-refused"
          />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Risk", icon: LockClosedSolid })

export default RiskPage
