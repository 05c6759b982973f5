import { z } from "@medusajs/framework/zod"
import { alertConfigSchema } from "../competitors/alerts"
import { guardrailConfigSchema } from "../guardrails/registry"
import { priceEndingSchema } from "../money/price-ending"

/**
 * The store's pricing settings as the admin edits them (one JSON document). Guardrails and alerts are the lib's
 * own schemas; the rest says how proposals are approved:
 * - auto_approve_max_step_pct: a valid proposal whose |step| is at most this is approved by the run itself
 *   (0 = every proposal waits for a person);
 * - approver_step_pct: applying a batch whose largest |step| is above this needs the Finesse role "approver";
 * - auto_apply: the run applies its auto-approved proposals at once when nothing in it waits for a person.
 */
export const pricingSettingsSchema = z
  .object({
    guardrails: guardrailConfigSchema.default({}),
    auto_approve_max_step_pct: z.number().min(0).max(50).default(2),
    approver_step_pct: z.number().min(0).max(500).default(10),
    auto_apply: z.boolean().default(false),
    default_ending: priceEndingSchema.default("none"),
    alerts: alertConfigSchema.default(() => alertConfigSchema.parse({ undercut: {}, price_war: {}, competitor_out_of_stock: {} })),
    /** competitor quotes older than this are not read by a run at all (strategies have their own, shorter limits) */
    quote_max_age_days: z.number().positive().max(365).default(30),
    /** the reference period of the expected volume and margin change */
    baseline_days: z.number().int().min(7).max(365).default(28),
  })
  .strict()

export type PricingSettings = z.infer<typeof pricingSettingsSchema>
export type PricingSettingsInput = z.input<typeof pricingSettingsSchema>

export const DEFAULT_PRICING_SETTINGS: PricingSettings = pricingSettingsSchema.parse({})

/** Stored settings with defaults filled; a stored document that no longer parses falls back field by field. */
export function readPricingSettings(stored: unknown): PricingSettings {
  const r = pricingSettingsSchema.safeParse(stored ?? {})
  if (r.success) return r.data
  const out: Record<string, unknown> = { ...DEFAULT_PRICING_SETTINGS }
  const raw = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>
  for (const k of Object.keys(DEFAULT_PRICING_SETTINGS)) {
    const one = pricingSettingsSchema.safeParse({ [k]: raw[k] })
    if (one.success && raw[k] !== undefined) out[k] = (one.data as Record<string, unknown>)[k]
  }
  return out as PricingSettings
}

/** Whether the store-wide kill switch is on. */
export function killSwitchOn(s: PricingSettings): boolean {
  return s.guardrails.kill_switch?.enabled === true
}
