import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildCalendar, type CalendarInput } from "../../../../../lib"
import { DAY_MS, type PlanRow } from "../../../../../engine/helpers"
import { loadPromotions } from "../../../../../reads/medusa"
import { serviceOf } from "../helpers"

/**
 * GET /admin/finesse/promotions/calendar?from&to — Medusa's promotions and campaigns in the range (default: 30 days
 * back, 60 ahead), with what Finesse planned about them: template, launch, check status, experiment, lanes for the
 * timeline and the promotions each overlaps.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string }
  const now = Date.now()
  const from = q.from ? Date.parse(q.from) : now - 30 * DAY_MS
  const to = q.to ? Date.parse(q.to) : now + 60 * DAY_MS
  const [promotions, plans] = await Promise.all([
    loadPromotions(req.scope, {}),
    serviceOf(req).listFinessePromotionPlans({}, { take: 2000 }) as unknown as Promise<PlanRow[]>,
  ])
  const planOf = new Map<string, PlanRow>()
  for (const p of plans) for (const id of [p.promotion_id, ...(p.promotion_ids ?? [])]) planOf.set(id, p)
  const t = (v: unknown) => (v ? new Date(v as string).getTime() : null)
  const items: CalendarInput[] = promotions
    .filter((p) => !String(p.code).startsWith("FSIM-"))
    .map((p) => {
      const plan = planOf.get(p.id) ?? null
      return {
        promotion_id: p.id,
        code: p.code,
        name: plan?.name ?? p.campaign?.name ?? p.code,
        status: p.status,
        is_automatic: p.is_automatic,
        campaign_id: p.campaign_id,
        campaign_name: p.campaign?.name ?? null,
        startsAt: t(p.campaign?.starts_at) ?? t(plan?.starts_at),
        endsAt: t(p.campaign?.ends_at) ?? t(plan?.ends_at),
        template: plan?.template ?? null,
        plan_status: plan?.status ?? null,
        check_status: plan?.check_status ?? null,
        experiment_id: plan?.experiment_id ?? null,
      }
    })
  const calendar = buildCalendar(items, { from, to, now }).map((e) => ({
    ...e,
    starts_at: e.startsAt === null ? null : new Date(e.startsAt).toISOString(),
    ends_at: e.endsAt === null ? null : new Date(e.endsAt).toISOString(),
  }))
  res.json({ calendar, range: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), now: new Date(now).toISOString() }, count: calendar.length })
}
