import { Container, Heading, Text, Tooltip } from "@medusajs/ui"
import type { Overview } from "../../hooks/personas"
import { formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"

function cellStyle(share: number) {
  if (share === 0) return { background: "var(--bg-subtle)", color: "var(--fg-muted)" }
  const strength = 0.1 + 0.85 * Math.min(1, share / 0.12)
  return {
    background: `color-mix(in srgb, var(--fg-interactive) ${Math.round(strength * 100)}%, transparent)`,
    color: strength > 0.55 ? "var(--fg-on-color)" : "var(--fg-base)",
  }
}

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
    <Container className="flex min-w-0 flex-col divide-y p-0" data-testid="rfm-heatmap">
      <div className="px-6 py-4">
        <Heading level="h2">RFM grid</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Customers by recency score (across) and frequency-and-spend score (down), quintiles of the buying customers
        </Text>
      </div>
      <div className="overflow-x-auto px-6 py-4">
        <table className="w-full border-separate" style={{ borderSpacing: 3 }}>
          <thead>
            <tr>
              <th className="txt-compact-xsmall-plus text-ui-fg-subtle w-16 text-left font-normal">FM \ R</th>
              {[1, 2, 3, 4, 5].map((r) => (
                <th key={r} className="txt-compact-xsmall-plus text-ui-fg-subtle text-center font-normal">
                  R {r}
                  {r === 1 ? " (oldest)" : r === 5 ? " (newest)" : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((fm) => (
              <tr key={fm}>
                <td className="txt-compact-xsmall-plus text-ui-fg-subtle pr-2">FM {fm}</td>
                {[1, 2, 3, 4, 5].map((r) => {
                  const c = at(r, fm)
                  const n = c?.customers ?? 0
                  const share = total ? n / total : 0
                  return (
                    <Tooltip
                      key={r}
                      content={`${NAMES[fm][r - 1]}: ${formatNumber(n)} customers (${formatPercent(share, 1)}), spent ${formatMoney(c?.monetary ?? 0, overview.currency_code)}`}
                    >
                      <td className="h-14 min-w-[92px] rounded px-2 text-center align-middle" style={cellStyle(share)} data-testid="rfm-cell" data-r={r} data-fm={fm} data-count={n}>
                        <div className="txt-compact-small-plus tabular-nums">{formatNumber(n)}</div>
                        <div className="txt-compact-xsmall truncate opacity-80">{NAMES[fm][r - 1]}</div>
                      </td>
                    </Tooltip>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Container>
  )
}

/** Customers and value per RFM segment, largest first. */
export const RfmSegmentList = ({ overview }: { overview: Overview }) => {
  const total = overview.rfm_segments.reduce((s, c) => s + c.customers, 0)
  const churn = Object.fromEntries(overview.churn_risk.map((c) => [c.churn_risk, c.customers]))
  const churnTotal = overview.churn_risk.reduce((s, c) => s + c.customers, 0)
  return (
    <Container className="flex min-w-0 flex-col divide-y p-0" data-testid="rfm-segments">
      <div className="px-6 py-4">
        <Heading level="h2">RFM segments</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Customers, their spend so far and expected spend in the next 12 months
        </Text>
      </div>
      <div className="flex flex-col px-6 py-3">
        {overview.rfm_segments.map((s) => (
          <div key={s.segment} className="flex items-center gap-x-3 py-1.5">
            <Text size="small" className="w-36 shrink-0 truncate">
              {s.segment}
            </Text>
            <div className="bg-ui-bg-subtle h-2 flex-1 overflow-hidden rounded-full">
              <div className="bg-ui-fg-interactive h-full" style={{ width: `${total ? (100 * s.customers) / total : 0}%` }} />
            </div>
            <Text size="small" className="text-ui-fg-subtle w-14 shrink-0 text-right tabular-nums">
              {formatNumber(s.customers)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle w-24 shrink-0 text-right tabular-nums">
              {formatMoney(s.expected_value_12m, overview.currency_code)}
            </Text>
          </div>
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
    </Container>
  )
}
