import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { hashUnit } from "../lib"
import { armGroupName } from "../engine/audience"
import { DAY_MS, planOf, promotionsOf } from "../engine/helpers"
import { dbOf, mainCurrency } from "../reads/core-tables"
import { loadPromotions } from "../reads/medusa"

/**
 * The demo plant's two past promotions (src/demo/plants/promotions.ts in the host app): their codes, discount, the
 * holdout share and how the plant drew the holdout — the unit position of `demo-holdout:<code>:<customer's demo
 * key>` — and the audience (an order in the 180 days before the start). The seed finds the same split in the store.
 */
export const DEMO_PROMOTIONS = [
  { code: "VIP10", percent: 10 },
  { code: "FLASH30", percent: 30 },
]
export const DEMO_HOLDOUT_SHARE = 0.25
export const DEMO_AUDIENCE_DAYS = 180
export const demoHoldoutKey = (code: string, demoKey: string) => `demo-holdout:${code}:${demoKey}`
export const isDemoHoldout = (code: string, demoKey: string) => hashUnit(demoHoldoutKey(code, demoKey)) < DEMO_HOLDOUT_SHARE

/** Customers with a (not canceled) order in [since, until), with their demo key. */
async function audienceOf(container: MedusaContainer, since: Date, until: Date): Promise<{ id: string; demoKey: string | null }[]> {
  const r = await dbOf(container).raw(
    `select distinct customer_id from finesse_order_fact where placed_at >= ? and placed_at < ? and status <> 'canceled' and customer_id is not null and deleted_at is null`,
    [since, until]
  )
  const ids = (r.rows as { customer_id: string }[]).map((x) => x.customer_id)
  const customers = container.resolve(Modules.CUSTOMER)
  const out: { id: string; demoKey: string | null }[] = []
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await customers.listCustomers({ id: ids.slice(i, i + 1000) }, { select: ["id", "metadata"], take: 1000 })
    for (const c of rows) out.push({ id: c.id, demoKey: typeof c.metadata?.demo_key === "string" ? (c.metadata.demo_key as string) : null })
  }
  return out
}

/**
 * Records the demo's past holdouts as Finesse experiments: the audience split exactly as the plant drew it, a Medusa
 * customer group per arm with its members, the arm rules on Medusa's promotion (as a launch would have put them),
 * and the plan (launched at the start). Safe to re-run: a promotion whose plan has an experiment is left alone.
 */
export async function seedDemoHoldouts(container: MedusaContainer): Promise<string> {
  const service = promotionsOf(container)
  const customers = container.resolve(Modules.CUSTOMER)
  const promotionModule = container.resolve(Modules.PROMOTION)
  const currency = await mainCurrency(dbOf(container))
  const done: string[] = []
  for (const d of DEMO_PROMOTIONS) {
    const [p] = await loadPromotions(container, { code: d.code })
    if (!p?.campaign?.starts_at || !p.campaign.ends_at) continue
    const existing = await planOf(container, p.id)
    if (existing?.experiment_id) {
      done.push(`${d.code} (already there)`)
      continue
    }
    const start = new Date(p.campaign.starts_at as string)
    const end = new Date(new Date(p.campaign.ends_at as string).getTime() + 1)
    const audience = (await audienceOf(container, new Date(start.getTime() - DEMO_AUDIENCE_DAYS * DAY_MS), start)).filter((c) => c.demoKey)
    const arm = (c: { demoKey: string | null }) => (isDemoHoldout(d.code, c.demoKey!) ? "holdout" : "treatment")
    const name = `${d.code} holdout`
    const [experiment] = await service.createFinessePromotionExperiments([
      { name, kind: "holdout" as const, key: `demo-holdout:${d.code}`, holdout_share: DEMO_HOLDOUT_SHARE, status: "stopped" as const, currency_code: currency, started_at: start, stopped_at: end, member_count: audience.length, synced_at: start },
    ])
    const groups = await customers.createCustomerGroups(
      ["holdout", "treatment"].map((a) => ({ name: armGroupName(name, a), metadata: { finesse_experiment_id: experiment.id, finesse_arm: a } }))
    )
    const groupOf = new Map(groups.map((g) => [String(g.metadata?.finesse_arm), g.id]))
    const members = { holdout: audience.filter((c) => arm(c) === "holdout"), treatment: audience.filter((c) => arm(c) === "treatment") }
    await service.createFinessePromotionExperimentArms([
      { experiment_id: experiment.id, code: "holdout", weight: DEMO_HOLDOUT_SHARE, promotion_id: null, customer_group_id: groupOf.get("holdout")!, member_count: members.holdout.length },
      { experiment_id: experiment.id, code: "treatment", weight: 1, promotion_id: p.id, customer_group_id: groupOf.get("treatment")!, member_count: members.treatment.length },
    ])
    await service.insertAssignments(experiment.id, audience.map((c) => ({ customer_id: c.id, arm: arm(c) })), start)
    for (const a of ["holdout", "treatment"] as const) {
      const links = members[a].map((c) => ({ customer_id: c.id, customer_group_id: groupOf.get(a)! }))
      for (let i = 0; i < links.length; i += 1000) await customers.addCustomerToGroup(links.slice(i, i + 1000))
    }
    await promotionModule.addPromotionRules(p.id, [
      { attribute: "customer.groups.id", operator: "in", values: [groupOf.get("treatment")!], description: "Finesse experiment arm" },
      { attribute: "customer.groups.id", operator: "ne", values: [groupOf.get("holdout")!], description: "Finesse holdout kept out" },
    ])
    const plan = {
      promotion_id: p.id,
      campaign_id: p.campaign_id,
      code: p.code,
      name: p.campaign.name ?? p.code,
      template: "flash_sale" as const,
      args: { percentage: d.percent },
      promotion_ids: [p.id],
      currency_code: currency,
      starts_at: start,
      ends_at: end,
      expected_uplift: 0.3,
      status: "ended" as const,
      launched_at: start,
      launched_by: "demo",
      experiment_id: experiment.id,
    }
    if (existing) await service.updateFinessePromotionPlans([{ id: existing.id, ...plan }])
    else await service.createFinessePromotionPlans([plan])
    done.push(`${d.code}: ${members.treatment.length} treated, ${members.holdout.length} held out`)
  }
  return done.length ? done.join("; ") : "no planted promotion in this store"
}
