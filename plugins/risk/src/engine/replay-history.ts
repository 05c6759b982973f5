import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  replayHistory,
  riskFactsFromCart,
  scoreOrder,
  storedAccountKey,
  storedKeyColumns,
  riskAccountId,
  type RiskOrderFacts,
} from "../lib"
import { saveHistoryAssessments, type AssessmentRow } from "../modules/finesse-risk/store/assessments"
import { upsertUses, type UseRow } from "../modules/finesse-risk/store/uses"
import { pageOrderFactsForRisk } from "../reads/core-tables"
import { riskServices } from "./risk-services"
import { riskSettings } from "./risk-settings"
import { assessmentRows, LINK_WINDOW_DAYS, MAX_ACCOUNTS_PER_KEY } from "./score-order"

const PAGE = 1000

export type ReplayResult = { orders: number; scored: number; kept_checkout: number; flagged: number; seconds: number }

/** The risk facts of stored orders: amounts and device from core's facts, e-mail, addresses and account from Medusa. */
async function factsOfOrders(container: MedusaContainer, rows: Awaited<ReturnType<typeof pageOrderFactsForRisk>>): Promise<RiskOrderFacts[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "email", "currency_code",
      "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.postal_code", "shipping_address.province", "shipping_address.country_code",
      "billing_address.country_code", "customer.id", "customer.created_at", "customer.has_account",
    ],
    filters: { id: rows.map((r) => r.id) },
  })
  const byId = new Map((data as any[]).map((o) => [o.id, o]))
  return rows.map((r) => {
    const o = byId.get(r.id) ?? { id: r.id, currency_code: r.currency_code }
    const f = riskFactsFromCart(
      { id: r.id, email: o.email, currency_code: r.currency_code, customer: o.customer ?? (r.customer_id ? { id: r.customer_id } : null), shipping_address: o.shipping_address, billing_address: o.billing_address },
      { placedAt: new Date(r.placed_at).getTime(), amount: r.total, ip: null, ipKey: null, ipCountry: null, deviceId: r.anonymous_id }
    )
    return f
  })
}

/**
 * Scores the store's order history in time order, as each order would have been scored when placed (the lib's
 * `replayHistory`: velocity, earlier orders and account links recomputed in memory), and records the assessments
 * and counter rows. For a store that installs the plugin with history (and the demo seed). Orders already scored at
 * checkout keep their assessment, unless it was scored more than an hour away from the order's time (an order
 * back-dated after placement, as the demo seed does with the orders it places through Medusa's flows).
 */
export async function replayOrderHistory(
  container: MedusaContainer,
  opts: { since: Date; until: Date; report?: (pct: number, msg: string) => Promise<void> }
): Promise<ReplayResult> {
  const t0 = Date.now()
  const s = riskServices(container)
  const settings = await riskSettings(container, Date.now())
  const rows: Awaited<ReturnType<typeof pageOrderFactsForRisk>> = []
  for (let after: { at: Date; id: string } | null = null; ; ) {
    const page = await pageOrderFactsForRisk(s.db, after, 20_000, { since: opts.since, until: opts.until })
    rows.push(...page)
    if (page.length < 20_000) break
    after = { at: page[page.length - 1].placed_at, id: page[page.length - 1].id }
  }
  const facts: RiskOrderFacts[] = []
  for (let i = 0; i < rows.length; i += PAGE) {
    facts.push(...(await factsOfOrders(container, rows.slice(i, i + PAGE))))
    await opts.report?.(5 + Math.round((45 * (i + PAGE)) / Math.max(1, rows.length)), `read ${Math.min(rows.length, i + PAGE)} of ${rows.length} orders`)
  }
  // checkout assessments that stand: kept, and their orders not written again
  const checkout = await s.db.raw(
    `select order_id, placed_at from finesse_risk_assessment where source = 'checkout' and order_id = any(?) and deleted_at is null`,
    [rows.map((r) => r.id)]
  )
  const placedAt = new Map(facts.map((f) => [f.orderId, f.placedAt]))
  const keep = new Set<string>()
  const moved: string[] = []
  for (const c of checkout.rows as Array<{ order_id: string; placed_at: Date }>) {
    if (Math.abs(new Date(c.placed_at).getTime() - (placedAt.get(c.order_id) ?? 0)) <= 3_600_000) keep.add(c.order_id)
    else moved.push(c.order_id)
  }
  if (moved.length) {
    await s.db.raw(`delete from finesse_risk_use where order_id = any(?)`, [moved])
    await s.db.raw(`delete from finesse_risk_assessment where order_id = any(?) and source = 'checkout'`, [moved])
  }
  const replayed = replayHistory(facts, settings.config, { newAccountDays: settings.newAccountDays, linkWindowDays: LINK_WINDOW_DAYS, maxAccountsPerKey: MAX_ACCOUNTS_PER_KEY })
  await opts.report?.(60, `scored ${replayed.length} orders`)
  let flagged = 0
  let scored = 0
  const hash = s.cipher.hash
  for (let i = 0; i < replayed.length; i += PAGE) {
    const assessments: AssessmentRow[] = []
    const uses: UseRow[] = []
    for (const r of replayed.slice(i, i + PAGE)) {
      if (keep.has(r.facts.orderId)) continue
      const a = scoreOrder(r.facts, r.lookups, settings.config, r.keys)
      const cols = storedKeyColumns(r.keys, hash)
      const accountId = riskAccountId(r.facts, r.keys)
      const account = accountId ? storedAccountKey(accountId, hash) : null
      // history is scored after the fact: nothing of it is held or refused, the decision is what it would have been
      const { row, use } = assessmentRows(s, settings, {
        ref: r.facts.orderId, orderId: r.facts.orderId, facts: r.facts, lookups: r.lookups, keys: r.keys, cols, account, assessment: a, reviewStatus: "none", source: "history",
      })
      if (a.decision !== "allow") flagged++
      assessments.push(row)
      if (use) uses.push(use)
      scored++
    }
    await saveHistoryAssessments(s.db, assessments)
    await upsertUses(s.db, uses)
    await opts.report?.(60 + Math.round((40 * (i + PAGE)) / Math.max(1, replayed.length)), `recorded ${Math.min(replayed.length, i + PAGE)} of ${replayed.length}`)
  }
  return { orders: rows.length, scored, kept_checkout: keep.size, flagged, seconds: (Date.now() - t0) / 1000 }
}

