import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { CASE_KINDS, DEFAULT_PRIORITY_RULES, type PriorityRules } from "../lib/cases/case-model"
import { DEFAULT_URGENT_WORDS } from "../lib/cases/urgent-words"
import { compileReturnPolicy, type CompiledPolicy } from "../lib/policy/compile-policy"
import { DEFAULT_RETURN_POLICY } from "../lib/policy/default-policy"
import { RESOLUTIONS, RETURN_KINDS, type ReturnPolicy } from "../lib/policy/policy-types"
import { DEFAULT_FOLLOW_UP_RULE, type FollowUpRule } from "../lib/satisfaction/survey-results"
import { businessCalendarSchema, compileCalendar, type BusinessCalendar, type BusinessCalendarDefinition } from "../lib/sla/business-calendar"
import { DEFAULT_SLA_POLICY, slaPolicySchema, type SlaPolicy } from "../lib/sla/sla-policy"
import { FINESSE_AFTER_SALES_MODULE } from "../modules/finesse-after-sales"
import type FinesseAfterSalesModuleService from "../modules/finesse-after-sales/service"

/** The store's settings beside its policies (admin-edited, key "settings"). */
export type AfterSalesSettings = {
  /** Requests the policy approves go through without an agent (the Medusa return is created at once). */
  auto_approve: boolean
  /** Requests the policy refuses are refused at once, naming the rule (the customer can reply to contest). */
  auto_refuse: boolean
  /** Days after resolution during which a customer's reply reopens the case. */
  reopen_window_days: number
  priority: PriorityRules & { urgent_words: string[] }
  survey: { enabled: boolean; scale: "csat" | "nps"; delay_hours: number; channel: string; template: string }
  notifications: { agent_channel: string; customer_channel: string; notify_customer: boolean; agent_template: string; customer_template: string }
  follow_up: FollowUpRule
  /** Refunds above this (minor units) need the Finesse role "approver". */
  refund_approver_above: number
  /** Where returned goods go and how they travel (Medusa stock location and return shipping option), when set. */
  return_location_id: string | null
  return_shipping_option_id: string | null
  /** The storefront's base URL, for links in messages (the case page and the survey). */
  storefront_url: string
}

export const DEFAULT_SETTINGS: AfterSalesSettings = {
  auto_approve: true,
  auto_refuse: true,
  reopen_window_days: 14,
  priority: { ...DEFAULT_PRIORITY_RULES, urgent_words: DEFAULT_URGENT_WORDS },
  // "feed" is the channel Medusa's default (local) notification provider serves; use "email" once a provider is installed
  survey: { enabled: true, scale: "csat", delay_hours: 0, channel: "feed", template: "finesse-after-sales-survey" },
  notifications: { agent_channel: "feed", customer_channel: "feed", notify_customer: true, agent_template: "finesse-after-sales-sla", customer_template: "finesse-after-sales-case" },
  follow_up: DEFAULT_FOLLOW_UP_RULE,
  refund_approver_above: 50_000,
  return_location_id: null,
  return_shipping_option_id: null,
  storefront_url: "http://localhost:8000",
}

/** Mon-Fri 09:00-17:00 Europe/Berlin, the demo store's home. */
export const DEFAULT_CALENDAR: BusinessCalendarDefinition = {
  timeZone: "Europe/Berlin",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "09:00", close: "17:00" }]])),
  holidays: [],
}

export const settingsSchema = z
  .object({
    auto_approve: z.boolean(),
    auto_refuse: z.boolean(),
    reopen_window_days: z.number().int().min(0).max(365),
    priority: z
      .object({ highValueMinor: z.number().int().nonnegative(), highKinds: z.array(z.enum(CASE_KINDS)), urgent_words: z.array(z.string().min(2)).max(100) })
      .strict(),
    survey: z
      .object({ enabled: z.boolean(), scale: z.enum(["csat", "nps"]), delay_hours: z.number().min(0).max(720), channel: z.string().min(1), template: z.string().min(1) })
      .strict(),
    notifications: z
      .object({
        agent_channel: z.string().min(1),
        customer_channel: z.string().min(1),
        notify_customer: z.boolean(),
        agent_template: z.string().min(1),
        customer_template: z.string().min(1),
      })
      .strict(),
    follow_up: z.object({ csatAtMost: z.number().int().min(1).max(5), npsAtMost: z.number().int().min(0).max(10), reopenWithinDays: z.number().int().min(0).max(365) }).strict(),
    refund_approver_above: z.number().int().nonnegative(),
    return_location_id: z.string().min(1).nullable(),
    return_shipping_option_id: z.string().min(1).nullable(),
    storefront_url: z.string().url(),
  })
  .strict()

const policyRuleSchema = z
  .object({
    id: z.string().min(1).max(64).optional(),
    code: z.string().min(1),
    args: z.unknown().optional(),
    kinds: z.array(z.enum(RETURN_KINDS)).optional(),
    enabled: z.boolean().optional(),
  })
  .strict()

/** The shape of a stored return policy; the rules' own arguments are checked by compileReturnPolicy. */
export const returnPolicySchema = z
  .object({ rules: z.array(policyRuleSchema).max(100), defaultOutcome: z.enum(["approve", "review"]).optional(), resolutions: z.array(z.enum(RESOLUTIONS)).optional() })
  .strict()

export { businessCalendarSchema, slaPolicySchema }

export const CONFIG_KEYS = ["return_policy", "sla_policy", "business_calendar", "settings"] as const
export type ConfigKey = (typeof CONFIG_KEYS)[number]

export type AfterSalesConfig = {
  returnPolicy: ReturnPolicy
  compiledPolicy: CompiledPolicy
  slaPolicy: SlaPolicy
  calendarDefinition: BusinessCalendarDefinition
  calendar: BusinessCalendar
  settings: AfterSalesSettings
  versions: Record<ConfigKey, number>
}

function mergeSettings(stored: Partial<AfterSalesSettings> | undefined): AfterSalesSettings {
  const s = stored ?? {}
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    priority: { ...DEFAULT_SETTINGS.priority, ...(s.priority ?? {}) },
    survey: { ...DEFAULT_SETTINGS.survey, ...(s.survey ?? {}) },
    notifications: { ...DEFAULT_SETTINGS.notifications, ...(s.notifications ?? {}) },
    follow_up: { ...DEFAULT_SETTINGS.follow_up, ...(s.follow_up ?? {}) },
  }
}

let cached: { at: number; config: AfterSalesConfig } | null = null
const TTL_MS = 5_000

/** Forgets the cached configuration (after a save in this process; other processes re-read within 5 s). */
export function invalidateConfig() {
  cached = null
}

/** The configuration with defaults for what was never saved, compiled (policy, calendar) once per version. */
export async function loadConfig(container: MedusaContainer, opts: { fresh?: boolean } = {}): Promise<AfterSalesConfig> {
  if (!opts.fresh && cached && Date.now() - cached.at < TTL_MS) return cached.config
  const svc = container.resolve<FinesseAfterSalesModuleService>(FINESSE_AFTER_SALES_MODULE)
  const rows = await svc.listFinesseAfterSalesConfigs({ key: [...CONFIG_KEYS] })
  const by = new Map(rows.map((r) => [r.key, r]))
  const returnPolicy = (by.get("return_policy")?.value as ReturnPolicy | undefined) ?? DEFAULT_RETURN_POLICY
  const compiled = compileReturnPolicy(returnPolicy)
  // a stored policy is validated when saved; should a rule code disappear in an upgrade, fall back rather than fail every request
  const compiledPolicy = compiled.ok ? compiled.policy : (compileReturnPolicy(DEFAULT_RETURN_POLICY) as { ok: true; policy: CompiledPolicy }).policy
  const calendarDefinition = (by.get("business_calendar")?.value as BusinessCalendarDefinition | undefined) ?? DEFAULT_CALENDAR
  const config: AfterSalesConfig = {
    returnPolicy,
    compiledPolicy,
    slaPolicy: (by.get("sla_policy")?.value as SlaPolicy | undefined) ?? DEFAULT_SLA_POLICY,
    calendarDefinition,
    calendar: compileCalendar(calendarDefinition),
    settings: mergeSettings(by.get("settings")?.value as Partial<AfterSalesSettings> | undefined),
    versions: Object.fromEntries(CONFIG_KEYS.map((k) => [k, Number(by.get(k)?.version ?? 0)])) as Record<ConfigKey, number>,
  }
  cached = { at: Date.now(), config }
  return config
}
