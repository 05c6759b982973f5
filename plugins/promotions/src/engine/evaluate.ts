import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluatePromotion, experimentReport, rulesOn, type Budget, type ControlDesign, type EvalOrder, type ExperimentReport, type PromotionReport } from "../lib"
import { activeCustomers, customerCurrencies, dbOf, evaluationLines, evaluationOrders, mainCurrency, type EvaluationOrder } from "../reads/core-tables"
import { groupMembers, loadPromotions, type MedusaPromotion } from "../reads/medusa"
import { currencyExponent, DAY_MS, jsonSafe, planOf, promotionsOf, requirePromotion, windowOf, type PlanRow } from "./helpers"
import { formatMinor } from "./format-money"

export type EvaluateOptions = { now?: number; preDays?: number; postDays?: number; jobId?: string | null }

type Design =
  | { kind: "holdout"; experiment_id: string; treatment: string[]; control: string[]; designedShare: number; arm: string }
  | { kind: "matched"; basis: "customer_group" | "region"; treatment: string[]; candidates: string[] }
  | { kind: "none"; reason: string }

const MIN_PER_ARM = 10

/** Who was exposed and who is the comparison: the experiment's holdout, else a matched control from the rules. */
async function designOf(container: MedusaContainer, promotion: MedusaPromotion, plan: PlanRow | null, preFrom: Date, start: Date): Promise<Design> {
  const service = promotionsOf(container)
  const arms = await service.listFinessePromotionExperimentArms({ promotion_id: [promotion.id, ...(plan?.promotion_ids ?? [])] })
  const experimentId = plan?.experiment_id ?? arms[0]?.experiment_id ?? null
  if (experimentId) {
    const [experiment] = await service.listFinessePromotionExperiments({ id: experimentId })
    const allArms = await service.listFinessePromotionExperimentArms({ experiment_id: experimentId })
    const mine = allArms.find((a) => a.promotion_id && (a.promotion_id === promotion.id || (plan?.promotion_ids ?? []).includes(a.promotion_id)))
    const assigned = await service.assignmentsByArm(experimentId)
    if (experiment && mine && assigned.get("holdout")?.length) {
      const share = experiment.holdout_share
      // an A/B arm against the holdout: the designed split of these two arms
      const armShare = ((1 - share) * mine.weight) / allArms.filter((a) => a.code !== "holdout").reduce((s, a) => s + a.weight, 0)
      return { kind: "holdout", experiment_id: experimentId, treatment: assigned.get(mine.code) ?? [], control: assigned.get("holdout") ?? [], designedShare: share / (share + armShare), arm: mine.code }
    }
  }
  // no holdout: the exposed audience from the promotion's rules, compared with matched customers it did not reach
  const experimentGroups = new Set((await service.listFinessePromotionExperimentArms({})).map((a) => a.customer_group_id).filter(Boolean))
  const groups = rulesOn(promotion.rules, "customer.groups.id").filter((g) => !experimentGroups.has(g))
  const active = await activeCustomers(dbOf(container), { since: preFrom, until: start })
  if (groups.length) {
    const exposed = new Set((await Promise.all(groups.map((g) => groupMembers(container, g)))).flat())
    return { kind: "matched", basis: "customer_group", treatment: [...exposed], candidates: active.map((c) => c.customer_id).filter((id) => !exposed.has(id)) }
  }
  const regions = new Set(rulesOn(promotion.rules, "region.id"))
  if (regions.size) {
    const exposed = active.filter((c) => c.region_id && regions.has(c.region_id)).map((c) => c.customer_id)
    const others = active.filter((c) => !c.region_id || !regions.has(c.region_id)).map((c) => c.customer_id)
    return { kind: "matched", basis: "region", treatment: exposed, candidates: others }
  }
  return { kind: "none", reason: "every customer could use this promotion and there was no holdout: there is nobody to compare with. Launch the next one with a holdout." }
}

/** The promotion codes of a plan (a spend-tier ladder has one per tier) read as one promotion. */
async function codesOf(container: MedusaContainer, promotion: MedusaPromotion, plan: PlanRow | null): Promise<Set<string>> {
  const ids = plan?.promotion_ids?.length ? plan.promotion_ids : [promotion.id]
  const promos = ids.length > 1 ? await loadPromotions(container, { id: ids }) : [promotion]
  return new Set(promos.map((p) => p.code))
}

/**
 * The evaluation report of one promotion from core's order facts: for each currency its customers buy in, the lib's
 * report against the holdout (or a matched control), with the headline of the currency most of its audience uses.
 * Stored as the promotion's latest evaluation.
 */
export async function evaluateAndStore(container: MedusaContainer, promotionId: string, options: EvaluateOptions = {}) {
  const now = options.now ?? Date.now()
  const preDays = options.preDays ?? 90
  const postDays = options.postDays ?? 30
  const service = promotionsOf(container)
  const promotion = await requirePromotion(container, promotionId)
  const plan = await planOf(container, promotionId)
  const { startsAt, endsAt } = windowOf(promotion, plan)
  const base = { promotion_id: promotionId, code: promotion.code, as_of: new Date(now), job_id: options.jobId ?? null }
  const store = async (row: Record<string, unknown>) => (await service.createFinessePromotionEvaluations([{ ...base, ...row } as any]))[0]
  if (!Number.isFinite(startsAt) || !Number.isFinite(endsAt)) return store({ design: "none", status: "failed", message: "the promotion has no dates (no campaign): nothing to evaluate" })
  if (startsAt >= now) return store({ design: "none", status: "failed", message: "the promotion has not started yet" })

  const preFrom = new Date(startsAt - preDays * DAY_MS)
  const design = await designOf(container, promotion, plan, preFrom, new Date(startsAt))
  if (design.kind === "none") return store({ design: "none", status: "no_control", message: design.reason })

  const db = dbOf(container)
  const until = new Date(Math.min(now, endsAt + postDays * DAY_MS))
  const codes = await codesOf(container, promotion, plan)
  const main = plan?.currency_code ?? (await mainCurrency(db))
  // a tier ladder's codes are one promotion for the report
  const normalise = (o: EvaluationOrder): EvaluationOrder =>
    o.promotion_codes?.some((c) => codes.has(c)) ? { ...o, promotion_codes: [...new Set(o.promotion_codes.map((c) => (codes.has(c) ? promotion.code : c)))] } : o
  const orders = (await evaluationOrders(db, { since: preFrom, until })).map(normalise)
  const lines = await evaluationLines(db, { since: new Date(startsAt), until: new Date(Math.min(now, endsAt)) })
  const treatment = design.treatment
  const control = design.kind === "holdout" ? design.control : design.candidates
  const home = await customerCurrencies(db, [...treatment, ...control], new Date(startsAt))
  const firstAfter = new Map<string, string>()
  for (const o of orders) if (o.customer_id && !home.has(o.customer_id) && !firstAfter.has(o.customer_id)) firstAfter.set(o.customer_id, o.currency_code)
  const currencyOfCustomer = (id: string) => home.get(id) ?? firstAfter.get(id) ?? main

  const reports: Record<string, PromotionReport> = {}
  const skipped: string[] = []
  const currencies = [...new Set([...treatment, ...control].map(currencyOfCustomer))]
  for (const cur of currencies) {
    const t = treatment.filter((id) => currencyOfCustomer(id) === cur)
    const c = control.filter((id) => currencyOfCustomer(id) === cur)
    if (t.length < MIN_PER_ARM || c.length < MIN_PER_ARM) {
      skipped.push(`${cur}: ${t.length} exposed, ${c.length} comparison customers (need ${MIN_PER_ARM} each)`)
      continue
    }
    const exp = currencyExponent(cur)
    const b = promotion.campaign?.budget
    let budget: Budget | undefined
    if (b && b.limit != null && b.type === "usage") budget = { type: "usage", limit: Number(b.limit) }
    if (b && b.limit != null && b.type === "spend" && (b.currency_code ?? cur).toLowerCase() === cur) budget = { type: "spend", limit: Math.round(Number(b.limit) * 10 ** exp) }
    const controlDesign: ControlDesign = design.kind === "holdout" ? { kind: "holdout", customerIds: c, designedShare: design.designedShare } : { kind: "matched", candidateIds: c }
    try {
      const report = evaluatePromotion({
        promotion: { code: promotion.code, startsAt, endsAt, ...(budget ? { budget } : {}) },
        orders: orders.filter((o) => o.currency_code === cur) as EvalOrder[],
        lines: lines.filter((l) => l.currency_code === cur),
        treatment: t,
        control: controlDesign,
        now,
        options: { preDays, postDays },
      })
      // the lib's headline reason counts in minor units; the stored report says it in the currency
      const n = report.netEffect
      report.verdict.reasons[0] = `${n.basis === "net_margin" ? "net incremental margin" : "net incremental GMV"} ${formatMinor(n.total, cur)} (${formatMinor(n.totalLow, cur)} to ${formatMinor(n.totalHigh, cur)}) over the period and ${postDays} days after`
      reports[cur] = report
    } catch (e) {
      skipped.push(`${cur}: ${(e as Error).message}`)
    }
  }
  const ranked = Object.keys(reports).sort((a, b) => reports[b].audience.treatment - reports[a].audience.treatment)
  const primary = ranked[0]
  if (!primary) {
    // a promotion offered in some regions only, whose other regions buy in another currency: nobody comparable
    const apart = design.kind === "matched" && currencies.length > 1 && currencies.every((cur) => !treatment.some((id) => currencyOfCustomer(id) === cur) || !control.some((id) => currencyOfCustomer(id) === cur))
    if (apart) {
      return store({ design: `matched_${design.basis}`, status: "no_control", message: `the customers it reached and those it did not buy in different currencies (${currencies.join(", ")}): there is nobody comparable. Launch the next one with a holdout.` })
    }
    return store({ design: design.kind, status: "failed", message: `no currency had enough customers to compare: ${skipped.join("; ")}`, experiment_id: design.kind === "holdout" ? design.experiment_id : null })
  }
  const head = reports[primary]

  let experiment: ExperimentReport | null = null
  if (design.kind === "holdout") experiment = await experimentReportOf(container, design.experiment_id, now, orders, currencyOfCustomer, primary)
  return store({
    design: design.kind === "matched" ? `matched_${design.basis}` : "holdout",
    status: "ready",
    message: skipped.length ? `left out: ${skipped.join("; ")}` : null,
    experiment_id: design.kind === "holdout" ? design.experiment_id : null,
    currency_code: primary,
    verdict: head.verdict.outcome,
    net_effect: head.netEffect.total,
    net_effect_low: head.netEffect.totalLow,
    net_effect_high: head.netEffect.totalHigh,
    report: jsonSafe({ currencies: reports, primary, experiment, arm: design.kind === "holdout" ? design.arm : null }),
  })
}

/**
 * The experiment's arms compared (Welch, CUPED, two-proportion, Bayesian, mSPRT, Holm) in one currency. Orders may
 * be given (already read for an evaluation); otherwise they are read.
 */
export async function experimentReportOf(
  container: MedusaContainer,
  experimentId: string,
  now: number,
  given?: EvaluationOrder[],
  currencyOfCustomer?: (id: string) => string,
  currency?: string
): Promise<ExperimentReport | null> {
  const service = promotionsOf(container)
  const [experiment] = await service.listFinessePromotionExperiments({ id: experimentId })
  if (!experiment) return null
  const arms = await service.listFinessePromotionExperimentArms({ experiment_id: experimentId })
  const promotions = await loadPromotions(container, { id: arms.map((a) => a.promotion_id).filter((id): id is string => !!id) })
  const windows = promotions.map((p) => windowOf(p, null)).filter((w) => Number.isFinite(w.startsAt))
  const startsAt = windows.length ? Math.min(...windows.map((w) => w.startsAt)) : new Date(experiment.started_at ?? now).getTime()
  const endsAt = windows.length ? Math.max(...windows.map((w) => (Number.isFinite(w.endsAt) ? w.endsAt : now))) : now
  if (startsAt >= now) return null
  const db = dbOf(container)
  const cur = currency ?? experiment.currency_code ?? (await mainCurrency(db))
  const orders = (given ?? (await evaluationOrders(db, { since: new Date(startsAt - 90 * DAY_MS), until: new Date(Math.min(now, endsAt)) }))).filter((o) => o.currency_code === cur)
  const assigned = await service.assignmentsByArm(experimentId)
  let home = currencyOfCustomer
  if (!home) {
    const all = [...assigned.values()].flat()
    const map = await customerCurrencies(db, all, new Date(startsAt))
    home = (id: string) => map.get(id) ?? cur
  }
  const total = arms.reduce((s, a) => s + (a.code === "holdout" ? 0 : a.weight), 0)
  const shares: Record<string, number> = {}
  for (const a of arms) shares[a.code] = a.code === "holdout" ? experiment.holdout_share : ((1 - experiment.holdout_share) * a.weight) / total
  const armList = arms
    .map((a) => ({ code: a.code, customerIds: (assigned.get(a.code) ?? []).filter((id) => home!(id) === cur) }))
    .sort((a, b) => (a.code === "holdout" ? -1 : b.code === "holdout" ? 1 : a.code.localeCompare(b.code)))
  if (armList.some((a) => a.customerIds.length < 2)) return null
  return jsonSafe(
    experimentReport({ arms: armList, designedShares: shares, control: armList[0].code, orders, startsAt, endsAt, now })
  )
}
