import { Tooltip } from "@medusajs/ui"
import { StatGrid, StatTile, formatDateTime, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import type { Overview } from "../../hooks/personas"

/** The headline figures: who is profiled, by which model, and what they are expected to be worth. */
export const SummaryTiles = ({ overview }: { overview: Overview }) => {
  const { model, totals, currency_code: cur } = overview
  const best = model?.stats?.silhouette_by_k
  return (
    <StatGrid testId="personas-summary">
      <StatTile label="Profiled customers" value={formatNumber(totals.profiles)} hint={`${formatNumber(totals.buyers)} with orders`} testId="tile-profiles" />
      <Tooltip content={best?.length ? `Silhouette by k: ${best.map((b) => `${b.k}: ${b.silhouette.toFixed(2)}`).join(", ")}` : "k was fixed in the plugin options"}>
        <div className="grid">
          <StatTile
            label="Personas"
            value={model ? `${model.k}` : "–"}
            hint={model ? `${model.method === "ward" ? "Ward" : "k-means"}${model.silhouette != null ? `, silhouette ${model.silhouette.toFixed(2)}` : ""}` : "no recompute yet"}
            testId="tile-personas"
          />
        </div>
      </Tooltip>
      <StatTile
        label="Expected value, next 12 months"
        value={formatMoney(totals.expected_value_12m, cur)}
        hint={`Spent so far ${formatMoney(totals.monetary, cur)}`}
        testId="tile-value"
      />
      <StatTile
        label="Buy again within 90 days"
        value={formatPercent(totals.mean_p_buy_90d, 0)}
        hint={model ? `Model v${model.version}, as of ${formatDateTime(model.as_of)}` : undefined}
        testId="tile-buy-again"
      />
    </StatGrid>
  )
}
