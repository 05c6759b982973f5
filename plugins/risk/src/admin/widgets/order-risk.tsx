import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { runWithToast, sdk } from "@finesse/core/admin-kit"
import { ReviewDrawer } from "../components/review-drawer"
import { ReviewStatusBadge, ScoreBadge } from "../components/score-badge"
import { SignalList } from "../components/signal-list"
import { riskKeys, useOrderRisk } from "../hooks/risk"

/** The order's risk score and its reasons; a held order is approved or cancelled from here too. */
const OrderRiskWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useOrderRisk(order.id)
  const [open, setOpen] = useState(false)
  const qc = useQueryClient()
  const a = data?.assessment
  const chargebacks = (data?.outcomes ?? []).filter((o) => o.kind === "chargeback").length
  return (
    <Container className="divide-y p-0" data-testid="order-risk-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Risk</Heading>
        {a && <ScoreBadge score={a.score} decision={a.decision} testId="order-risk-score" />}
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {isLoading && <Text size="small">Loading…</Text>}
        {!isLoading && !a && (
          <Text size="small" className="text-ui-fg-subtle">
            Not scored: the order was placed before the risk plugin scored checkouts.
          </Text>
        )}
        {a && (
          <>
            <div className="flex items-center gap-x-2">
              <ReviewStatusBadge status={a.review_status} />
              {a.review_status === "pending" && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  payment authorised, not captured
                </Text>
              )}
            </div>
            {a.reasons.length ? <SignalList signals={a.signals} all={false} /> : <Text size="small" className="text-ui-fg-subtle">No signal fired.</Text>}
            {chargebacks > 0 && (
              <Text size="small" className="text-ui-fg-error">
                {chargebacks} chargeback{chargebacks > 1 ? "s" : ""} recorded
              </Text>
            )}
            <div className="flex flex-wrap gap-2">
              {a.review_status === "pending" && (
                <Button size="small" onClick={() => setOpen(true)} data-testid="order-risk-review">
                  Review
                </Button>
              )}
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  runWithToast(
                    () => sdk.client.fetch(`/admin/finesse/risk/orders/${order.id}/outcomes`, { method: "POST", body: { kind: "chargeback" } }).then(() => qc.invalidateQueries({ queryKey: riskKeys.all })),
                    "Chargeback recorded: a fraud label"
                  )
                }
              >
                Record chargeback
              </Button>
            </div>
          </>
        )}
      </div>
      <ReviewDrawer assessment={open ? a ?? null : null} onClose={() => setOpen(false)} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderRiskWidget
