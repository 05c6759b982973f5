import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SeriesForecast } from "../lib/forecast/forecast-series"
import { demandInputFromForecast, stockLevelFromInventory } from "../lib/replenishment/from-forecast"
import { ReplenishmentPolicy, SupplierTerms, planReplenishment } from "../lib/replenishment/plan-replenishment"
import { WEEK_MS, periodStart } from "../lib/series/calendar"
import { seriesFromText } from "../lib/series/demand-codec"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type { SupplyPolicy } from "../modules/finesse-catalog/policy"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import { bulkId } from "../modules/finesse-catalog/store/bulk"
import type { LeadTimeRow } from "../modules/finesse-catalog/store/lead-times"
import { FINESSE_DATA_MODULE, type CostsReadApi } from "../reads/data-api"
import { inventoryLevels, storeCurrency } from "../reads/medusa"
import { runSelection } from "./selection-run"

/**
 * The replenishment job's engine (also run by the demo seed): for every variant × stock location with an inventory
 * level or a forecast, the current weekly forecast's daily demand (normal, or compound Poisson for intermittent
 * series from their recent line sizes), Medusa's stocked, reserved and incoming units, the supplier's terms
 * (variant × location, else variant, else the policy's default) and the variant's unit cost give a plan
 * (lib/replenishment/plan-replenishment). Then the range is classified (selection-run). All rows are replaced in
 * one transaction, so running it twice leaves the same state.
 */
export type ReplenishmentRunOptions = { now: number; runId?: string; progress?: (pct: number, message: string) => Promise<void> }

type StoredForecast = { variant_id: string; location_id: string; demand_class: string; method: string; values: { mean: number[]; lower_80: number[] | null; upper_80: number[] | null } }

export function libPolicy(p: SupplyPolicy): ReplenishmentPolicy {
  return { review: p.review, serviceLevel: p.service_level, serviceMeasure: p.service_measure, reviewPeriodDays: p.review_period_days, annualHoldingRate: p.annual_holding_rate }
}

/** The terms of a variant at a location: its own, else its every-location row, else the policy's default. */
export function termsFor(byKey: Map<string, LeadTimeRow>, variantId: string, locationId: string, policy: SupplyPolicy) {
  const lt = byKey.get(`${variantId}|${locationId}`) ?? byKey.get(`${variantId}|`)
  if (lt) return { lt, source: lt.location_id ? "variant_location" : "variant", days: lt.lead_time_days, sd: lt.lead_time_sd_days ?? 0 }
  return { lt: null, source: "policy_default", days: policy.default_lead_time_days, sd: policy.default_lead_time_sd_days }
}

export async function runReplenishment(container: MedusaContainer, o: ReplenishmentRunOptions) {
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const progress = o.progress ?? (async () => undefined)
  const runId = o.runId ?? bulkId("fcrr")
  const t0 = Date.now()
  const policy = await svc.policy()
  const currency = await storeCurrency(container)
  const run = await svc.currentRun("week")
  await progress(5, "reading inventory levels and forecasts")
  const [levels, leadTimes] = await Promise.all([inventoryLevels(container), svc.allLeadTimes()])
  const forecasts = new Map<string, StoredForecast>()
  if (run) {
    const r = await db.raw(
      `select variant_id, location_id, demand_class, method, json_build_object('mean', "values"->'mean', 'lower_80', "values"->'lower_80', 'upper_80', "values"->'upper_80') v
         from finesse_catalog_forecast where run_id = ? and deleted_at is null`,
      [run.id]
    )
    for (const x of r.rows) forecasts.set(`${x.variant_id}|${x.location_id}`, { ...x, values: x.v })
  }
  const levelBy = new Map(levels.map((l) => [`${l.variant_id}|${l.location_id}`, l]))
  const keys = new Set([...levelBy.keys(), ...[...forecasts.keys()].filter((k) => !k.endsWith("|"))])
  // slow movers get a compound Poisson plan from their recent order lines
  const asOf = run ? new Date(run.as_of).getTime() : periodStart(o.now, "week")
  const sizeWeeks = 26
  const lumpy = [...keys].filter((k) => ["intermittent", "lumpy"].includes(forecasts.get(k)?.demand_class ?? ""))
  const texts = lumpy.length
    ? await svc.recentSeriesTexts("week", new Date(asOf - sizeWeeks * WEEK_MS), new Date(asOf), lumpy.map((k) => ({ variant_id: k.split("|")[0], location_id: k.split("|")[1] })))
    : new Map<string, string>()
  await progress(25, `${keys.size} variant × location pairs; reading costs`)
  const variantIds = [...new Set([...keys].map((k) => k.split("|")[0]))]
  const costs = await container.resolve<CostsReadApi>(FINESSE_DATA_MODULE).loadVariantCosts(variantIds)
  const ltBy = new Map(leadTimes.map((l) => [`${l.variant_id}|${l.location_id ?? ""}`, l]))
  const missingTitles = [...keys].filter((k) => !levelBy.has(k)).map((k) => k.split("|")[0])
  const titles = missingTitles.length
    ? new Map<string, any>((await db.raw(`select pv.id, pv.product_id, pv.sku, coalesce(p.title || ' · ' || pv.title, pv.title) title from product_variant pv join product p on p.id = pv.product_id where pv.id = any(?)`, [missingTitles])).rows.map((r: any) => [r.id, r]))
    : new Map<string, any>()
  const locNames = new Map<string, string>((await db.raw(`select id, name from stock_location`)).rows.map((r: any) => [r.id, r.name]))
  const lib = libPolicy(policy)
  const computedAt = new Date(o.now)
  const rows: Record<string, unknown>[] = []
  let reorder = 0
  for (const key of keys) {
    const [variantId, locationId] = key.split("|")
    const level = levelBy.get(key)
    const f = forecasts.get(key)
    const meta = level ?? titles.get(variantId)
    if (!meta) continue // a deleted variant
    const stock = stockLevelFromInventory({ stocked_quantity: level?.stocked ?? 0, reserved_quantity: level?.reserved ?? 0, incoming_quantity: level?.incoming ?? 0 })
    const fc: Pick<SeriesForecast, "mean" | "intervals" | "demandClass"> | null = f
      ? {
          mean: Float64Array.from(f.values.mean ?? []),
          intervals: f.values.lower_80 && f.values.upper_80 ? [{ level: 0.8, lower: Float64Array.from(f.values.lower_80), upper: Float64Array.from(f.values.upper_80) }] : [],
          demandClass: f.demand_class as SeriesForecast["demandClass"],
        }
      : null
    const text = texts.get(key)
    const series = text !== undefined ? seriesFromText(text, sizeWeeks) : undefined
    const demand = fc ? demandInputFromForecast(fc as SeriesForecast, 7, series, sizeWeeks) : { meanPerDay: 0, sdPerDay: 0 }
    const t = termsFor(ltBy, variantId, locationId, policy)
    const variantCosts = costs.get(variantId)
    const costCurrency = variantCosts?.has(currency) ? currency : variantCosts ? [...variantCosts.keys()][0] : currency
    const unitCost = variantCosts?.get(costCurrency)
    const orderCost = t.lt?.order_cost != null && (!t.lt.currency_code || t.lt.currency_code === costCurrency) ? t.lt.order_cost : costCurrency === currency && policy.default_order_cost > 0 ? policy.default_order_cost : undefined
    const terms: SupplierTerms = {
      leadTimeDays: t.days,
      leadTimeSdDays: t.sd,
      packSize: t.lt?.pack_size ?? undefined,
      moq: t.lt?.moq ?? undefined,
      unitCostMinor: unitCost,
      orderCostMinor: orderCost,
      supplier: t.lt?.supplier ?? undefined,
    }
    const plan = planReplenishment(stock, demand, terms, lib)
    if (plan.reorder) reorder++
    rows.push({
      id: bulkId("fcrp"),
      run_id: runId,
      variant_id: variantId,
      location_id: locationId,
      product_id: meta.product_id ?? null,
      sku: meta.sku ?? null,
      title: meta.title ?? null,
      location_name: level?.location_name ?? locNames.get(locationId) ?? null,
      supplier: terms.supplier ?? null,
      currency_code: costCurrency,
      stocked: stock.stocked,
      reserved: stock.reserved,
      incoming: stock.incoming,
      available: plan.available,
      inventory_position: plan.inventoryPosition,
      mean_per_day: Math.round(plan.meanPerDay * 10_000) / 10_000,
      safety_stock: plan.safetyStock,
      reorder_point: plan.reorderPoint,
      order_up_to: plan.orderUpTo,
      eoq: plan.eoq,
      suggested_qty: plan.suggestedQty,
      unit_cost: unitCost ?? null,
      order_value: plan.orderValueMinor,
      days_of_cover: Number.isFinite(plan.daysOfCover) ? Math.round(plan.daysOfCover * 10) / 10 : null,
      stockout_risk: Math.round(plan.stockoutRisk * 10_000) / 10_000,
      demand_model: plan.model,
      reorder: plan.reorder,
      reason: plan.reason,
      lead_time_days: t.days,
      lead_time_sd_days: t.sd,
      lead_time_source: t.source,
      demand_class: f?.demand_class ?? null,
      forecast_method: f?.method ?? null,
      computed_at: computedAt,
    })
  }
  await progress(60, `${rows.length} plans, ${reorder} to reorder; writing`)
  await svc.replaceReplenishment(rows)
  await progress(70, "classifying the range (ABC/XYZ, slow movers, drop candidates)")
  const selection = await runSelection(container, { now: o.now, asOf, runId, levels, currency })
  await progress(100, `${reorder} of ${rows.length} variant × location pairs to reorder; ${selection.variants} variants classified`)
  return {
    run_id: runId,
    forecast_run_id: run?.id ?? null,
    plans: rows.length,
    reorder,
    compound_poisson: rows.filter((r) => r.demand_model === "compound_poisson").length,
    ...selection,
    seconds: Math.round((Date.now() - t0) / 100) / 10,
  }
}
