import { Container, Heading, Text, Tooltip } from "@medusajs/ui"
import type { CohortRow } from "../../hooks/kpis"
import { formatNumber, formatPercent } from "../../../admin-kit"

const monthLabel = (ym: string) =>
  new Date(`${ym}-01T00:00:00Z`).toLocaleDateString(undefined, { month: "short", year: "numeric", timeZone: "UTC" })

/** The cell colour: the interactive blue, more opaque for a larger share; month +0 (always 100 %) is kept calm. */
function cellStyle(share: number, first: boolean) {
  if (!first && share === 0) return { background: "var(--bg-subtle)", color: "var(--fg-muted)" }
  const strength = first ? 0.14 : 0.12 + 0.83 * Math.min(1, share / 0.6)
  return {
    background: `color-mix(in srgb, var(--fg-interactive) ${Math.round(strength * 100)}%, transparent)`,
    color: !first && strength > 0.55 ? "var(--fg-on-color)" : "var(--fg-base)",
  }
}

/**
 * Monthly retention: rows are customers grouped by the month of their first order, columns the months after it;
 * a cell is the share of the cohort that ordered in that month. Future months stay empty.
 */
export const CohortHeatmap = ({ cohorts }: { cohorts: CohortRow[] }) => {
  const width = Math.max(0, ...cohorts.map((c) => c.active.length))
  return (
    <Container className="flex min-w-0 flex-col divide-y p-0" data-testid="cohorts">
      <div className="px-6 py-4">
        <Heading level="h2">Retention cohorts</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Customers by the month of their first order, and the share who ordered again in each later month (all sales
          channels and regions; the last 12 months up to the end of the range)
        </Text>
      </div>
      {cohorts.length === 0 ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
          <Text size="small" weight="plus">
            No customer cohorts yet
          </Text>
          <Text size="small" className="text-ui-fg-subtle max-w-[480px]">
            Cohorts appear once customers have placed orders in the twelve months up to the end of the range.
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto px-6 py-4">
          <table className="w-full border-separate" style={{ borderSpacing: 3 }}>
            <thead>
              <tr>
                <th className="txt-compact-xsmall-plus text-ui-fg-subtle pr-3 text-left font-normal">Cohort</th>
                <th className="txt-compact-xsmall-plus text-ui-fg-subtle pr-3 text-right font-normal">Customers</th>
                {Array.from({ length: width }, (_, k) => (
                  <th key={k} className="txt-compact-xsmall-plus text-ui-fg-subtle min-w-[48px] text-center font-normal">
                    {k === 0 ? "Month 0" : `+${k}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cohorts.map((row) => (
                <tr key={row.cohort} data-testid="cohort-row" data-cohort={row.cohort}>
                  <td className="txt-compact-small-plus text-ui-fg-base whitespace-nowrap pr-3">{monthLabel(row.cohort)}</td>
                  <td className="txt-compact-small text-ui-fg-subtle pr-3 text-right tabular-nums">{formatNumber(row.size)}</td>
                  {Array.from({ length: width }, (_, k) => {
                    if (k >= row.active.length) return <td key={k} aria-label="future month" />
                    const share = row.shares[k]
                    if (share == null) {
                      return (
                        <td key={k} className="bg-ui-bg-subtle txt-compact-xsmall text-ui-fg-muted h-8 rounded text-center">
                          –
                        </td>
                      )
                    }
                    return (
                      <Tooltip
                        key={k}
                        content={`${formatNumber(row.active[k])} of ${formatNumber(row.size)} customers ordered in ${monthLabel(
                          shiftMonth(row.cohort, k)
                        )}`}
                      >
                        <td className="txt-compact-xsmall-plus h-8 rounded text-center tabular-nums" style={cellStyle(share, k === 0)}>
                          {formatPercent(share, 0)}
                        </td>
                      </Tooltip>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  )
}

function shiftMonth(ym: string, k: number): string {
  const d = new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1 + k, 1))
  return d.toISOString().slice(0, 7)
}
