import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { FunnelRow, FunnelStep } from "../../hooks/kpis"
import { formatNumber, formatPercent } from "../../../admin-kit"

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
    <Container className="flex min-w-0 flex-col divide-y p-0" data-testid="funnel">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Purchase funnel</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sessions reaching each step, in order{note ? `. ${note}` : ""}
          </Text>
        </div>
        {first > 0 && last && (
          <div className="text-right">
            <Text size="xsmall" className="text-ui-fg-subtle">
              Overall
            </Text>
            <Text size="large" weight="plus" className="tabular-nums" data-testid="funnel-overall">
              {formatPercent(last.overall)}
            </Text>
          </div>
        )}
      </div>
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
    </Container>
  )
}
