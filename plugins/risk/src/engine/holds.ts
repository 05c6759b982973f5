import type { MedusaContainer } from "@medusajs/framework/types"
import { riskServices } from "./risk-services"

/** A checkout held for review whose completion failed (no order was created): nothing waits in the queue. */
export async function releaseAbandonedHold(container: MedusaContainer, cartId: string): Promise<void> {
  const { db } = riskServices(container)
  await db.raw(
    `update finesse_risk_assessment set review_status = 'none', updated_at = now()
      where ref = ? and order_id is null and review_status = 'pending' and deleted_at is null`,
    [cartId]
  )
}

/** The review state of the order a payment belongs to (through its payment collection's order or cart). */
export async function heldOrderOfPayment(container: MedusaContainer, paymentId: string): Promise<{ order_id: string | null; review_status: string; score: number } | null> {
  const { db } = riskServices(container)
  const r = await db.raw(
    `select a.order_id, a.review_status, a.score
       from payment p
       left join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
       left join cart_payment_collection cpc on cpc.payment_collection_id = p.payment_collection_id and cpc.deleted_at is null
       join finesse_risk_assessment a on a.deleted_at is null and (a.order_id = opc.order_id or a.ref = cpc.cart_id)
      where p.id = ? and p.deleted_at is null
      order by a.updated_at desc limit 1`,
    [paymentId]
  )
  return r.rows[0] ?? null
}

export async function reviewStatusOfOrder(container: MedusaContainer, orderId: string): Promise<{ id: string; review_status: string; score: number } | null> {
  const { db } = riskServices(container)
  const r = await db.raw(`select id, review_status, score from finesse_risk_assessment where order_id = ? and deleted_at is null order by updated_at desc limit 1`, [orderId])
  return r.rows[0] ?? null
}
