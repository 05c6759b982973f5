import { allocateMinor } from "../math/money"
import type { ChannelCode } from "./classify-channel"
import type { Touch } from "./touches"

export type AttributionModel = "last_touch" | "first_touch" | "position_based"

/** The part of an order fact attribution reads (core's OrderFactRow fits). */
export type AttributableOrder = {
  id: string
  customer_id: string | null
  placed_at: Date | number
  total: number
  margin?: number | null
  customer_order_index?: number | null
}

export type AttributionOptions = {
  model: AttributionModel
  /** touches up to this many days before the order count (default 30) */
  lookbackDays?: number
  /** a direct touch gets credit only when the order has no other touch (default true: "last non-direct") */
  ignoreDirect?: boolean
}

export type OrderCredit = {
  orderId: string
  channel: ChannelCode
  campaign: string | null
  /** share of the order (the credits of one order add up to 1) */
  weight: number
  /** shares of the order's total and margin, integer minor units adding up to the order's */
  revenue: number
  margin: number
  /** the order was the customer's first */
  newCustomer: boolean
}

export type AttributionTotals = {
  channel: ChannelCode
  campaign: string | null
  /** fractional orders credited */
  orders: number
  revenue: number
  margin: number
  /** fractional first orders credited: the acquisitions */
  newCustomers: number
}

export type AttributionResult = {
  model: AttributionModel
  credits: OrderCredit[]
  byChannel: AttributionTotals[]
  byCampaign: AttributionTotals[]
  /** orders without any touch in the lookback (credited to direct) */
  untouchedOrders: number
}

/**
 * Position weights of n touches in time order (Google's "position-based" model): one touch takes all; two
 * split 50/50; from three on the first and the last take 40 % each and the middle ones share 20 %.
 */
export function positionWeights(n: number): number[] {
  if (n <= 0) return []
  if (n === 1) return [1]
  if (n === 2) return [0.5, 0.5]
  const mid = 0.2 / (n - 2)
  return Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? 0.4 : mid))
}

function lowerBound(a: Touch[], t: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const m = (lo + hi) >>> 1
    if (a[m].at < t) lo = m + 1
    else hi = m
  }
  return lo
}

/**
 * Credits each order to the channels and campaigns of its customer's touches in the lookback window before it,
 * by the chosen model. Orders without a customer or without touches go to direct.
 */
export function attributeOrders(orders: readonly AttributableOrder[], touches: readonly Touch[], options: AttributionOptions): AttributionResult {
  const lookbackMs = (options.lookbackDays ?? 30) * 86_400_000
  const ignoreDirect = options.ignoreDirect ?? true
  const byPerson = new Map<string, Touch[]>()
  for (const t of touches) {
    let list = byPerson.get(t.person)
    if (!list) byPerson.set(t.person, (list = []))
    list.push(t)
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.at - b.at)
  const credits: OrderCredit[] = []
  let untouched = 0
  for (const o of orders) {
    const at = typeof o.placed_at === "number" ? o.placed_at : o.placed_at.getTime()
    const list = o.customer_id ? byPerson.get(o.customer_id) : undefined
    let window: Touch[] = []
    if (list) window = list.slice(lowerBound(list, at - lookbackMs), lowerBound(list, at + 1))
    if (ignoreDirect && window.some((t) => t.channel !== "direct")) window = window.filter((t) => t.channel !== "direct")
    let parts: { channel: ChannelCode; campaign: string | null; weight: number }[]
    if (window.length === 0) {
      untouched++
      parts = [{ channel: "direct", campaign: null, weight: 1 }]
    } else if (options.model === "last_touch") {
      const t = window[window.length - 1]
      parts = [{ channel: t.channel, campaign: t.campaign, weight: 1 }]
    } else if (options.model === "first_touch") {
      parts = [{ channel: window[0].channel, campaign: window[0].campaign, weight: 1 }]
    } else {
      const w = positionWeights(window.length)
      const merged = new Map<string, { channel: ChannelCode; campaign: string | null; weight: number }>()
      window.forEach((t, i) => {
        const key = `${t.channel}\u0000${t.campaign ?? ""}`
        const m = merged.get(key)
        if (m) m.weight += w[i]
        else merged.set(key, { channel: t.channel, campaign: t.campaign, weight: w[i] })
      })
      parts = [...merged.values()]
    }
    const weights = parts.map((p) => p.weight)
    const revenue = allocateMinor(o.total, weights)
    const margin = allocateMinor(o.margin ?? 0, weights)
    parts.forEach((p, i) =>
      credits.push({ orderId: o.id, channel: p.channel, campaign: p.campaign, weight: p.weight, revenue: revenue[i], margin: margin[i], newCustomer: o.customer_order_index === 1 })
    )
  }
  const total = (key: (c: OrderCredit) => string, campaign: boolean) => {
    const m = new Map<string, AttributionTotals>()
    for (const c of credits) {
      const k = key(c)
      let t = m.get(k)
      if (!t) m.set(k, (t = { channel: c.channel, campaign: campaign ? c.campaign : null, orders: 0, revenue: 0, margin: 0, newCustomers: 0 }))
      t.orders += c.weight
      t.revenue += c.revenue
      t.margin += c.margin
      if (c.newCustomer) t.newCustomers += c.weight
    }
    return [...m.values()].sort((a, b) => b.revenue - a.revenue || a.channel.localeCompare(b.channel))
  }
  return {
    model: options.model,
    credits,
    byChannel: total((c) => c.channel, false),
    byCampaign: total((c) => `${c.channel}\u0000${c.campaign ?? ""}`, true),
    untouchedOrders: untouched,
  }
}
