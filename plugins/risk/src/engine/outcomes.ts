import type { MedusaContainer } from "@medusajs/framework/types"
import { riskLabel } from "../lib"
import { insertOutcome, outcomesOf, type OutcomeInput } from "../modules/finesse-risk/store/outcomes"
import { riskServices } from "./risk-services"

/** Days after which an order without a fraud outcome counts as good (chargebacks arrive for weeks). */
export const LABEL_MATURE_DAYS = 60

/**
 * Recomputes the stored label of these orders' assessments from their outcomes (lib `riskLabel`): 1 for a
 * chargeback or a refund/cancellation marked fraud, 0 once mature without one, null otherwise.
 */
export async function relabelOrders(container: MedusaContainer, orderIds: string[], now = Date.now()): Promise<number> {
  const { db } = riskServices(container)
  if (!orderIds.length) return 0
  const outcomes = await outcomesOf(db, orderIds)
  const r = await db.raw(`select id, order_id, placed_at, label from finesse_risk_assessment where order_id = any(?) and deleted_at is null`, [orderIds])
  const ids: string[] = []
  const labels: Array<number | null> = []
  for (const a of r.rows as Array<{ id: string; order_id: string; placed_at: Date; label: number | null }>) {
    const label = riskLabel(new Date(a.placed_at).getTime(), outcomes.get(a.order_id) ?? [], { now, matureDays: LABEL_MATURE_DAYS })
    if (label === a.label) continue
    ids.push(a.id)
    labels.push(label)
  }
  if (ids.length) {
    await db.raw(
      `update finesse_risk_assessment a set label = v.label, labelled_at = now(), updated_at = now()
         from unnest(?::text[], ?::int4[]) as v(id, label) where a.id = v.id`,
      [ids, labels] as any
    )
  }
  return ids.length
}

/** Records an outcome (once per source event) and relabels the order; returns whether it was new. */
export async function recordOutcome(container: MedusaContainer, o: OutcomeInput): Promise<boolean> {
  const { db } = riskServices(container)
  const fresh = await insertOutcome(db, o)
  await relabelOrders(container, [o.order_id])
  return fresh
}
