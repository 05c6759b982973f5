import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SectionCard, Stat, formatNumber, formatPercent } from "../../../admin-kit"
import type { FunnelRow, FunnelStep } from "../../hooks/kpis"

const LABEL: Record<FunnelStep, string> = {
  viewed: "Viewed a product",
  added_to_cart: "Added to cart",
  checkout_started: "Started checkout",
  ordered: "Ordered",
}

/** Sessions through the purchase funnel as horizontal bars; each bar's width is its share of the first step. */
export const Funnel = ({ funnel, empty, note }: { funnel: FunnelRow[]; empty?: ReactNode; note?: string }) => {
  const first = funnel[0]?.count ?? 0
  const last = funnel[funnel.length - 1]
  return (
    <SectionCard
      testId="funnel"
      title="Purchase funnel"
      subtitle={`Sessions reaching each step, in order${note ? `. ${note}` : ""}`}
      actions={first > 0 && last && <Stat align="right" label="Overall" value={formatPercent(last.overall)} valueTestId="funnel-overall" />}
    >
      {empty ?? (
        <div className="flex flex-col gap-y-4 px-6 py-5">
          {funnel.map((row, i) => {
            const width = first && row.count ? Math.max(1, (row.count / first) * 100) : 0
            return (
              <div key={row.step} className="flex flex-col gap-y-1.5" data-testid={`funnel-${row.step}`} data-count={row.count}>
                <div className="flex items-baseline justify-between gap-x-3">
                  <Text size="small" weight="plus">
                    {LABEL[row.step]}
                  </Text>
                  <div className="flex items-baseline gap-x-3">
                    {i > 0 && (
                      <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                        {formatPercent(row.rate)} of previous step
                      </Text>
                    )}
                    <Text size="small" weight="plus" className="w-16 text-right tabular-nums">
                      {formatNumber(row.count)}
                    </Text>
                  </div>
                </div>
                <div className="bg-ui-bg-subtle h-6 w-full overflow-hidden rounded-md">
                  {width > 0 && (
                    <div
                      className="flex h-full items-center rounded-md px-2 transition-[width] duration-500"
                      style={{ width: `${width}%`, background: "var(--fg-interactive)" }}
                    >
                      {width > 12 && (
                        <span className="txt-compact-xsmall-plus text-ui-fg-on-color tabular-nums">{formatPercent(row.overall)}</span>
                      )}
                    </div>
                  )}
                </div>
              </div>
            )
          })}
        </div>
      )}
    </SectionCard>
  )
}
