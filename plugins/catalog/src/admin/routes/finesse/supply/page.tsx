import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { useEffect, useState } from "react"
import { EmptyState, StartJobButton, StatGrid, StatTile, formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import { AbcXyzMatrix } from "../../../components/abc-xyz-matrix"
import { CatalogHeader } from "../../../components/catalog-header"
import { ForecastChart, methodLabel } from "../../../components/forecast-chart"
import { LeadTimesCard } from "../../../components/lead-times-card"
import { ReplenishmentTable } from "../../../components/replenishment-table"
import { startCatalogJob, useReplenishment, useStatus } from "../../../hooks/catalog"

/** Supply: the demand forecast with intervals per variant, what to reorder and why, ABC/XYZ and supplier terms. */
const SupplyPage = () => {
  const status = useStatus().data?.status
  const urgent = useReplenishment({ reorder: "true", limit: 1, offset: 0 }).data
  const [variant, setVariant] = useState<string | null>(null)
  useEffect(() => {
    if (!variant && urgent?.replenishment[0]) setVariant(urgent.replenishment[0].variant_id)
  }, [urgent?.replenishment[0]?.variant_id])
  const run = status?.forecast.week
  const s = status?.replenishment
  const p = status?.policy
  const refresh = [["catalog"]]
  const top = run?.methods ? Object.entries(run.methods).sort((a, b) => b[1] - a[1]).slice(0, 3) : []
  return (
    <div className="flex flex-col gap-y-3" data-testid="supply-page">
      <CatalogHeader
        title="Supply"
        subtitle={
          run
            ? `Weekly forecast of ${formatNumber(run.series)} variant × location series from ${formatDate(run.as_of)} (run ${formatDateTime(run.finished_at)}) · ${p ? `${formatPercent(p.service_level, 0)} ${p.service_measure === "cycle" ? "cycle service" : "fill rate"}, ${p.review} review every ${p.review_period_days} days` : ""}`
            : "Demand forecasts per variant and location, reorder points and order quantities from Medusa's inventory, ABC/XYZ"
        }
        actions={
          <>
            <StartJobButton label="Forecast now" runningLabel="Forecasting…" start={() => startCatalogJob("forecasts/run", { granularity: "week" })} latest={status?.jobs.forecast} refresh={refresh} done={(j) => `${formatNumber(j.result?.series ?? 0)} series forecast; replenishment follows`} testId="run-forecast" />
            <StartJobButton label="Plan now" runningLabel="Planning…" start={() => startCatalogJob("replenishment/run")} latest={status?.jobs.replenishment} refresh={refresh} done={(j) => `${j.result?.reorder ?? 0} of ${j.result?.plans ?? 0} to reorder`} testId="run-replenishment" />
          </>
        }
      />
      {status && !run && (
        <EmptyState testId="supply-empty" title="No forecast yet">
          The forecast runs nightly from the order facts (and replenishment right after it). Start it now with “Forecast now”.
        </EmptyState>
      )}
      <StatGrid testId="supply-tiles">
        <StatTile label="To reorder" value={s ? formatNumber(s.reorder) : "–"} hint={s ? `of ${formatNumber(s.rows)} variant × location pairs` : undefined} valueTestId="stat-reorder" />
        <StatTile label="At risk of a stock-out" value={s ? formatNumber(s.at_risk) : "–"} hint="≥ 50 % before the next delivery" valueTestId="stat-at-risk" />
        <StatTile label="Out of stock with demand" value={s ? formatNumber(s.out_of_stock) : "–"} />
        <StatTile label="Suggested order value" value={s ? formatMoney(s.order_value, s.currency_code) : "–"} hint={s?.computed_at ? `planned ${formatDateTime(s.computed_at)}` : undefined} />
        <StatTile label="Methods chosen by backtest" value={top.length ? methodLabel(top[0][0]).split(" (")[0] : "–"} hint={top.map(([m, n]) => `${m} ${formatNumber(n)}`).join(" · ") || undefined} help="Each series' method is the one with the lowest backtest error, its own error shrunk towards its demand class's" />
      </StatGrid>
      <ForecastChart variantId={variant} />
      <ReplenishmentTable locations={status?.locations ?? []} onSelect={setVariant} selected={variant} />
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <AbcXyzMatrix currency={s?.currency_code ?? null} />
        <LeadTimesCard />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Supply", icon: BuildingStorefront })

export default SupplyPage
