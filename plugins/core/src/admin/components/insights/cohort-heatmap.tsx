import { EmptyNote, Heatmap, HeatmapCell, HeatmapLabel, SectionCard, formatNumber, formatPercent } from "../../../admin-kit"
import type { CohortRow } from "../../hooks/kpis"

const monthLabel = (ym: string) =>
  new Date(`${ym}-01T00:00:00Z`).toLocaleDateString(undefined, { month: "short", year: "numeric", timeZone: "UTC" })

/**
 * Monthly retention: rows are customers grouped by the month of their first order, columns the months after it;
 * a cell is the share of the cohort that ordered in that month. Future months stay empty.
 */
export const CohortHeatmap = ({ cohorts }: { cohorts: CohortRow[] }) => {
  const width = Math.max(0, ...cohorts.map((c) => c.active.length))
  return (
    <SectionCard
      testId="cohorts"
      title="Retention cohorts"
      subtitle="Customers by the month of their first order, and the share who ordered again in each later month (all sales channels and regions; the last 12 months up to the end of the range)"
    >
      {cohorts.length === 0 ? (
        <EmptyNote title="No customer cohorts yet">
          Cohorts appear once customers have placed orders in the twelve months up to the end of the range.
        </EmptyNote>
      ) : (
        <Heatmap
          columns={[
            { key: "cohort", label: "Cohort", align: "left" },
            { key: "size", label: "Customers", align: "right" },
            ...Array.from({ length: width }, (_, k) => ({ key: k, label: k === 0 ? "Month 0" : `+${k}`, className: "min-w-[48px]" })),
          ]}
        >
          {cohorts.map((row) => (
            <tr key={row.cohort} data-testid="cohort-row" data-cohort={row.cohort}>
              <HeatmapLabel tone="strong">{monthLabel(row.cohort)}</HeatmapLabel>
              <HeatmapLabel tone="figure">{formatNumber(row.size)}</HeatmapLabel>
              {Array.from({ length: width }, (_, k) =>
                k >= row.active.length ? (
                  <td key={k} aria-label="future month" />
                ) : (
                  <HeatmapCell
                    key={k}
                    share={row.shares[k]}
                    full={0.6}
                    calm={k === 0}
                    className="txt-compact-xsmall-plus h-8"
                    tooltip={`${formatNumber(row.active[k])} of ${formatNumber(row.size)} customers ordered in ${monthLabel(shiftMonth(row.cohort, k))}`}
                  >
                    {formatPercent(row.shares[k], 0)}
                  </HeatmapCell>
                )
              )}
            </tr>
          ))}
        </Heatmap>
      )}
    </SectionCard>
  )
}

function shiftMonth(ym: string, k: number): string {
  const d = new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1 + k, 1))
  return d.toISOString().slice(0, 7)
}
