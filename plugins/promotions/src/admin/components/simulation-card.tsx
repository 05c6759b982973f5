import { EmptyNote, SectionCard, Stat, StatGrid, StartJobButton, formatDateTime, formatMoney, formatNumber } from "@finesse/core/admin-kit"
import type { PromotionDetail, ReplaySummary } from "../hooks/promotions"
import { startSimulation } from "../hooks/promotions"
import { pct } from "./labels"

const Figures = ({ s, currency, what }: { s: ReplaySummary; currency: string; what: string }) => (
  <StatGrid inset>
    <Stat label={`${what} replayed`} value={formatNumber(s.orders)} hint={`${formatNumber(s.affectedOrders)} would have got it (${formatNumber(s.affectedCustomers)} customers)`} />
    <Stat label="Discount it would have cost" value={formatMoney(s.discountCost, currency)} hint={`of ${formatMoney(s.subtotal, currency)} goods`} />
    <Stat label="Margin" value={`${formatMoney(s.marginBefore, currency)} → ${formatMoney(s.marginAfter, currency)}`} hint={`${pct(s.marginRateBefore)} → ${pct(s.marginRateAfter)}${s.linesWithoutCost ? `, ${s.linesWithoutCost} lines without cost left out` : ""}`} />
    {s.threshold && (
      <Stat
        label="Spend threshold"
        value={`${formatNumber(s.threshold.qualifying)} qualify, ${formatNumber(s.threshold.nearMiss)} near`}
        hint={`near misses were ${formatMoney(s.threshold.averageShortfall, currency)} short; crossing would cost ${formatMoney(s.threshold.nearMissCostIfCrossed, currency)}`}
      />
    )}
  </StatGrid>
)

/** The pre-launch replay of past orders and open carts through Medusa's own promotion computation. */
export const SimulationCard = ({ detail }: { detail: PromotionDetail }) => {
  const sim = detail.simulation
  return (
    <SectionCard
      title="Pre-launch simulation"
      subtitle={sim ? `The last ${sim.days} days (${sim.currency_code.toUpperCase()}) replayed through Medusa's promotion module with this promotion, ${formatDateTime(sim.computed_at)}` : "Replays past orders and open carts through Medusa's promotion computation with this promotion"}
      testId="simulation-card"
      actions={
        <StartJobButton
          label="Replay the last 30 days"
          runningLabel="Replaying…"
          start={() => startSimulation(detail.promotion.id, 30)}
          refresh={[["finesse-promotions", "detail", detail.promotion.id]]}
          done={(j) => `${j.result?.replayed_orders ?? 0} orders replayed`}
          testId="simulate"
        />
      }
    >
      {sim ? (
        <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="simulation-figures">
          <Figures s={sim.orders} currency={sim.currency_code} what="Orders" />
          {sim.carts && <Figures s={sim.carts} currency={sim.currency_code} what="Open carts" />}
        </div>
      ) : (
        <EmptyNote title="Not simulated yet">The replay shows what the promotion would have cost on last month's orders, how many it would have touched, and how many baskets were just below a spend threshold.</EmptyNote>
      )}
    </SectionCard>
  )
}
