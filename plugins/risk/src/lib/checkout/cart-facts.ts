import type { RiskOrderFacts } from "../signals/types"

/** The parts of a Medusa cart (as `completeCartWorkflow` loads it) an order's risk facts come from. */
export type CheckoutCart = {
  id: string
  email?: string | null
  currency_code: string
  customer?: { id: string; created_at?: string | Date | null; has_account?: boolean | null } | null
  shipping_address?: CheckoutAddress | null
  billing_address?: CheckoutAddress | null
  payment_collection?: { payment_sessions?: Array<{ provider_id?: string | null; data?: unknown }> | null } | null
}

export type CheckoutAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
}

/** What the request that completes the cart knows: the shopper's IP (raw and hashed), its country and device. */
export type CheckoutContext = {
  /** Epoch ms of the placement. */
  placedAt: number
  /** The cart total in minor units (the glue converts Medusa's amount once). */
  amount: number
  ip: string | null
  ipKey: string | null
  ipCountry: string | null
  deviceId: string | null
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null)
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null)

/**
 * A card fingerprint from a payment session's provider data, where providers put one: a `card_fingerprint` or
 * `fingerprint` field, Stripe's `payment_method.card.fingerprint` (expanded payment method) or its charge's
 * `payment_method_details.card.fingerprint`. The system provider gives none.
 */
export function cardFingerprintOf(data: unknown): string | null {
  const d = obj(data)
  if (!d) return null
  const direct = str(d.card_fingerprint) ?? str(d.fingerprint)
  if (direct) return direct
  const pm = obj(d.payment_method)
  const pmCard = obj(pm?.card)
  if (str(pmCard?.fingerprint)) return str(pmCard!.fingerprint)
  const details = obj(d.payment_method_details) ?? obj(obj((obj(d.latest_charge) ?? {}) as Json)?.payment_method_details)
  const detailsCard = obj(details?.card)
  if (str(detailsCard?.fingerprint)) return str(detailsCard!.fingerprint)
  const charges = obj(d.charges)
  const first = Array.isArray(charges?.data) ? obj((charges!.data as unknown[])[0]) : null
  return str(obj(obj(first?.payment_method_details)?.card)?.fingerprint) ?? null
}

const time = (v: string | Date | null | undefined): number | null => {
  if (!v) return null
  const t = v instanceof Date ? v.getTime() : Date.parse(v)
  return Number.isFinite(t) ? t : null
}

const upper = (v: string | null | undefined) => (v ? v.trim().toUpperCase() || null : null)

/**
 * The risk facts of a cart being completed. The account is Medusa's customer: a registered one, or the record
 * Medusa keeps for a guest e-mail (created at its first checkout), so a ring checking out as guests with fresh
 * e-mails shows as new accounts too.
 */
export function riskFactsFromCart(cart: CheckoutCart, ctx: CheckoutContext): RiskOrderFacts {
  const ship = cart.shipping_address ?? null
  const sessions = cart.payment_collection?.payment_sessions ?? []
  let card: string | null = null
  for (const s of sessions) card ??= cardFingerprintOf(s?.data)
  return {
    orderId: cart.id,
    placedAt: ctx.placedAt,
    amount: ctx.amount,
    currency: cart.currency_code,
    customerId: cart.customer?.id ?? null,
    accountCreatedAt: time(cart.customer?.created_at),
    email: cart.email ?? null,
    ip: ctx.ip,
    ipKey: ctx.ipKey,
    ipCountry: upper(ctx.ipCountry),
    billingCountry: upper(cart.billing_address?.country_code),
    shippingCountry: upper(ship?.country_code),
    shippingAddress: ship
      ? { address1: ship.address_1, address2: ship.address_2, city: ship.city, postalCode: ship.postal_code, province: ship.province, countryCode: ship.country_code }
      : null,
    cardFingerprint: card,
    deviceId: ctx.deviceId,
  }
}
