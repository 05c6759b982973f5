import { BEHAVIOUR_PROFILES } from "./behaviours"
import type { CatalogIndex } from "./catalog-index"
import type { CustomerModel } from "./plan-customers"
import { SHIPPING } from "./plan-geography"
import { saleAt, WELCOME_CODE, type PromotionWindow } from "./plan-promotions"
import { Rng } from "./prng"
import type { DemandCalendar } from "./seasonality"
import { HOUR, MINUTE } from "./time"
import type { CurrencyCode, DemoPromotion } from "./types"

/** An order before keys and ISO times are assigned. */
export type OrderDraft = {
  model: CustomerModel
  time: number
  currency: CurrencyCode
  /** Indexes into CatalogIndex.refs, distinct. */
  lines: { ref: number; quantity: number; unitPrice: number }[]
  subtotal: number
  promotionCode: string | null
  discount: number
  shipping: number
  canceledAt: number | null
  returned: { requested: number; received: number; lines: { ref: number; quantity: number }[]; refund: number } | null
  /** Filled by the session planner. */
  sessionId: string
}

/** Orders are never placed within this long after sign-up (the checkout happens after it). */
const AFTER_SIGN_UP = 10 * MINUTE

function orderCount(rng: Rng, model: CustomerModel): number {
  const { min, max, weights } = BEHAVIOUR_PROFILES[model.behaviour].orders
  if (!weights) return rng.int(min, max)
  return rng.weighted(
    weights.map((_, i) => min + i),
    weights
  )
}

function orderTimes(rng: Rng, model: CustomerModel, calendar: DemandCalendar): number[] {
  const profile = BEHAVIOUR_PROFILES[model.behaviour]
  if (model.anchor !== null) return [model.anchor]
  const n = orderCount(rng, model)
  // an hour after history starts, so the session before the order is inside history too
  const from = Math.max(model.activeFrom + HOUR, model.created + AFTER_SIGN_UP)
  const to = model.activeTo
  if (n === 0 || to <= from) return []
  if (profile.timing === "regular") return calendar.stratified(rng, model.regionKey, "base", from, to, n)
  const mode = profile.timing === "sales" ? "bargain" : "base"
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push(calendar.sample(rng, model.regionKey, mode, from, to))
  return times.sort((a, b) => a - b)
}

/** Distinct items for one order, from the favourites or the behaviour's shelf. */
export function pickItems(rng: Rng, model: CustomerModel, index: CatalogIndex, lineCount: number): number[] {
  const profile = BEHAVIOUR_PROFILES[model.behaviour]
  const shelf = index[profile.shelf]
  const picked: number[] = []
  for (let tries = 0; picked.length < lineCount && tries < lineCount * 10; tries++) {
    const ref = rng.chance(profile.favouriteShare)
      ? index.byLeaf[rng.pick(model.favourites)].sample(rng)
      : shelf.sample(rng)
    if (!picked.includes(ref)) picked.push(ref)
  }
  return picked
}

function quantity(rng: Rng): number {
  return rng.weighted([1, 2, 3], [0.85, 0.12, 0.03])
}

function discountFor(promotion: DemoPromotion | undefined, subtotal: number): number {
  if (!promotion) return 0
  if (promotion.type === "percentage") return Math.round((subtotal * promotion.value) / 100)
  return Math.min(promotion.value, subtotal)
}

function planReturn(rng: Rng, draft: OrderDraft, end: number): OrderDraft["returned"] {
  const requested = draft.time + Math.round(rng.range(4, 24) * 86_400) * 1000
  const received = requested + Math.round(rng.range(2, 9) * 86_400) * 1000
  if (received >= end) return null // still in transit when history ends
  const units = draft.lines.reduce((s, l) => s + l.quantity, 0)
  let lines = draft.lines.map((l) => ({ ref: l.ref, quantity: l.quantity }))
  if (units > 1 && rng.chance(0.45)) {
    // partial: some of the lines, or fewer units of a single multi-unit line
    lines =
      lines.length > 1
        ? rng.shuffle(lines).slice(0, rng.int(1, lines.length - 1))
        : [{ ref: lines[0].ref, quantity: rng.int(1, lines[0].quantity - 1) }]
  }
  const byRef = new Map(draft.lines.map((l) => [l.ref, l.unitPrice]))
  const value = lines.reduce((s, l) => s + l.quantity * (byRef.get(l.ref) ?? 0), 0)
  const refund = Math.round((value * (draft.subtotal - draft.discount)) / draft.subtotal)
  return { requested, received, lines, refund }
}

export function planOrders(
  seed: number,
  customers: CustomerModel[],
  index: CatalogIndex,
  calendar: DemandCalendar,
  windows: PromotionWindow[],
  promotions: DemoPromotion[],
  start: number,
  end: number,
  currencyOf: (regionKey: string) => CurrencyCode
): OrderDraft[] {
  const rng = new Rng(seed, "orders")
  const promotionByCode = new Map(promotions.map((p) => [p.code, p]))
  const drafts: OrderDraft[] = []
  for (const model of customers) {
    const profile = BEHAVIOUR_PROFILES[model.behaviour]
    const currency = currencyOf(model.regionKey)
    const times = orderTimes(rng, model, calendar)
    times.forEach((time, k) => {
      const lineCount = rng.weighted(
        profile.lines.map((_, i) => i + 1),
        profile.lines
      )
      const lines = pickItems(rng, model, index, lineCount).map((ref) => ({
        ref,
        quantity: quantity(rng),
        unitPrice: index.refs[ref].prices[currency],
      }))
      const subtotal = lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0)

      // WELCOME10 only on the first order of someone who joined during the history
      let promotionCode: string | null = null
      const sale = saleAt(windows, model.regionKey, time)
      if (k === 0 && model.created >= start && rng.chance(profile.welcomeRate)) promotionCode = WELCOME_CODE
      else if (sale && rng.chance(profile.saleCodeRate)) promotionCode = sale.code
      const discount = discountFor(promotionCode === null ? undefined : promotionByCode.get(promotionCode), subtotal)
      const ship = SHIPPING[currency]
      const shipping = subtotal - discount >= ship.freeFrom ? 0 : ship.fee

      const draft: OrderDraft = {
        model,
        time,
        currency,
        lines,
        subtotal,
        promotionCode,
        discount,
        shipping,
        canceledAt: null,
        returned: null,
        sessionId: "",
      }
      if (rng.chance(profile.cancelRate)) {
        draft.canceledAt = Math.min(end - 1000, time + Math.round(rng.range(0.25, 36) * 3600) * 1000)
      } else if (rng.chance(profile.returnRate)) {
        draft.returned = planReturn(rng, draft, end)
      }
      drafts.push(draft)
    })
  }
  return drafts
}
