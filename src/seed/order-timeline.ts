import type { DemoOrder } from "../demo"

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * When each step of an order happened. The plan gives the order time, the cancel time and the return's request
 * and receipt; the steps in between follow a fixed warehouse rhythm: the cart opens a few minutes before the order,
 * the parcel is packed (and the payment captured) the next working morning, handed to the carrier two hours later
 * and delivered two and a half days after the order. No step is later than `latest` (the seed's "now"), so a
 * freshly placed order may be delivered the same evening rather than in the future.
 *
 * Version numbers follow Medusa's own flows: 1 placed, 2 fulfilled, 3 shipped, 4 delivered, 5 return requested,
 * 6 return received; a cancellation is version 2.
 */
export type OrderTimeline = {
  cart: Date
  /** payment collection and session (checkout) */
  checkout: Date
  placed: Date
  canceled: Date | null
  captured: Date | null
  fulfilled: Date | null
  shipped: Date | null
  delivered: Date | null
  returnRequested: Date | null
  returnReceived: Date | null
  refunded: Date | null
  /** times of versions 1..n (index 0 = version 1) */
  versions: Date[]
  /** the last thing that happened (order.updated_at) */
  last: Date
}

export function orderTimeline(o: DemoOrder, latest: number): OrderTimeline {
  const t = Date.parse(o.created_at)
  const at = (ms: number) => new Date(Math.min(ms, Math.max(latest, t)))
  const placed = new Date(t)
  const cart = new Date(t - 4 * MINUTE)
  const checkout = new Date(t - MINUTE)
  if (o.status === "canceled") {
    const canceled = at(o.canceled_at ? Date.parse(o.canceled_at) : t + HOUR)
    return {
      cart,
      checkout,
      placed,
      canceled,
      captured: null,
      fulfilled: null,
      shipped: null,
      delivered: null,
      returnRequested: null,
      returnReceived: null,
      refunded: null,
      versions: [placed, canceled],
      last: canceled,
    }
  }
  const fulfilled = at(t + 18 * HOUR)
  const shipped = at(t + 20 * HOUR)
  const delivered = at(t + 60 * HOUR)
  const versions = [placed, fulfilled, shipped, delivered]
  let returnRequested: Date | null = null
  let returnReceived: Date | null = null
  let refunded: Date | null = null
  if (o.return) {
    returnRequested = at(Math.max(Date.parse(o.return.requested_at), delivered.getTime() + MINUTE))
    returnReceived = at(Math.max(Date.parse(o.return.received_at), returnRequested.getTime() + MINUTE))
    refunded = at(returnReceived.getTime() + 2 * HOUR)
    versions.push(returnRequested, returnReceived)
  }
  return {
    cart,
    checkout,
    placed,
    canceled: null,
    captured: fulfilled,
    fulfilled,
    shipped,
    delivered,
    returnRequested,
    returnReceived,
    refunded,
    versions,
    last: refunded ?? delivered,
  }
}
