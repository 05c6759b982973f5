import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import type { MatchedCard } from "../../lib/cluster/match-cards"
import { emptyProfileRow, type ProfileRow } from "../../lib/recompute/profile-row"
import FinessePersonaCard from "./models/persona-card"
import FinessePersonaModel from "./models/persona-model"
import FinessePersonaProfile from "./models/profile"
import FinessePersonaSegment from "./models/segment"
import FinessePersonaSegmentMember from "./models/segment-member"
import FinessePersonaSegmentSync from "./models/segment-sync"
import FinessePersonaSurvey from "./models/survey"
import FinessePersonaSurveyQuestion from "./models/survey-question"
import FinessePersonaSurveyResponse from "./models/survey-response"
import FinessePersonaTrait from "./models/trait"
import { DefinitionsCache } from "./store/definitions"
import * as members from "./store/memberships"
import * as modelStore from "./store/models"
import { personaValues, profileOverview } from "./store/overview"
import * as profiles from "./store/profiles"
import { DEFAULT_STOREFRONT_FIELDS, type FinessePersonasOptions } from "./options"

export type CustomerSummary = { email: string | null; first_name: string | null; last_name: string | null }

/**
 * Persistence of @finesse/personas: profiles, persona cards, stored models, traits, segments with their
 * members and sync log, surveys. Bulk paths (a recompute writes every customer) are raw SQL; admin CRUD uses
 * the generated methods.
 */
export default class FinessePersonasModuleService extends MedusaService({
  FinessePersonaProfile,
  FinessePersonaCard,
  FinessePersonaModel,
  FinessePersonaTrait,
  FinessePersonaSegment,
  FinessePersonaSegmentMember,
  FinessePersonaSegmentSync,
  FinessePersonaSurvey,
  FinessePersonaSurveyQuestion,
  FinessePersonaSurveyResponse,
}) {
  protected readonly db_: Knex
  protected readonly options_: FinessePersonasOptions
  protected readonly models_ = new modelStore.ModelCache()
  protected readonly definitions_ = new DefinitionsCache()

  constructor(cradle: Record<string, any>, options: FinessePersonasOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
  }

  options(): Required<Pick<FinessePersonasOptions, "storefrontFields">> & FinessePersonasOptions {
    return { ...this.options_, storefrontFields: this.options_.storefrontFields ?? DEFAULT_STOREFRONT_FIELDS }
  }

  // ---- models and cards ----

  /** The latest recompute's models (cached per version), or null before the first recompute. */
  async latestModel() {
    return this.models_.latest(this.db_)
  }

  async nextModelVersion() {
    return modelStore.nextModelVersion(this.db_)
  }

  async previousCards() {
    return modelStore.previousCards(this.db_)
  }

  async insertModel(m: Parameters<typeof modelStore.insertModel>[1]) {
    const id = await modelStore.insertModel(this.db_, m)
    this.models_.reset()
    return id
  }

  async saveCards(cards: readonly MatchedCard[], version: number) {
    await modelStore.saveCards(this.db_, cards, await personaValues(this.db_), version)
  }

  /** Model, traits, segments and field catalogue, re-read only when one of them changed (the incremental path). */
  async definitions() {
    return this.definitions_.get(this.db_)
  }

  // ---- profiles ----

  /** One upsert of rows serialised with profilesToRecordJson (survey answers are always kept). */
  async upsertProfileJson(json: string) {
    await profiles.upsertProfileJson(this.db_, json, { keepSurveyAnswers: true })
  }

  async upsertProfiles(rows: readonly ProfileRow[], opts: { keepSurveyAnswers?: boolean; chunk?: number } = {}) {
    await profiles.upsertProfiles(this.db_, rows, { keepSurveyAnswers: opts.keepSurveyAnswers ?? true, chunk: opts.chunk })
  }

  async getProfiles(customerIds: readonly string[]) {
    return profiles.getProfiles(this.db_, customerIds)
  }

  async pageProfiles(after: string | null, limit = 5000) {
    return profiles.pageProfiles(this.db_, after, limit)
  }

  async countProfiles() {
    return profiles.countProfiles(this.db_)
  }

  async retireUnscoredProfiles(version: number, startedAt: Date) {
    return profiles.retireUnscored(this.db_, version, startedAt, (id) => emptyProfileRow(id, Date.now()))
  }

  /** Removes a customer's behaviour fields (no order left); a row holding survey answers stays. */
  async clearProfile(customerId: string) {
    const [row] = await profiles.getProfiles(this.db_, [customerId])
    if (!row) return
    if (Object.keys(row.survey_answers ?? {}).length) {
      await profiles.upsertProfiles(this.db_, [{ ...emptyProfileRow(customerId, Date.now()), traits: row.traits }], { keepSurveyAnswers: true })
    } else {
      await this.db_.raw(`delete from finesse_persona_profile where id = ?`, [customerId])
    }
  }

  async mergeSurveyAnswers(customerId: string, answers: Record<string, unknown>) {
    await profiles.mergeSurveyAnswers(this.db_, customerId, answers, emptyProfileRow(customerId, Date.now()))
  }

  /** Removes answers of one survey from a customer's row (compensation of a response). */
  async removeSurveyAnswers(customerId: string, keys: string[]) {
    await this.db_.raw(
      `update finesse_persona_profile set survey_answers = coalesce(survey_answers, '{}'::jsonb) - ?::text[], updated_at = now() where id = ?`,
      [keys, customerId]
    )
  }

  async overview() {
    return profileOverview(this.db_)
  }

  /** Profiles joined to customers for the admin list. */
  async listProfilesForAdmin(f: { persona_id?: string; rfm_segment?: string; churn_risk?: string; q?: string; limit: number; offset: number; order: string }) {
    const where = ["p.deleted_at is null"]
    const b: Knex.RawBinding[] = []
    if (f.persona_id) (where.push("p.persona_id = ?"), b.push(f.persona_id))
    if (f.rfm_segment) (where.push("p.rfm_segment = ?"), b.push(f.rfm_segment))
    if (f.churn_risk) (where.push("p.churn_risk = ?"), b.push(f.churn_risk))
    if (f.q) (where.push("(c.email ilike ? or c.first_name ilike ? or c.last_name ilike ? or p.id = ?)"), b.push(`%${f.q}%`, `%${f.q}%`, `%${f.q}%`, f.q))
    const desc = f.order.startsWith("-")
    const col = f.order.replace(/^-/, "")
    const order = `p.${col} ${desc ? "desc" : "asc"} nulls last, p.id`
    const [rows, count] = await Promise.all([
      this.db_.raw(
        `select ${profiles.PROFILE_SELECT.split(", ").map((c) => `p.${c}`).join(", ")}, c.email, c.first_name, c.last_name
           from finesse_persona_profile p left join customer c on c.id = p.id
          where ${where.join(" and ")} order by ${order} limit ? offset ?`,
        [...b, f.limit, f.offset]
      ),
      this.db_.raw(`select count(*)::int n from finesse_persona_profile p left join customer c on c.id = p.id where ${where.join(" and ")}`, b),
    ])
    return {
      rows: rows.rows.map((r: Record<string, unknown>) => ({
        ...profiles.fromDb(r),
        email: r.email ?? null,
        first_name: r.first_name ?? null,
        last_name: r.last_name ?? null,
      })),
      count: count.rows[0].n as number,
    }
  }

  // ---- segment members ----

  async membersOf(segmentId: string) {
    return members.membersOf(this.db_, segmentId)
  }

  async segmentIdsOf(customerId: string) {
    return members.segmentIdsOf(this.db_, customerId)
  }

  /** Customer id → the segment ids they are in, for several customers in one query. */
  async segmentIdsOfMany(customerIds: readonly string[]) {
    return members.segmentIdsOfMany(this.db_, customerIds)
  }

  async applyMembership(segmentId: string, change: Parameters<typeof members.applyMembership>[2], evaluatedAt: Date | null) {
    return members.applyMembership(this.db_, segmentId, change, evaluatedAt)
  }

  async applyMembershipChange(segmentId: string, enter: { customer_id: string; score: number | null }[], leave: string[]) {
    return members.applyMembershipChange(this.db_, segmentId, enter, leave)
  }

  async pageMembers(segmentId: string, limit: number, offset: number) {
    return members.pageMembers(this.db_, segmentId, limit, offset)
  }

  /** Customers' e-mail and names for previews and diffs (from Medusa's customer table, read only). */
  async customerSummaries(ids: readonly string[]): Promise<Map<string, CustomerSummary>> {
    if (!ids.length) return new Map()
    const r = await this.db_.raw(`select id, email, first_name, last_name from customer where id = any(?)`, [ids as string[]])
    return new Map(r.rows.map((c: CustomerSummary & { id: string }) => [c.id, { email: c.email, first_name: c.first_name, last_name: c.last_name }]))
  }

  /** The most common currency of order facts: how money is formatted in the admin. */
  async storeCurrency(): Promise<string | null> {
    const r = await this.db_.raw(
      `select currency_code from finesse_order_fact where deleted_at is null group by 1 order by count(*) desc limit 1`
    )
    return r.rows[0]?.currency_code ?? null
  }
}
