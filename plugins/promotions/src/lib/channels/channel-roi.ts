import type { ChannelCode } from "./classify-channel"
import type { AttributionTotals } from "./attribution"

/** Marketing spend entered or imported by the admin, minor units, over [from, to) when given. */
export type ChannelSpend = {
  channel: ChannelCode
  campaign?: string | null
  amount: number
  from?: number
  to?: number
}

export type ChannelRoiRow = {
  channel: ChannelCode
  spend: number
  orders: number
  revenue: number
  margin: number
  newCustomers: number
  /** revenue / spend */
  roas: number
  /** (margin − spend) / spend: return on the money spent, after the cost of goods and discounts */
  roi: number
  /** cost per acquisition: spend / new customers credited */
  cpa: number
  /** spend / orders credited */
  costPerOrder: number
}

/**
 * ROI and cost per acquisition per channel from attributed totals and spend. Spend with dates is pro-rated to its
 * overlap with `period` (when given), so a monthly budget read over two weeks counts half. Ratios with a zero
 * denominator are NaN (no spend) or Infinity (spend, no acquisitions).
 */
export function channelRoi(byChannel: readonly AttributionTotals[], spend: readonly ChannelSpend[], period?: { from: number; to: number }): ChannelRoiRow[] {
  const spendBy = new Map<ChannelCode, number>()
  for (const s of spend) {
    if (!(s.amount >= 0)) throw new RangeError("spend must be a non-negative amount")
    let amount = s.amount
    if (period && s.from !== undefined && s.to !== undefined) {
      if (!(s.to > s.from)) throw new RangeError("spend period must end after it starts")
      const overlap = Math.max(0, Math.min(s.to, period.to) - Math.max(s.from, period.from))
      amount = (s.amount * overlap) / (s.to - s.from)
    }
    spendBy.set(s.channel, (spendBy.get(s.channel) ?? 0) + amount)
  }
  const rows = new Map<ChannelCode, ChannelRoiRow>()
  const row = (channel: ChannelCode) => {
    let r = rows.get(channel)
    if (!r) rows.set(channel, (r = { channel, spend: 0, orders: 0, revenue: 0, margin: 0, newCustomers: 0, roas: NaN, roi: NaN, cpa: NaN, costPerOrder: NaN }))
    return r
  }
  for (const t of byChannel) {
    const r = row(t.channel)
    r.orders += t.orders
    r.revenue += t.revenue
    r.margin += t.margin
    r.newCustomers += t.newCustomers
  }
  for (const [channel, amount] of spendBy) row(channel).spend = Math.round(amount)
  const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Infinity : NaN)
  for (const r of rows.values()) {
    if (r.spend > 0) {
      r.roas = r.revenue / r.spend
      r.roi = (r.margin - r.spend) / r.spend
    }
    r.cpa = ratio(r.spend, r.newCustomers)
    r.costPerOrder = ratio(r.spend, r.orders)
  }
  return [...rows.values()].sort((a, b) => b.revenue - a.revenue || a.channel.localeCompare(b.channel))
}
