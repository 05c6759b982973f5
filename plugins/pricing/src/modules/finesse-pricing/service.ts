import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import { readPricingSettings, type PricingSettings } from "../../lib/settings/pricing-settings"
import FinessePricingAlert from "./models/alert"
import FinessePricingAssignment from "./models/assignment"
import FinessePricingBatch from "./models/batch"
import FinessePricingCompetitor from "./models/competitor"
import FinessePricingElasticity from "./models/elasticity"
import FinessePricingImport from "./models/import-file"
import FinessePricingObservation from "./models/observation"
import FinessePricingPriceChange from "./models/price-change"
import FinessePricingProductMatch from "./models/product-match"
import FinessePricingProposal from "./models/proposal"
import FinessePricingResponseRule from "./models/response-rule"
import FinessePricingSetting from "./models/setting"
import FinessePricingVariantLimit from "./models/variant-limit"
import * as alerts from "./store/alerts"
import { bulkInsert, newId, pgArray } from "./store/bulk"
import * as changes from "./store/changes"
import * as elasticities from "./store/elasticities"
import * as observations from "./store/observations"
import * as proposals from "./store/proposals"
import * as settings from "./store/settings"

export const SETTINGS_KEY = "settings"
export const PRICE_LIST_KEY = "price_list_id"

/**
 * The pricing module: strategy assignments, settings, batches of proposals, applied price changes (with what a
 * rollback restores), elasticity estimates, competitors, matches, observations, alerts and response rules.
 * Generated CRUD for admin-edited rows; the bulk paths (proposals, observations, changes) are raw SQL in store/.
 */
export default class FinessePricingModuleService extends MedusaService({
  FinessePricingAssignment,
  FinessePricingSetting,
  FinessePricingBatch,
  FinessePricingProposal,
  FinessePricingPriceChange,
  FinessePricingElasticity,
  FinessePricingCompetitor,
  FinessePricingProductMatch,
  FinessePricingObservation,
  FinessePricingAlert,
  FinessePricingResponseRule,
  FinessePricingVariantLimit,
  FinessePricingImport,
}) {
  protected readonly db_: Knex

  constructor(cradle: Record<string, any>) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
  }

  /** The knex connection, for the plugin's bulk reads of Medusa's and core's tables (src/reads). */
  connection(): Knex {
    return this.db_
  }

  // ---- settings ----
  async getSettings(): Promise<PricingSettings> {
    return readPricingSettings(await settings.getSetting(this.db_, SETTINGS_KEY))
  }
  async saveSettings(value: PricingSettings, by: string | null) {
    await settings.putSetting(this.db_, SETTINGS_KEY, value, by)
    return value
  }
  async getPriceListId(): Promise<string | null> {
    return settings.getSetting<string>(this.db_, PRICE_LIST_KEY)
  }
  async claimPriceListId(id: string) {
    return settings.putSettingIfAbsent(this.db_, PRICE_LIST_KEY, id)
  }
  async forgetPriceListId(id: string) {
    await this.db_.raw(`delete from finesse_pricing_setting where key = ? and value = ?::jsonb`, [PRICE_LIST_KEY, JSON.stringify(id)])
  }

  // ---- proposals ----
  insertProposals(batchId: string, rows: proposals.ProposalInsert[]) {
    return proposals.insertProposals(this.db_, batchId, rows)
  }
  decideProposals(batchId: string, ids: string[] | null, decision: "approved" | "rejected", by: string | null, note: string | null) {
    return proposals.decideProposals(this.db_, batchId, ids, decision, by, note)
  }
  restoreProposalStatus(rows: { id: string; previous: string }[]) {
    return proposals.restoreProposalStatus(this.db_, rows)
  }
  applicableProposals(batchId: string) {
    return proposals.applicableProposals(this.db_, batchId)
  }
  maxApplicableStep(batchId: string) {
    return proposals.maxApplicableStep(this.db_, batchId)
  }
  countProposalsByStatus(batchId: string) {
    return proposals.countProposalsByStatus(this.db_, batchId)
  }
  setProposalStatuses(updates: { ids: string[]; status: string }[]) {
    return proposals.setProposalStatuses(this.db_, updates)
  }
  expirePending(batchId: string) {
    return proposals.expirePending(this.db_, batchId)
  }

  /** Moves a batch from one of `from` to `to` atomically; null when it was not in one of `from`. */
  async transitionBatch(id: string, from: string[], to: string, patch: Record<string, unknown> = {}) {
    const sets = Object.keys(patch).map((k) => `"${k}" = ?`)
    const r = await this.db_.raw(
      `update finesse_pricing_batch set status = ?, ${sets.length ? `${sets.join(", ")}, ` : ""}updated_at = now()
       where id = ? and status = any(?::text[]) and deleted_at is null returning *`,
      [to, ...(Object.values(patch) as any[]), id, pgArray(from)]
    )
    return r.rows[0] ?? null
  }

  // ---- applied changes ----
  insertChanges(rows: changes.ChangeInsert[]) {
    return changes.insertChanges(this.db_, rows)
  }
  deleteChanges(ids: string[]) {
    return changes.deleteChanges(this.db_, ids)
  }
  changesOfBatch(batchId: string, status?: "applied" | "rolled_back") {
    return changes.changesOfBatch(this.db_, batchId, status)
  }
  laterChangesOver(batchId: string) {
    return changes.laterChangesOver(this.db_, batchId)
  }
  markChanges(ids: string[], status: "applied" | "rolled_back", by: string | null, at: Date | null) {
    return changes.markChanges(this.db_, ids, status, by, at)
  }
  lastChangedAt(variantIds: readonly string[]) {
    return changes.lastChangedAt(this.db_, variantIds)
  }
  changesOfVariants(variantIds: readonly string[], since: Date | null = null) {
    return changes.changesOfVariants(this.db_, variantIds, since)
  }

  // ---- observations ----
  upsertObservations(rows: observations.ObservationInsert[]) {
    return observations.upsertObservations(this.db_, rows)
  }
  latestObservations(variantIds: readonly string[] | null, since: Date) {
    return observations.latestObservations(this.db_, variantIds, since)
  }
  observationsOf(filter: { variant_ids?: readonly string[]; product_id?: string }, since: Date) {
    return observations.observationsOf(this.db_, filter, since)
  }
  observedVariants(since: Date) {
    return observations.observedVariants(this.db_, since)
  }

  // ---- elasticities ----
  upsertElasticities(rows: elasticities.ElasticityInsert[], runId: string, at: Date) {
    return elasticities.upsertElasticities(this.db_, rows, runId, at)
  }
  productElasticities(productIds: readonly string[] | null) {
    return elasticities.productElasticities(this.db_, productIds)
  }

  // ---- alerts ----
  upsertAlerts(rows: alerts.AlertInsert[], at: Date) {
    return alerts.upsertAlerts(this.db_, rows, at)
  }
  resolveAlertsNotIn(keys: readonly string[], at: Date) {
    return alerts.resolveAlertsNotIn(this.db_, keys, at)
  }
  listAlerts(f: { status?: string[]; code?: string[]; product_id?: string }, limit: number, offset: number) {
    return alerts.listAlerts(this.db_, f, limit, offset)
  }
  setAlertNotification(id: string, notificationId: string | null) {
    return alerts.setAlertNotification(this.db_, id, notificationId)
  }

  /** Every variant limit (MAP, own bounds) of some variants, by `variant|currency`. */
  async limitsOf(variantIds: readonly string[]) {
    const out = new Map<string, { map_price: number | null; min_price: number | null; max_price: number | null }>()
    for (let i = 0; i < variantIds.length; i += 10_000) {
      const r = await this.db_.raw(
        `select variant_id, currency_code, map_price, min_price, max_price from finesse_pricing_variant_limit where variant_id = any(?::text[]) and deleted_at is null`,
        [pgArray(variantIds.slice(i, i + 10_000))]
      )
      for (const x of r.rows) out.set(`${x.variant_id}|${x.currency_code}`, x)
    }
    return out
  }

  /** Inserts or replaces limits of variants (one per variant and currency). */
  async upsertLimits(rows: { variant_id: string; currency_code: string; map_price: number | null; min_price: number | null; max_price: number | null }[], by: string | null) {
    return bulkInsert(
      this.db_,
      "finesse_pricing_variant_limit",
      [
        { name: "id", type: "text" },
        { name: "variant_id", type: "text" },
        { name: "currency_code", type: "text" },
        { name: "map_price", type: "int" },
        { name: "min_price", type: "int" },
        { name: "max_price", type: "int" },
        { name: "updated_by", type: "text" },
      ],
      rows.map((r) => [newId("fplim"), r.variant_id, r.currency_code, r.map_price, r.min_price, r.max_price, by]),
      `on conflict (variant_id, currency_code) where deleted_at is null do update set map_price = excluded.map_price, min_price = excluded.min_price,
         max_price = excluded.max_price, updated_by = excluded.updated_by, updated_at = now() returning *`
    )
  }
}
