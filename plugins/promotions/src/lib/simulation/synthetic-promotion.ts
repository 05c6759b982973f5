import { assignHoldout } from "../experiments/assignment"
import { DAY_MS } from "../evaluation/evaluation-panel"
import { createRng, type Rng } from "../math/prng"

/**
 * A seeded synthetic store history around one promotion with a holdout, with known planted effects: for the
 * unit tests, the benchmark's 100,000-order report and a demo seed ("a promotion that paid off, one that lost
 * margin by pulling sales forward"). Customers order as Poisson processes with gamma-distributed rates
 * (heterogeneous, heavy-tailed spend); treated customers' rate is raised by `uplift` during the promotion and,
 * with `pullForward`, lowered afterwards so that that share of the extra orders is taken from the post period.
 */
export type SyntheticPromotionConfig = {
  seed: number
  customers: number
  code: string
  startsAt: number
  endsAt: number
  preDays: number
  postDays: number
  /** holdout share of the audience (assignment by the real hashing, key = code) */
  holdoutShare: number
  /** mean orders per customer per day before the promotion */
  ordersPerDay: number
  /** gamma shape of the customers' rates (smaller = more heterogeneous; default 0.8) */
  rateShape?: number
  /** mean order subtotal, minor units (lognormal, sdlog 0.6) */
  meanSubtotal: number
  /** cost of goods as a share of the subtotal */
  costShare: number
  /** discount as a share of the subtotal on promotion orders */
  discountShare: number
  /** relative rise of the treated customers' order rate during the promotion (0.3 = +30 %) */
  uplift: number
  /** share of the extra orders taken from the post period (1 = all pulled forward) */
  pullForward?: number
  /** customers acquired during the promotion with the code (first order uses it), on top of the audience */
  newCustomers?: number
}

export type SyntheticOrder = {
  id: string
  customer_id: string
  placed_at: number
  subtotal: number
  discount_total: number
  total: number
  cost_total: number
  margin: number
  promotion_codes: string[] | null
  customer_order_index: number
}

export type SyntheticPromotion = {
  orders: SyntheticOrder[]
  treatment: string[]
  holdout: string[]
  newCustomerIds: string[]
  /** the planted extra orders per treated customer during the promotion (expected value) */
  plantedOrdersPerCustomer: number
}

function gammaDraw(shape: number, rng: Rng): number {
  // Marsaglia & Tsang (2000), with the shape < 1 boost
  if (shape < 1) return gammaDraw(shape + 1, rng) * Math.pow(Math.max(rng.next(), 1e-300), 1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = rng.normal()
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = rng.next()
    if (u < 1 - 0.0331 * x ** 4 || Math.log(Math.max(u, 1e-300)) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

/** Event times of a Poisson process of `ratePerDay` over [from, to). */
function poissonTimes(ratePerDay: number, from: number, to: number, rng: Rng, out: number[]): void {
  if (!(ratePerDay > 0)) return
  let t = from
  for (;;) {
    t += (-Math.log(1 - rng.next()) / ratePerDay) * DAY_MS
    if (t >= to) return
    out.push(Math.floor(t))
  }
}

export function synthesizePromotion(config: SyntheticPromotionConfig): SyntheticPromotion {
  const rng = createRng(config.seed)
  const shape = config.rateShape ?? 0.8
  const pull = config.pullForward ?? 0
  const windowDays = (config.endsAt - config.startsAt) / DAY_MS
  const preFrom = config.startsAt - config.preDays * DAY_MS
  const postEnd = config.endsAt + config.postDays * DAY_MS
  const orders: SyntheticOrder[] = []
  const treatment: string[] = []
  const holdout: string[] = []
  const sdlog = 0.6
  const mulog = Math.log(config.meanSubtotal) - (sdlog * sdlog) / 2
  let seq = 0
  const addOrders = (customerId: string, times: number[], firstIndex: number, promoFrom: number, promoTo: number, treated: boolean) => {
    times.sort((a, b) => a - b)
    times.forEach((t, k) => {
      const subtotal = Math.max(100, Math.round(Math.exp(mulog + sdlog * rng.normal())))
      const promo = treated && t >= promoFrom && t < promoTo
      const discount = promo ? Math.round(subtotal * config.discountShare) : 0
      const cost = Math.round(subtotal * config.costShare)
      orders.push({
        id: `order_${++seq}`,
        customer_id: customerId,
        placed_at: t,
        subtotal,
        discount_total: discount,
        total: subtotal - discount,
        cost_total: cost,
        margin: subtotal - discount - cost,
        promotion_codes: promo ? [config.code] : null,
        customer_order_index: firstIndex + k,
      })
    })
  }
  for (let i = 0; i < config.customers; i++) {
    const id = `cus_${String(i).padStart(6, "0")}`
    const rate = (gammaDraw(shape, rng) / shape) * config.ordersPerDay
    const treated = assignHoldout({ key: config.code, holdoutShare: config.holdoutShare }, id) === "treatment"
    ;(treated ? treatment : holdout).push(id)
    const times: number[] = []
    poissonTimes(rate, preFrom, config.startsAt, rng, times)
    poissonTimes(treated ? rate * (1 + config.uplift) : rate, config.startsAt, config.endsAt, rng, times)
    const extra = rate * config.uplift * windowDays
    const postRate = treated ? Math.max(0, rate - (pull * extra) / config.postDays) : rate
    poissonTimes(postRate, config.endsAt, postEnd, rng, times)
    // existing customers: 1–5 orders before the simulated history
    addOrders(id, times, 2 + rng.int(5), config.startsAt, config.endsAt, treated)
  }
  const newCustomerIds: string[] = []
  for (let j = 0; j < (config.newCustomers ?? 0); j++) {
    const id = `new_${String(j).padStart(6, "0")}`
    newCustomerIds.push(id)
    const first = config.startsAt + Math.floor(rng.next() * (config.endsAt - config.startsAt))
    const times = [first]
    poissonTimes(config.ordersPerDay, first + 1, postEnd, rng, times)
    // the first order used the code (the promotion brought them); later ones inside the window too
    addOrders(id, times, 1, config.startsAt, config.endsAt, true)
  }
  orders.sort((a, b) => a.placed_at - b.placed_at)
  return {
    orders,
    treatment,
    holdout,
    newCustomerIds,
    plantedOrdersPerCustomer: config.ordersPerDay * config.uplift * windowDays,
  }
}
