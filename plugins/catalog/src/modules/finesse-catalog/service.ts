import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import FinesseCatalogCategoryHealth from "./models/category-health"
import FinesseCatalogCategoryRun from "./models/category-run"
import FinesseCatalogDemand from "./models/demand"
import FinesseCatalogForecast from "./models/forecast"
import FinesseCatalogForecastRun from "./models/forecast-run"
import FinesseCatalogLeadTime from "./models/lead-time"
import FinesseCatalogQualityRule from "./models/quality-rule"
import FinesseCatalogQualityScore from "./models/quality-score"
import FinesseCatalogQualityTodo from "./models/quality-todo"
import FinesseCatalogReplenishment from "./models/replenishment"
import FinesseCatalogSetting from "./models/setting"
import FinesseCatalogVariantClass from "./models/variant-class"
import { DEFAULT_POLICY, SupplyPolicy, SupplyPolicySchema } from "./policy"
import * as categories from "./store/categories"
import * as demand from "./store/demand"
import * as forecasts from "./store/forecasts"
import * as leadTimes from "./store/lead-times"
import * as quality from "./store/quality"
import { getSetting, setSetting } from "./store/settings"
import * as supply from "./store/supply"

export type RuleSettingRow = { code: string; enabled: boolean; weight: number | null; args: Record<string, unknown> | null; updated_by: string | null; updated_at: Date }

/**
 * Persistence of @finesse/catalog: quality scores and rule settings, category analyses, demand per variant ×
 * location × period, forecast runs, replenishment plans, supplier lead times and ABC/XYZ classes. The bulk paths
 * (a forecast run writes 100,000 series) are raw SQL in store/; the generated methods serve small admin CRUD.
 */
export default class FinesseCatalogModuleService extends MedusaService({
  FinesseCatalogSetting,
  FinesseCatalogQualityRule,
  FinesseCatalogQualityScore,
  FinesseCatalogQualityTodo,
  FinesseCatalogCategoryRun,
  FinesseCatalogCategoryHealth,
  FinesseCatalogDemand,
  FinesseCatalogForecastRun,
  FinesseCatalogForecast,
  FinesseCatalogReplenishment,
  FinesseCatalogLeadTime,
  FinesseCatalogVariantClass,
}) {
  readonly db: Knex

  constructor(cradle: Record<string, any>) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db = cradle.__pg_connection__
  }

  // ---- settings ----

  async policy(): Promise<SupplyPolicy> {
    const stored = await getSetting<Partial<SupplyPolicy>>(this.db, "policy")
    return SupplyPolicySchema.parse({ ...DEFAULT_POLICY, ...(stored ?? {}) })
  }

  async setPolicy(policy: SupplyPolicy, by: string | null) {
    await setSetting(this.db, "policy", policy, by)
  }

  async getSetting<T>(key: string) {
    return getSetting<T>(this.db, key)
  }

  async setSetting(key: string, value: unknown, by: string | null = null) {
    return setSetting(this.db, key, value, by)
  }

  async ruleSettings(): Promise<RuleSettingRow[]> {
    const r = await this.db.raw(`select code, enabled, weight, args, updated_by, updated_at from finesse_catalog_quality_rule where deleted_at is null order by code`)
    return r.rows.map((x: any) => ({ ...x, weight: x.weight === null ? null : Number(x.weight) }))
  }

  /** Sets one rule's setting; returns the previous one (null when it had none) for the audit and compensation. */
  async putRuleSetting(code: string, s: { enabled: boolean; weight: number | null; args: Record<string, unknown> | null }, by: string | null): Promise<RuleSettingRow | null> {
    const before = (await this.ruleSettings()).find((r) => r.code === code) ?? null
    await this.db.raw(
      `insert into finesse_catalog_quality_rule (id, code, enabled, weight, args, updated_by) values (?, ?, ?, ?, ?::jsonb, ?)
       on conflict (code) where deleted_at is null do update set enabled = excluded.enabled, weight = excluded.weight, args = excluded.args, updated_by = excluded.updated_by, updated_at = now()`,
      [`fcqr_${code}`, code, s.enabled, s.weight, s.args === null ? null : JSON.stringify(s.args), by]
    )
    return before
  }

  async removeRuleSetting(code: string) {
    await this.db.raw(`delete from finesse_catalog_quality_rule where code = ?`, [code])
  }

  // ---- quality ----
  replaceQuality(scores: Record<string, unknown>[], todos: Record<string, unknown>[]) {
    return quality.replaceQuality(this.db, scores, todos)
  }
  listTodo(q: quality.TodoQuery) {
    return quality.listTodo(this.db, q)
  }
  qualityOf(productId: string) {
    return quality.qualityOf(this.db, productId)
  }
  qualitySummary() {
    return quality.qualitySummary(this.db)
  }

  // ---- categories ----
  saveCategoryRun(run: categories.CategoryRunInput, health: Record<string, unknown>[]) {
    return categories.saveCategoryRun(this.db, run, health)
  }
  latestCategoryRun() {
    return categories.latestCategoryRun(this.db)
  }
  listCategoryHealth(runId: string, q: categories.HealthQuery) {
    return categories.listCategoryHealth(this.db, runId, q)
  }

  // ---- demand and forecasts ----
  pageSeriesTexts(...a: Parameters<typeof demand.pageSeriesTexts> extends [any, ...infer R] ? R : never) {
    return demand.pageSeriesTexts(this.db, ...a)
  }
  aggregateUnits(...a: Parameters<typeof demand.aggregateUnits> extends [any, ...infer R] ? R : never) {
    return demand.aggregateUnits(this.db, ...a)
  }
  firstDemandPeriod(...a: Parameters<typeof demand.firstDemandPeriod> extends [any, ...infer R] ? R : never) {
    return demand.firstDemandPeriod(this.db, ...a)
  }
  recentSeriesTexts(...a: Parameters<typeof demand.recentSeriesTexts> extends [any, ...infer R] ? R : never) {
    return demand.recentSeriesTexts(this.db, ...a)
  }
  weeklyUnitsByVariant(from: Date, until: Date) {
    return demand.weeklyUnitsByVariant(this.db, from, until)
  }
  currentRun(...a: Parameters<typeof forecasts.currentRun> extends [any, ...infer R] ? R : never) {
    return forecasts.currentRun(this.db, ...a)
  }
  runOfJob(jobId: string) {
    return forecasts.runOfJob(this.db, jobId)
  }
  listRuns(...a: Parameters<typeof forecasts.listRuns> extends [any, ...infer R] ? R : never) {
    return forecasts.listRuns(this.db, ...a)
  }
  startRun(...a: Parameters<typeof forecasts.startRun> extends [any, ...infer R] ? R : never) {
    return forecasts.startRun(this.db, ...a)
  }
  writeForecasts(...a: Parameters<typeof forecasts.writeForecasts> extends [any, ...infer R] ? R : never) {
    return forecasts.writeForecasts(this.db, ...a)
  }
  publishRun(...a: Parameters<typeof forecasts.publishRun> extends [any, ...infer R] ? R : never) {
    return forecasts.publishRun(this.db, ...a)
  }
  failRun(...a: Parameters<typeof forecasts.failRun> extends [any, ...infer R] ? R : never) {
    return forecasts.failRun(this.db, ...a)
  }
  forecastsOf(...a: Parameters<typeof forecasts.forecastsOf> extends [any, ...infer R] ? R : never) {
    return forecasts.forecastsOf(this.db, ...a)
  }
  listForecasts(...a: Parameters<typeof forecasts.listForecasts> extends [any, ...infer R] ? R : never) {
    return forecasts.listForecasts(this.db, ...a)
  }
  demandHistory(...a: Parameters<typeof forecasts.demandHistory> extends [any, ...infer R] ? R : never) {
    return forecasts.demandHistory(this.db, ...a)
  }

  // ---- supply ----
  replaceReplenishment(rows: Record<string, unknown>[]) {
    return supply.replaceAll(this.db, "finesse_catalog_replenishment", supply.REPLENISHMENT_COLS, rows)
  }
  replaceClasses(rows: Record<string, unknown>[]) {
    return supply.replaceAll(this.db, "finesse_catalog_variant_class", supply.CLASS_COLS, rows)
  }
  listReplenishment(q: supply.ReplenishmentQuery) {
    return supply.listReplenishment(this.db, q)
  }
  allReplenishment(q: Omit<supply.ReplenishmentQuery, "limit" | "offset">) {
    return supply.allReplenishment(this.db, q)
  }
  replenishmentSummary() {
    return supply.replenishmentSummary(this.db)
  }
  classMatrix() {
    return supply.classMatrix(this.db)
  }
  listClasses(q: supply.ClassQuery) {
    return supply.listClasses(this.db, q)
  }

  // ---- lead times ----
  upsertLeadTimes(rows: leadTimes.LeadTimeInput[]) {
    return leadTimes.upsertLeadTimes(this.db, rows)
  }
  deleteLeadTimes(ids: string[]) {
    return leadTimes.deleteLeadTimes(this.db, ids)
  }
  restoreLeadTimes(remove: string[], restore: leadTimes.LeadTimeRow[]) {
    return leadTimes.restoreLeadTimes(this.db, remove, restore)
  }
  listLeadTimes(q: leadTimes.LeadTimeQuery) {
    return leadTimes.listLeadTimes(this.db, q)
  }
  allLeadTimes() {
    return leadTimes.allLeadTimes(this.db)
  }
}
