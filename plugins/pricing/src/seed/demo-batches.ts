import type { MedusaContainer } from "@medusajs/framework/types"
import { pricingDb, pricingService } from "../engine/context"
import { runRepricing } from "../engine/repricing-run"
import { weekIndex, weekStartMs } from "../lib/elasticity/weekly-observations"
import type { ProposalInsert } from "../modules/finesse-pricing/store/proposals"
import { currentPrice, variantPrices } from "../reads/medusa-prices"
import { applyPricingBatchWorkflow } from "../workflows/batches/apply-batch"

const DAY = 86_400_000

/**
 * The price changes the order history shows and the catalogue does not: variants whose every order line of the
 * last six weeks paid one price other than today's catalogue price, having sold at three or more prices before (the
 * planted elasticity products). The change happened in the week their final price began.
 */
async function historyPriceChanges(container: MedusaContainer, now: Date) {
  const db = pricingDb(container)
  const since = new Date(now.getTime() - 42 * DAY)
  const r = await db.raw(
    `with recent as (
       select variant_id, product_id, currency_code, min(unit_price) lo, max(unit_price) hi, min(placed_at) first_at
       from finesse_order_line_fact where placed_at >= ? and variant_id is not null and status <> 'canceled' group by 1, 2, 3
     ), levels as (
       select variant_id, currency_code, count(distinct unit_price) n from finesse_order_line_fact where variant_id is not null group by 1, 2
     ), started as (
       select l.variant_id, l.currency_code, min(l.placed_at) at from finesse_order_line_fact l join recent r using (variant_id, currency_code)
       where l.unit_price = r.lo and l.placed_at >= ?::timestamptz - interval '14 days' group by 1, 2
     )
     select r.variant_id, r.product_id, r.currency_code, r.lo price, s.at from recent r join levels lv using (variant_id, currency_code) join started s using (variant_id, currency_code)
     where r.lo = r.hi and lv.n >= 3`,
    [since, since]
  )
  const ids: string[] = [...new Set<string>(r.rows.map((x: any) => x.variant_id as string))]
  const prices = await variantPrices(db, ids, await pricingService(container).getPriceListId())
  return (r.rows as { variant_id: string; product_id: string; currency_code: string; price: number; at: Date }[])
    .map((x) => ({ ...x, old: prices.get(x.variant_id) ? currentPrice(prices.get(x.variant_id)!, x.currency_code, null)?.amount ?? null : null }))
    .filter((x) => x.old !== null && x.old !== x.price)
}

/**
 * One applied repricing batch, from the order history: the prices the planted products sell at since six weeks ago
 * go into the Finesse price list through the real apply workflow (so the storefront shows them), and the batch and
 * its changes are dated to the Monday the history's prices changed, so the effect study has its weeks after it.
 */
export async function seedAppliedBatch(container: MedusaContainer, now: Date): Promise<string> {
  const svc = pricingService(container)
  if ((await svc.listFinessePricingBatches({ trigger: "demo" }, { take: 1 })).length) return "the demo batch exists"
  const changes = await historyPriceChanges(container, now)
  if (!changes.length) return "no price change in the order history (the pricing plant is not in the demo plan): no applied batch"
  const changeAt = weekStartMs(weekIndex(Math.min(...changes.map((c) => new Date(c.at).getTime()))))
  const summary = { total: changes.length, targets: changes.length, byStatus: { approved: changes.length }, byStrategy: { demand_based: changes.length }, blockedBy: {} }
  const batch = await svc.createFinessePricingBatches({ status: "proposed", trigger: "demo", run_at: new Date(changeAt), note: "demo: the price changes of the order history", summary })
  const rows: ProposalInsert[] = changes.map((c) => ({
    variant_id: c.variant_id,
    product_id: c.product_id,
    currency_code: c.currency_code,
    region_id: null,
    old_price: c.old!,
    new_price: c.price,
    strategy_price: c.price,
    strategy: "demand_based",
    assignment_id: null,
    reason: `demo: the price this product sells at since ${new Date(changeAt).toISOString().slice(0, 10)}`,
    status: "approved",
    violations: [],
    adjustments: [],
    step_pct: Math.round(((c.price - c.old!) / c.old!) * 10_000) / 100,
    floor: null,
    ceiling: null,
    cost: null,
    expected: null,
  }))
  await svc.insertProposals(batch.id, rows)
  const { result } = await applyPricingBatchWorkflow(container).run({ input: { batch_id: batch.id, actor_type: "system", actor_id: null } })
  const at = new Date(changeAt)
  const db = pricingDb(container)
  await db.raw(`update finesse_pricing_batch set created_at = ?, run_at = ?, applied_at = ? where id = ?`, [at, at, at, batch.id])
  await db.raw(`update finesse_pricing_price_change set applied_at = ?, created_at = ? where batch_id = ?`, [at, at, batch.id])
  await db.raw(`update finesse_pricing_proposal set decided_at = ?, created_at = ? where batch_id = ?`, [at, at, batch.id])
  return `batch #${batch.number}: ${result.applied} price(s) of ${new Set(changes.map((c) => c.product_id)).size} products applied, dated ${at.toISOString().slice(0, 10)}`
}

/**
 * Strategies for the demo and a fresh repricing run waiting for approval: a competitive band (±3 % of the median
 * competitor) store-wide, demand-based pricing on the categories whose elasticity evidence is good.
 */
export async function seedStrategiesAndRun(container: MedusaContainer, now: Date): Promise<string> {
  const svc = pricingService(container)
  if (!(await svc.listFinessePricingAssignments({}, { take: 1 })).length) {
    await svc.saveSettings(
      {
        ...(await svc.getSettings()),
        guardrails: { floor: { basis: "margin", pct: 15, requireCost: false }, max_step: { pct: 10 }, cooldown: { days: 14 } },
        auto_approve_max_step_pct: 2,
        approver_step_pct: 8,
        default_ending: "99",
      },
      null
    )
    const rows: Record<string, unknown>[] = [{ strategy: "competitive", args: { anchor: "median", mode: "band", bandLowPct: -3, bandHighPct: 3, maxAgeDays: 7, minCompetitors: 1, beatPct: 0, stopAtFloor: false }, scope: "store", scope_id: null, note: "demo" }]
    const good = await pricingDb(container).raw(`select distinct category_id from finesse_pricing_elasticity where scope = 'product' and evidence = 'good' and category_id is not null order by 1`)
    for (const g of good.rows) rows.push({ strategy: "demand_based", args: { searchDownPct: 15, searchUpPct: 15 }, scope: "category", scope_id: g.category_id, note: "demo" })
    await svc.createFinessePricingAssignments(rows)
  }
  if ((await svc.listFinessePricingBatches({ trigger: "demo-run" }, { take: 1 })).length) return "the demo repricing run exists"
  const r = await runRepricing(container, { jobId: "demo-seed-reprice", trigger: "demo-run", note: "demo: proposals waiting for approval", now })
  const s = r.summary.byStatus
  return `batch #${r.batch_number}: ${s.pending} pending, ${s.auto_approved} auto-approved, ${s.blocked} blocked of ${r.targets} prices`
}
