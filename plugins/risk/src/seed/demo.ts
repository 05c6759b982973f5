import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineDemoSeed } from "@finesse/core/demo-seed"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { riskFactsFromCart } from "../lib"
import { runAnomalyDetection } from "../engine/anomalies"
import { amountOf } from "../engine/assess-checkout"
import { recordOutcome } from "../engine/outcomes"
import { replayOrderHistory } from "../engine/replay-history"
import { riskServices } from "../engine/risk-services"
import { invalidateRiskSettings, riskSettings } from "../engine/risk-settings"
import { scoreAndRecord } from "../engine/score-order"
import { trainStoreModel } from "../engine/train-model"
import { placeDemoCheckout } from "./demo-checkout"
import { findDemoRing } from "./demo-ring"

const DAY = 86_400_000
/** The ring's first orders the payment provider disputed weeks later (the risk plant plants the same three). */
const DISPUTED = 3
/** Ring accounts whose latest order is repeated as a live checkout, which the review then holds. */
const LIVE_CHECKOUTS = 4

const CART_FIELDS = [
  "id", "email", "currency_code", "total", "customer.id", "customer.created_at", "customer.has_account",
  "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.postal_code",
  "shipping_address.province", "shipping_address.country_code", "billing_address.country_code",
  "payment_collection.payment_sessions.data",
]

/**
 * The risk part of the demo store: every past order scored as it would have been at placement (velocity, first
 * orders, account links), the ring's disputed orders recorded as chargebacks, the ring's next checkouts placed
 * through Medusa's cart flow so they wait in the review queue (authorised, not captured) with their reasons, the
 * KPI anomaly detection over the rollups (the outage day becomes an alert) and a first model run.
 */
export default defineDemoSeed({
  plugin: "risk",
  about: "scored order history, the fraud ring's chargebacks and held checkouts, KPI anomaly alerts, a model run",
  steps: [
    {
      name: "score-history",
      run: async ({ container, historyStart, now }) => {
        invalidateRiskSettings()
        const r = await replayOrderHistory(container, { since: new Date(historyStart.getTime() - DAY), until: now })
        return `${r.scored} past orders scored (${r.flagged} would have been held or refused) in ${r.seconds.toFixed(1)} s`
      },
    },
    {
      name: "ring-chargebacks",
      run: async ({ container, now }) => {
        const ring = await findDemoRing(container, now)
        if (!ring) return "no customers share a device: no ring to dispute"
        let n = 0
        for (const customer of ring.customers.slice(0, DISPUTED)) {
          const first = ring.orders.get(customer)![0]
          const at = Math.min(first.placed_at.getTime() + 12 * DAY, now.getTime() - 3_600_000)
          if (await recordOutcome(container, { order_id: first.order_id, kind: "chargeback", fraud: true, occurred_at: new Date(at), source: "seed", source_id: `demo-dispute:${first.order_id}`, note: "card holder disputes the charge (demo)" })) n++
        }
        return `${n} chargebacks on the first orders of the ring of ${ring.customers.length} accounts`
      },
    },
    {
      name: "ring-checkouts",
      run: async ({ container, now, logger }) => {
        const ring = await findDemoRing(container, now)
        if (!ring) return "no customers share a device: no ring checkouts"
        const s = riskServices(container)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const out: string[] = []
        const live = ring.customers.slice(-LIVE_CHECKOUTS)
        for (const [k, customer] of live.entries()) {
          const orders = ring.orders.get(customer)!
          const last = orders[orders.length - 1]
          const placed = await placeDemoCheckout(container, { customer_id: customer, device: last.anonymous_id, repeat_order_id: last.order_id, key: `ring-${customer}` }).catch(
            (e: Error) => ({ order_id: null, cart_id: "", existed: false, error: e.message })
          )
          if (!placed.order_id) {
            out.push(`refused (${placed.error ?? "no order"})`)
            continue
          }
          const a = await s.db.raw(`select review_status from finesse_risk_assessment where ref = ? and deleted_at is null`, [placed.cart_id])
          let status: string = a.rows[0]?.review_status ?? "none"
          // a demo seeded long after its history's end: its ring accounts are no longer new at the wall clock, so the
          // checkout is scored again as of the end of the history, where it belongs
          if (status !== "pending" && Date.now() - now.getTime() > DAY) {
            const at = new Date(now.getTime() - (LIVE_CHECKOUTS - k) * 45 * 60_000)
            await s.db.raw(`update "order" set created_at = ?, updated_at = ? where id = ?`, [at, at, placed.order_id])
            await s.db.raw(`update finesse_event set occurred_at = ?, received_at = ? where cart_id = ? and type = 'checkout_started'`, [new Date(at.getTime() - 60_000), at, placed.cart_id])
            const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: placed.cart_id } })
            const cart = data[0] as any
            const facts = riskFactsFromCart(cart, {
              placedAt: at.getTime(),
              amount: toMinor(amountOf(cart.total), cart.currency_code),
              ip: null,
              ipKey: null,
              ipCountry: null,
              deviceId: last.anonymous_id,
            })
            const scored = await scoreAndRecord(s, await riskSettings(container), facts, { ref: placed.cart_id, orderId: placed.order_id, source: "checkout" })
            status = scored.reviewStatus
          }
          out.push(status === "pending" ? "held" : status)
        }
        const held = out.filter((x) => x === "held").length
        if (held < live.length) logger.warn(`[seed] risk: ${live.length - held} ring checkouts were not held: ${out.join(", ")}`)
        return `${live.length} ring checkouts placed: ${held} held for review`
      },
    },
    {
      name: "kpi-anomalies",
      run: async ({ container, now }) => {
        const r = await runAnomalyDetection(container, { asOf: now, scoreDays: 90 })
        return `${r.incidents} KPI incidents over ${r.scored.from}..${r.scored.to} (${r.alerts} alerts)`
      },
    },
    {
      name: "train-model",
      run: async ({ container, now }) => {
        const r = await trainStoreModel(container, { now: now.getTime() })
        return `${r.version}: ${r.status} (${r.message})`
      },
    },
  ],
})
