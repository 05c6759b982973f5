import type { MedusaContainer } from "@medusajs/framework/types"
import { fieldCipher } from "@finesse/core/privacy"
import {
  canonicalEmail,
  compileRiskConfig,
  compileRiskLists,
  DEFAULT_MODEL_WEIGHT,
  DEFAULT_RISK_THRESHOLDS,
  type CompiledRiskConfig,
  type CompiledRiskLists,
  type RiskConfigInput,
  type RiskListEntries,
  type RiskListsInput,
  type RiskModel,
  type RiskRuleSetting,
  type RiskThresholds,
} from "../lib"
import { FINESSE_RISK_MODULE } from "../modules/finesse-risk"
import type FinesseRiskModuleService from "../modules/finesse-risk/service"

export type RuleSetView = {
  version: number
  rules: RiskRuleSetting[]
  thresholds: RiskThresholds
  model_weight: number
  note: string | null
  created_by: string | null
  created_at: string | null
}

export type ListEntryView = {
  id: string
  list: "allow" | "block"
  kind: "email" | "domain" | "ip" | "address" | "card" | "device" | "customer"
  value: string
  note: string | null
  created_by: string | null
  expires_at: string | null
  created_at: string
}

/** Everything scoring needs, compiled once per change. */
export type RiskSettings = {
  ruleSet: RuleSetView
  lists: ListEntryView[]
  model: RiskModel | null
  modelVersion: string | null
  input: RiskConfigInput
  config: CompiledRiskConfig
  /** The linked-accounts signal's new-account window (the lookups are computed with the same number). */
  newAccountDays: number
}

export const DEFAULT_RULE_SET: RuleSetView = {
  version: 0,
  rules: [],
  thresholds: { ...DEFAULT_RISK_THRESHOLDS },
  model_weight: DEFAULT_MODEL_WEIGHT,
  note: "shipped defaults",
  created_by: null,
  created_at: null,
}

const TTL_MS = 5_000
let cached: { at: number; settings: Promise<RiskSettings> } | null = null

/** Drops the cached settings (after a rule, list or model change in this process; other processes follow within 5 s). */
export function invalidateRiskSettings(): void {
  cached = null
}

function risk(container: MedusaContainer) {
  return container.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)
}

export async function loadRuleSet(container: MedusaContainer, version?: number): Promise<RuleSetView> {
  const [row] = await risk(container).listFinesseRiskRuleSets(version === undefined ? {} : { version }, { order: { version: "DESC" }, take: 1 })
  if (!row) return { ...DEFAULT_RULE_SET }
  return {
    version: row.version,
    rules: row.rules as unknown as RiskRuleSetting[],
    thresholds: row.thresholds as unknown as RiskThresholds,
    model_weight: row.model_weight,
    note: row.note ?? null,
    created_by: row.created_by ?? null,
    created_at: new Date(row.created_at as unknown as string).toISOString(),
  }
}

export async function loadListEntries(container: MedusaContainer, now = new Date()): Promise<ListEntryView[]> {
  const cipher = fieldCipher(container)
  const rows = await risk(container).listFinesseRiskListEntries({}, { order: { created_at: "DESC" }, take: 100_000 })
  return rows
    .filter((r) => !r.expires_at || new Date(r.expires_at as unknown as string) > now)
    .map((r) => ({
      id: r.id,
      list: r.list as ListEntryView["list"],
      kind: r.kind as ListEntryView["kind"],
      value: cipher.decrypt(r.value),
      note: r.note ?? null,
      created_by: r.created_by ?? null,
      expires_at: r.expires_at ? new Date(r.expires_at as unknown as string).toISOString() : null,
      created_at: new Date(r.created_at as unknown as string).toISOString(),
    }))
}

const FIELD: Record<ListEntryView["kind"], keyof RiskListEntries> = {
  email: "emails", domain: "domains", ip: "ips", address: "addresses", card: "cards", device: "devices", customer: "customers",
}

export function listsInput(entries: readonly ListEntryView[]): RiskListsInput {
  const out: RiskListsInput = { allow: {}, block: {} }
  for (const e of entries) {
    const l = out[e.list]!
    const f = FIELD[e.kind]
    ;((l[f] ??= []) as string[]).push(e.value)
  }
  return out
}

/**
 * The lists in the form stored assessments hold their keys (hashed with the field cipher, as `hashAllRiskKeys`
 * does), for back-tests. IP entries cannot match stored assessments (they keep only a hash of the IP) and are left out.
 */
export function hashedLists(entries: readonly ListEntryView[], hash: (v: string) => string): CompiledRiskLists {
  const lists = compileRiskLists({})
  for (const e of entries) {
    const l = lists[e.list]
    if (e.kind === "email") {
      const c = canonicalEmail(e.value)
      if (c) l.emails.add(hash(`email:${c.canonical}`))
    } else if (e.kind === "domain") l.domains.add(e.value.trim().toLowerCase())
    else if (e.kind === "address") l.addresses.add(hash(`address:${e.value}`))
    else if (e.kind === "card") l.cards.add(hash(`card:${e.value.trim()}`))
    else if (e.kind === "device") l.devices.add(hash(`device:${e.value.trim()}`))
    else if (e.kind === "customer") l.customers.add(e.value.trim())
    else continue
    l.size++
  }
  return lists
}

export async function loadActiveModel(container: MedusaContainer): Promise<{ model: RiskModel | null; version: string | null }> {
  const [row] = await risk(container).listFinesseRiskModels({ active: true }, { order: { trained_at: "DESC" }, take: 1 })
  return row ? { model: row.model as unknown as RiskModel, version: row.version } : { model: null, version: null }
}

export function configInput(ruleSet: RuleSetView, lists: readonly ListEntryView[], model: RiskModel | null): RiskConfigInput {
  return { rules: ruleSet.rules, thresholds: ruleSet.thresholds, modelWeight: ruleSet.model_weight, lists: listsInput(lists), model }
}

function newAccountDaysOf(config: CompiledRiskConfig): number {
  const r = config.rules.find((x) => x.signal.code === "linked_accounts")
  return (r?.args as { newAccountDays?: number } | undefined)?.newAccountDays ?? 30
}

async function load(container: MedusaContainer): Promise<RiskSettings> {
  const [ruleSet, all, model] = await Promise.all([loadRuleSet(container), loadListEntries(container), loadActiveModel(container)])
  // an entry the lists cannot compile (written before a validation change) is skipped, never a broken checkout
  const invalid = new Set(compileRiskLists(listsInput(all)).invalid.map((e) => `${e.list}|${e.value}`))
  const lists = all.filter((e) => !invalid.has(`${e.list}|${e.value}`) && !invalid.has(`${e.list}|${JSON.stringify(e.value)}`))
  const input = configInput(ruleSet, lists, model.model)
  const config = compileRiskConfig(input)
  return { ruleSet, lists, model: model.model, modelVersion: model.version, input, config, newAccountDays: newAccountDaysOf(config) }
}

/** The live settings, cached for a few seconds (the checkout path reads them on every order). */
export function riskSettings(container: MedusaContainer, now = Date.now()): Promise<RiskSettings> {
  if (!cached || now - cached.at > TTL_MS) {
    const settings = load(container)
    cached = { at: now, settings }
    settings.catch(() => {
      if (cached?.settings === settings) cached = null
    })
  }
  return cached.settings
}
