import type { MedusaContainer } from "@medusajs/framework/types"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { isPublicIp, riskFactsFromCart, type CheckoutCart } from "../lib"
import { takeCheckoutRequest } from "./request-context"
import { riskServices } from "./risk-services"
import { riskSettings } from "./risk-settings"
import { scoreAndRecord, type ScoredOrder } from "./score-order"

/** Medusa's amounts arrive as numbers, numeric strings or BigNumber objects ({ numeric } / raw { value }). */
export function amountOf(v: unknown): number {
  if (typeof v === "number") return v
  if (typeof v === "string") return Number(v)
  if (v && typeof v === "object") {
    const o = v as { numeric?: unknown; value?: unknown; toJSON?: () => unknown }
    if (typeof o.numeric === "number") return o.numeric
    if (o.value !== undefined) return Number(o.value)
    if (typeof o.toJSON === "function") return Number(o.toJSON())
  }
  return 0
}

/** The storefront device of a cart: the latest `checkout_started` event of core's tracker for it. */
async function deviceOfCart(db: any, cartId: string): Promise<string | null> {
  const r = await db.raw(
    `select anonymous_id from finesse_event where cart_id = ? and type = 'checkout_started' and deleted_at is null and anonymous_id is not null
      order by occurred_at desc limit 1`,
    [cartId]
  )
  return r.rows[0]?.anonymous_id ?? null
}

export type CheckoutAssessment = ScoredOrder & { skipped?: false }

/**
 * Scores a cart being completed (the `validate` hook of Medusa's complete-cart workflow, before the order exists and
 * before the payment is authorised) and records the assessment under the cart id. A cart completed before (a retry
 * of a placed order) is not scored again: returns null.
 */
export async function assessCheckout(container: MedusaContainer, cart: CheckoutCart & { completed_at?: unknown; total?: unknown; raw_total?: unknown }, at = new Date()): Promise<CheckoutAssessment | null> {
  if (cart.completed_at) return null
  const s = riskServices(container)
  const req = takeCheckoutRequest(cart.id, at.getTime())
  const [settings, device] = await Promise.all([riskSettings(container, at.getTime()), req?.deviceId ? Promise.resolve(req.deviceId) : deviceOfCart(s.db, cart.id)])
  const ip = req?.ip && isPublicIp(req.ip) ? req.ip : null
  const facts = riskFactsFromCart(cart, {
    placedAt: at.getTime(),
    amount: toMinor(amountOf(cart.total ?? cart.raw_total), cart.currency_code),
    ip,
    ipKey: ip ? s.data.hashIp(ip) : null,
    ipCountry: req?.country ?? null,
    deviceId: device,
  })
  return scoreAndRecord(s, settings, facts, { ref: cart.id, source: "checkout" })
}
