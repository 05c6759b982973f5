import { Container, Text, Tooltip } from "@medusajs/ui"
import type { Overview } from "../../hooks/personas"
import { formatDateTime, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"

const Tile = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) => (
  <Container className="flex flex-col gap-y-1 px-5 py-4" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </Container>
)

/** The headline figures: who is profiled, by which model, and what they are expected to be worth. */
export const SummaryTiles = ({ overview }: { overview: Overview }) => {
  const { model, totals, currency_code: cur } = overview
  const best = model?.stats?.silhouette_by_k
  return (
    <div className="grid grid-cols-2 gap-3 xl:grid-cols-4" data-testid="personas-summary">
      <Tile label="Profiled customers" value={formatNumber(totals.profiles)} hint={`${formatNumber(totals.buyers)} with orders`} testId="tile-profiles" />
      <Tooltip content={best?.length ? `Silhouette by k: ${best.map((b) => `${b.k}: ${b.silhouette.toFixed(2)}`).join(", ")}` : "k was fixed in the plugin options"}>
        <div>
          <Tile
            label="Personas"
            value={model ? `${model.k}` : "–"}
            hint={model ? `${model.method === "ward" ? "Ward" : "k-means"}${model.silhouette != null ? `, silhouette ${model.silhouette.toFixed(2)}` : ""}` : "no recompute yet"}
            testId="tile-personas"
          />
        </div>
      </Tooltip>
      <Tile
        label="Expected value, next 12 months"
        value={formatMoney(totals.expected_value_12m, cur)}
        hint={`Spent so far ${formatMoney(totals.monetary, cur)}`}
        testId="tile-value"
      />
      <Tile
        label="Buy again within 90 days"
        value={formatPercent(totals.mean_p_buy_90d, 0)}
        hint={model ? `Model v${model.version}, as of ${formatDateTime(model.as_of)}` : undefined}
        testId="tile-buy-again"
      />
    </div>
  )
}
