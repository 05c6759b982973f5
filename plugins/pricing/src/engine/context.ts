import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ResponseRule } from "../lib/competitors/response-rules"
import type { StrategyAssignment } from "../lib/strategies/assignment"
import type { PriceEnding } from "../lib/money/price-ending"
import { FINESSE_PRICING_MODULE } from "../modules/finesse-pricing"
import type FinessePricingModuleService from "../modules/finesse-pricing/service"

export const pricingService = (container: MedusaContainer) => container.resolve<FinessePricingModuleService>(FINESSE_PRICING_MODULE)
export const pricingDb = (container: MedusaContainer): Knex => pricingService(container).connection()

/** Core's data module as far as pricing reads it (typed structurally: no import of core's module code). */
export type CoreDataApi = {
  loadVariantCosts(variantIds: string[]): Promise<Map<string, Map<string, number>>>
  pageOrderLineFacts(
    after: { at: string; id: string } | null,
    limit?: number,
    filter?: { since?: string; until?: string; include_canceled?: boolean }
  ): Promise<{ rows: import("@finesse/core/lib/facts/read-types").LineFactRow[]; next: { at: string; id: string } | null }>
}
export const coreData = (container: MedusaContainer) => container.resolve<CoreDataApi>("finesse_data")

/** Enabled assignments as the lib takes them. */
export async function loadAssignments(container: MedusaContainer): Promise<StrategyAssignment[]> {
  const rows = await pricingService(container).listFinessePricingAssignments({ enabled: true }, { take: 100_000, order: { id: "ASC" } })
  return rows.map((a: any) => ({
    id: a.id,
    strategy: a.strategy,
    args: a.args ?? {},
    scope: a.scope,
    scopeId: a.scope_id,
    currencyCode: a.currency_code,
    regionId: a.region_id,
    ending: (a.ending ?? undefined) as PriceEnding | undefined,
  }))
}

/** Enabled response rules as the lib takes them. */
export async function loadResponseRules(container: MedusaContainer): Promise<ResponseRule[]> {
  const rows = await pricingService(container).listFinessePricingResponseRules({ enabled: true }, { take: 10_000, order: { id: "ASC" } })
  return rows.map((r: any) => ({
    id: r.id,
    competitorId: r.competitor_id,
    categoryId: r.category_id,
    productId: r.product_id,
    undercutPct: Number(r.undercut_pct),
    action: r.action,
    beatPct: Number(r.beat_pct),
    stopAtFloor: r.stop_at_floor,
    maxAgeDays: Number(r.max_age_days),
  }))
}

export type Reporter = (percent: number, message?: string) => Promise<void>
export const silent: Reporter = async () => undefined
