import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { assertFinesseRole, finesseActor } from "@finesse/core/access"
import { formatMinor } from "./format"
import { currencyExponent, promotionsOf } from "../../../../engine/helpers"
import type { MedusaPromotion } from "../../../../reads/medusa"

export const serviceOf = (req: { scope: any }) => promotionsOf(req.scope)

/** The admin user behind a request (recorded as "by whom" on plans, launches and experiments). */
export const actorOf = (req: AuthenticatedMedusaRequest | MedusaRequest) => finesseActor(req).actor_id

/** A Medusa promotion as the pages show it: its mechanics, rules, campaign dates and budget. */
export function promotionJson(p: MedusaPromotion) {
  const am = p.application_method ?? {}
  const rule = (r: any) => ({ id: r.id, attribute: r.attribute, operator: r.operator, values: (r.values ?? []).map((v: any) => (typeof v === "string" ? v : v?.value)) })
  return {
    id: p.id,
    code: p.code,
    type: p.type,
    status: p.status,
    is_automatic: p.is_automatic,
    limit: p.limit ?? null,
    used: p.used ?? null,
    application_method: {
      type: am.type,
      target_type: am.target_type,
      allocation: (am as any).allocation ?? null,
      value: Number(am.value ?? 0),
      currency_code: am.currency_code ?? null,
      target_rules: (am.target_rules ?? []).map(rule),
      buy_rules: (am.buy_rules ?? []).map(rule),
    },
    rules: (p.rules ?? []).map(rule),
    campaign: p.campaign
      ? {
          id: p.campaign.id,
          name: p.campaign.name,
          campaign_identifier: p.campaign.campaign_identifier,
          starts_at: p.campaign.starts_at ?? null,
          ends_at: p.campaign.ends_at ?? null,
          budget: p.campaign.budget ?? null,
        }
      : null,
  }
}

/**
 * The budget a launch commits: the campaign's spend cap, else the discount cost the last checks forecast. A promotion
 * with neither is uncapped and unforecast: that, too, is more than an operator may launch alone.
 */
export async function launchBudget(req: { scope: any }, p: MedusaPromotion, currency: string): Promise<{ amount: number | null; basis: "budget" | "forecast" | "unknown" }> {
  const b = p.campaign?.budget
  if (b?.type === "spend" && b.limit != null) return { amount: Math.round(Number(b.limit) * 10 ** currencyExponent((b.currency_code ?? currency) as string)), basis: "budget" }
  const [last] = await serviceOf(req).listFinessePromotionCheckResults({ promotion_id: p.id, code: "budget_burn" }, { take: 1, order: { run_at: "DESC" } })
  const forecast = (last?.figures as Record<string, unknown> | undefined)?.forecast_discount_cost
  if (typeof forecast === "number") return { amount: forecast, basis: "forecast" }
  return { amount: null, basis: "unknown" }
}

/** Refuses (403) a launch above the configured budget unless the user is an approver. */
export async function assertLaunchAllowed(req: MedusaRequest, promotions: MedusaPromotion[], currency: string) {
  const limit = serviceOf(req).options().approvalBudget
  for (const p of promotions) {
    const { amount, basis } = await launchBudget(req, p, currency)
    if (amount !== null && amount <= limit) continue
    const what =
      basis === "unknown"
        ? `launching ${p.code} (no spend budget and no forecast from the checks)`
        : `launching ${p.code} with a ${basis === "budget" ? "budget" : "forecast discount cost"} of ${formatMinor(amount!, currency)} (over ${formatMinor(limit, currency)})`
    await assertFinesseRole(req, "approver", what)
  }
}
