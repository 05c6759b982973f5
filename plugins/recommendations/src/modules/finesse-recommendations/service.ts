import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_SETTINGS, mergeSettings, type RecommendationSettings } from "../../lib/settings"
import FinesseRecArtefact from "./models/artefact"
import FinesseRecCacheInvalidation from "./models/cache-invalidation"
import FinesseRecCampaign from "./models/campaign"
import FinesseRecConsent from "./models/consent"
import FinesseRecConversion from "./models/conversion"
import FinesseRecDelivery from "./models/delivery"
import FinesseRecEvaluation from "./models/evaluation"
import FinesseRecExperiment from "./models/experiment"
import FinesseRecModelVersion from "./models/model-version"
import FinesseRecProductState from "./models/product-state"
import FinesseRecRule from "./models/rule"
import FinesseRecSetting from "./models/setting"
import FinesseRecTouch from "./models/touch"
import * as cache from "./store/cache"
import * as feedback from "./store/feedback"
import * as push from "./store/push"
import * as settings from "./store/settings"
import * as versions from "./store/versions"

export type RecommendationsModuleOptions = {
  /** Defaults for the admin-editable settings of this store. */
  settings?: Partial<RecommendationSettings>
  /** Ready versions kept (with artefacts) for rollback, besides the serving one (default 5). */
  keepVersions?: number
}

export type ConsentRow = { email: boolean; sms: boolean; feed: boolean; unsubscribed_at: Date | null }

/** Keys of finesse_rec_setting that hold admin settings (the rest are job cursors). */
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS)

export default class FinesseRecommendationsModuleService extends MedusaService({
  FinesseRecModelVersion,
  FinesseRecArtefact,
  FinesseRecEvaluation,
  FinesseRecRule,
  FinesseRecExperiment,
  FinesseRecSetting,
  FinesseRecTouch,
  FinesseRecConversion,
  FinesseRecCampaign,
  FinesseRecDelivery,
  FinesseRecConsent,
  FinesseRecProductState,
  FinesseRecCacheInvalidation,
}) {
  protected readonly db_: Knex
  protected readonly options_: RecommendationsModuleOptions

  constructor(cradle: Record<string, any>, options: RecommendationsModuleOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
  }

  // ---- model versions ----

  servingVersion() {
    return versions.servingVersion(this.db_)
  }

  loadArtefacts(versionId: string) {
    return versions.loadArtefacts(this.db_, versionId)
  }

  writeArtefacts(versionId: string, artefacts: Record<string, unknown>) {
    return versions.writeArtefacts(this.db_, versionId, artefacts)
  }

  activateVersion(versionId: string, by: string | null) {
    return versions.activateVersion(this.db_, versionId, by)
  }

  retireOldVersions() {
    return versions.retireOldVersions(this.db_, this.options_.keepVersions ?? 5)
  }

  // ---- settings ----

  async getSettings(): Promise<RecommendationSettings> {
    const stored = await settings.getSettingValues(this.db_, SETTING_KEYS)
    return mergeSettings(mergeSettings(DEFAULT_SETTINGS, this.options_.settings ?? {}), stored)
  }

  /** Stores whole top-level values; returns the previous stored values (null = default) for compensation. */
  setSettingValues(values: Record<string, unknown>) {
    return settings.setSettingValues(this.db_, values)
  }

  async getCursor<T>(key: string): Promise<T | null> {
    return ((await settings.getSettingValues(this.db_, [key]))[key] as T) ?? null
  }

  async setCursor(key: string, value: unknown) {
    await settings.setSettingValues(this.db_, { [key]: value })
  }

  // ---- serving caches across processes ----

  recordInvalidation(scope: cache.InvalidationScope, productIds: string[] | null) {
    return cache.recordInvalidation(this.db_, scope, productIds)
  }

  invalidationsSince(since: Date) {
    return cache.invalidationsSince(this.db_, since)
  }

  pruneInvalidations(before: Date) {
    return cache.pruneInvalidations(this.db_, before)
  }

  /** Rules and running experiments, read together by serving (one round trip each, a few rows). */
  async servingConfig() {
    const [rules, experiments] = await Promise.all([
      this.db_.raw(`select * from finesse_rec_rule where deleted_at is null and enabled = true`),
      this.db_.raw(`select * from finesse_rec_experiment where deleted_at is null and status = 'running'`),
    ])
    return { rules: rules.rows, experiments: experiments.rows }
  }

  // ---- feedback ----

  insertTouches(rows: feedback.TouchRow[]) {
    return feedback.insertTouches(this.db_, rows)
  }

  insertConversions(rows: feedback.ConversionRow[]) {
    return feedback.insertConversions(this.db_, rows)
  }

  touchesFor(q: Parameters<typeof feedback.touchesFor>[1]) {
    return feedback.touchesFor(this.db_, q)
  }

  performance(from: Date, to: Date, by: feedback.Grouping) {
    return feedback.performance(this.db_, from, to, by)
  }

  dailySeries(from: Date, to: Date) {
    return feedback.dailySeries(this.db_, from, to)
  }

  experimentCounts(experimentNumber: number) {
    return feedback.experimentCounts(this.db_, experimentNumber)
  }

  // ---- push ----

  insertDelivery(d: push.DeliveryInsert) {
    return push.insertDelivery(this.db_, d)
  }

  messageTimes(customerIds: string[], since: Date, until: Date) {
    return push.messageTimes(this.db_, customerIds, since, until)
  }

  dueDeliveries(now: Date, limit: number, campaignId?: string) {
    return push.dueDeliveries(this.db_, now, limit, campaignId)
  }

  claimDelivery(id: string) {
    return push.claimDelivery(this.db_, id)
  }

  finishDelivery(id: string, status: "sent" | "failed" | "skipped", fields: { notification_id?: string | null; reason?: string | null }) {
    return push.finishDelivery(this.db_, id, status, fields)
  }

  recordDeliveryInteraction(id: string, kind: "open" | "click") {
    return push.recordDeliveryInteraction(this.db_, id, kind)
  }

  undoDeliveryInteraction(id: string, kind: "open" | "click") {
    return push.undoDeliveryInteraction(this.db_, id, kind)
  }

  campaignFigures(campaignIds: string[]) {
    return push.campaignFigures(this.db_, campaignIds)
  }

  productStates(salesChannelId: string, currencyCode: string) {
    return push.productStates(this.db_, salesChannelId, currencyCode)
  }

  upsertProductStates(rows: push.ProductStateRow[]) {
    return push.upsertProductStates(this.db_, rows)
  }

  /** Consents of these customers (missing = never asked). */
  async consentsOf(customerIds: string[]) {
    if (!customerIds.length) return new Map<string, ConsentRow>()
    const r = await this.db_.raw(
      `select customer_id, email, sms, feed, unsubscribed_at from finesse_rec_consent where deleted_at is null and customer_id = any(?)`,
      [customerIds]
    )
    return new Map<string, ConsentRow>(r.rows.map((x: ConsentRow & { customer_id: string }) => [x.customer_id, x]))
  }

  /** Sets a customer's consent; returns the previous row (null when none) for compensation. */
  async upsertConsent(customerId: string, values: { email?: boolean; sms?: boolean; feed?: boolean }, source: string, unsubscribed: boolean) {
    const prev = (await this.consentsOf([customerId])).get(customerId) ?? null
    const next = { email: false, sms: false, feed: false, ...(prev ? { email: prev.email, sms: prev.sms, feed: prev.feed } : {}), ...values }
    await this.db_.raw(
      `insert into finesse_rec_consent (id, customer_id, email, sms, feed, source, unsubscribed_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, now(), now())
       on conflict (customer_id) where deleted_at is null do update set email = excluded.email, sms = excluded.sms, feed = excluded.feed,
         source = excluded.source, unsubscribed_at = case when ? then now() else finesse_rec_consent.unsubscribed_at end, updated_at = now()`,
      [generateEntityId(undefined, "frcons"), customerId, next.email, next.sms, next.feed, source, unsubscribed ? new Date() : null, unsubscribed]
    )
    return { previous: prev, current: (await this.consentsOf([customerId])).get(customerId)! }
  }

  async restoreConsent(customerId: string, previous: ConsentRow | null) {
    if (!previous) {
      await this.db_.raw(`delete from finesse_rec_consent where customer_id = ?`, [customerId])
      return
    }
    await this.db_.raw(
      `update finesse_rec_consent set email = ?, sms = ?, feed = ?, unsubscribed_at = ?, updated_at = now() where customer_id = ? and deleted_at is null`,
      [previous.email, previous.sms, previous.feed, previous.unsubscribed_at, customerId]
    )
  }
}
