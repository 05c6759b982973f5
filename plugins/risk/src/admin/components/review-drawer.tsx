import { Button, Checkbox, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime, formatMoney, runWithToast } from "@finesse/core/admin-kit"
import { useReviewAction, type Assessment } from "../hooks/risk"
import { ReviewStatusBadge, ScoreBadge } from "./score-badge"
import { SignalList } from "./signal-list"

/**
 * One held order: every signal with its reason and points, and the two decisions. Approve captures the authorised
 * payment through Medusa; cancel cancels the order (and its authorisation), marked as fraud or not (a label).
 */
export const ReviewDrawer = ({ assessment, onClose }: { assessment: Assessment | null; onClose: () => void }) => {
  const action = useReviewAction()
  const [note, setNote] = useState("")
  const [fraud, setFraud] = useState(true)
  const a = assessment
  const decide = async (kind: "approve" | "cancel") => {
    if (!a) return
    const ok = await runWithToast(
      () => action.mutateAsync({ id: a.id, action: kind, fraud, note: note || undefined }),
      kind === "approve" ? "Approved: the payment is captured" : fraud ? "Cancelled and marked as fraud" : "Cancelled"
    )
    if (ok) {
      setNote("")
      onClose()
    }
  }
  return (
    <Drawer open={!!a} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="risk-review-drawer">
        <Drawer.Header>
          <Drawer.Title>{a?.order?.display_id ? `Order #${a.order.display_id}` : "Checkout"}</Drawer.Title>
        </Drawer.Header>
        {a && (
          <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
            <div className="flex flex-wrap items-center gap-2">
              <ScoreBadge score={a.score} decision={a.decision} />
              <ReviewStatusBadge status={a.review_status} />
              <Text size="small" className="text-ui-fg-subtle">
                {formatMoney(a.amount, a.currency_code)} · {a.order?.email ?? "no e-mail"} · {formatDateTime(a.placed_at)}
              </Text>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              Rules {a.rules_score} of 100{a.model_probability !== null ? `, store model ${(a.model_probability * 100).toFixed(1)} % fraud` : ""}. Held orders keep their payment
              authorised, not captured; nothing ships until you decide.
            </Text>
            <SignalList signals={a.signals} />
            {a.review_status === "pending" && (
              <div className="flex flex-col gap-y-3">
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="risk-note">
                    Note (kept encrypted with the decision)
                  </Label>
                  <Textarea id="risk-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. called the customer, confirmed the address" />
                </div>
                <div className="flex items-center gap-x-2">
                  <Checkbox id="risk-fraud" checked={fraud} onCheckedChange={(v) => setFraud(v === true)} />
                  <Label size="small" htmlFor="risk-fraud">
                    When cancelling: this order was fraud (trains the store's model)
                  </Label>
                </div>
              </div>
            )}
          </Drawer.Body>
        )}
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Close
            </Button>
          </Drawer.Close>
          {a?.review_status === "pending" && (
            <>
              <Button variant="danger" size="small" isLoading={action.isPending} onClick={() => decide("cancel")} data-testid="risk-cancel">
                Cancel order
              </Button>
              <Button size="small" isLoading={action.isPending} onClick={() => decide("approve")} data-testid="risk-approve">
                Approve and capture
              </Button>
            </>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
