import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { currencyExponent } from "@finesse/core/lib/money/minor-units"
import { FINESSE_PROMOTIONS_MODULE } from "../modules/finesse-promotions"
import type FinessePromotionsModuleService from "../modules/finesse-promotions/service"
import { loadPromotion, type MedusaPromotion } from "../reads/medusa"

export const DAY_MS = 86_400_000

export const promotionsOf = (container: MedusaContainer) => container.resolve<FinessePromotionsModuleService>(FINESSE_PROMOTIONS_MODULE)

export { currencyExponent }

export type PlanRow = {
  id: string
  promotion_id: string
  campaign_id: string | null
  code: string
  name: string
  template: string
  args: Record<string, unknown> | null
  promotion_ids: string[] | null
  audience_group_id: string | null
  currency_code: string
  starts_at: Date | string | null
  ends_at: Date | string | null
  expected_uplift: number
  status: "planned" | "launched" | "ended" | "cancelled"
  launched_at: Date | string | null
  launched_by: string | null
  experiment_id: string | null
  check_status: string | null
  checked_at: Date | string | null
  created_by: string | null
}

export async function planOf(container: MedusaContainer, promotionId: string): Promise<PlanRow | null> {
  const [row] = await promotionsOf(container).listFinessePromotionPlans({ promotion_id: promotionId })
  return (row as unknown as PlanRow) ?? null
}

/** The Medusa promotion, or a 404 naming it. */
export async function requirePromotion(container: MedusaContainer, promotionId: string): Promise<MedusaPromotion> {
  const p = await loadPromotion(container, promotionId)
  if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `promotion ${promotionId} was not found`)
  return p
}

/** The currency a promotion is planned in: the plan's, its fixed amount's, its budget's, else the store's main one. */
export function currencyOfPromotion(p: MedusaPromotion, plan: PlanRow | null, fallback: string): string {
  return (plan?.currency_code ?? p.application_method?.currency_code ?? p.campaign?.budget?.currency_code ?? fallback).toLowerCase()
}

/** The promotion's window: its campaign's dates, else the plan's (epoch ms; NaN when unknown). */
export function windowOf(p: MedusaPromotion, plan: PlanRow | null): { startsAt: number; endsAt: number } {
  const t = (v: unknown) => (v ? new Date(v as string).getTime() : NaN)
  return {
    startsAt: Number.isFinite(t(p.campaign?.starts_at)) ? t(p.campaign?.starts_at) : t(plan?.starts_at),
    endsAt: Number.isFinite(t(p.campaign?.ends_at)) ? t(p.campaign?.ends_at) : t(plan?.ends_at),
  }
}

/** JSON without NaN/Infinity (Postgres jsonb and HTTP both refuse them): non-finite numbers become null. */
export function jsonSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)))
}
