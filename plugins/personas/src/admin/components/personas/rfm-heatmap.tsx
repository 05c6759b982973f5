import { Text } from "@medusajs/ui"
import { Heatmap, HeatmapCell, HeatmapLabel, SectionCard, ShareBar, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import type { Overview } from "../../hooks/personas"

/** The names every cell of the R × FM grid carries (lib rfm-segment's grid, written down once there). */
const NAMES: Record<number, string[]> = {
  5: ["Can't lose them", "Can't lose them", "Loyal", "Champions", "Champions"],
  4: ["At risk", "At risk", "Loyal", "Loyal", "Champions"],
  3: ["At risk", "At risk", "Need attention", "Potential loyalist", "Potential loyalist"],
  2: ["Hibernating", "Hibernating", "About to sleep", "Potential loyalist", "Potential loyalist"],
  1: ["Lost", "Hibernating", "About to sleep", "Promising", "New"],
}

/**
 * The RFM grid as a heatmap: recency score across (1 = long ago, 5 = recent), the mean of frequency and monetary
 * scores down; a cell's colour is its share of customers and its label the segment name.
 */
export const RfmHeatmap = ({ overview }: { overview: Overview }) => {
  const total = overview.rfm_grid.reduce((s, c) => s + c.customers, 0)
  const at = (r: number, fm: number) => overview.rfm_grid.find((c) => c.r === r && c.fm === fm)
  return (
    <SectionCard
      testId="rfm-heatmap"
      title="RFM grid"
      subtitle="Customers by recency score (across) and frequency-and-spend score (down), quintiles of the buying customers"
    >
      <Heatmap
        columns={[
          { key: "axis", label: "FM \\ R", align: "left", className: "w-16" },
          ...[1, 2, 3, 4, 5].map((r) => ({ key: r, label: `R ${r}${r === 1 ? " (oldest)" : r === 5 ? " (newest)" : ""}` })),
        ]}
      >
        {[5, 4, 3, 2, 1].map((fm) => (
          <tr key={fm}>
            <HeatmapLabel>FM {fm}</HeatmapLabel>
            {[1, 2, 3, 4, 5].map((r) => {
              const c = at(r, fm)
              const n = c?.customers ?? 0
              const share = total ? n / total : 0
              return (
                <HeatmapCell
                  key={r}
                  share={share}
                  // 25 cells: a cell with an eighth of the customers is already a large one
                  full={0.12}
                  className="h-14 min-w-[92px] px-2"
                  tooltip={`${NAMES[fm][r - 1]}: ${formatNumber(n)} customers (${formatPercent(share, 1)}), spent ${formatMoney(c?.monetary ?? 0, overview.currency_code)}`}
                  data-testid="rfm-cell"
                  data-r={r}
                  data-fm={fm}
                  data-count={n}
                >
                  <div className="txt-compact-small-plus tabular-nums">{formatNumber(n)}</div>
                  <div className="txt-compact-xsmall truncate opacity-80">{NAMES[fm][r - 1]}</div>
                </HeatmapCell>
              )
            })}
          </tr>
        ))}
      </Heatmap>
    </SectionCard>
  )
}

/** Customers and value per RFM segment, largest first. */
export const RfmSegmentList = ({ overview }: { overview: Overview }) => {
  const total = overview.rfm_segments.reduce((s, c) => s + c.customers, 0)
  const churn = Object.fromEntries(overview.churn_risk.map((c) => [c.churn_risk, c.customers]))
  const churnTotal = overview.churn_risk.reduce((s, c) => s + c.customers, 0)
  return (
    <SectionCard testId="rfm-segments" title="RFM segments" subtitle="Customers, their spend so far and expected spend in the next 12 months">
      <div className="flex flex-col px-6 py-3">
        {overview.rfm_segments.map((s) => (
          <ShareBar
            key={s.segment}
            label={s.segment}
            share={total ? s.customers / total : 0}
            figures={[formatNumber(s.customers), formatMoney(s.expected_value_12m, overview.currency_code)]}
          />
        ))}
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-1 px-6 py-3">
        <Text size="small" weight="plus">
          Churn risk
        </Text>
        {(["low", "medium", "high"] as const).map((k) => (
          <Text key={k} size="small" className="text-ui-fg-subtle whitespace-nowrap tabular-nums">
            {k}: {formatNumber(churn[k] ?? 0)} ({formatPercent(churnTotal ? (churn[k] ?? 0) / churnTotal : 0, 0)})
          </Text>
        ))}
      </div>
    </SectionCard>
  )
}
