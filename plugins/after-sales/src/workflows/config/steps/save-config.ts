import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatIssues } from "@finesse/core/api/utils/validation"
import { compileReturnPolicy } from "../../../lib/policy/compile-policy"
import type { ReturnPolicy } from "../../../lib/policy/policy-types"
import { validateCalendar } from "../../../lib/sla/business-calendar"
import { businessCalendarSchema, invalidateConfig, returnPolicySchema, settingsSchema, slaPolicySchema, type ConfigKey } from "../../../engine/config"
import { service, type WorkflowActor } from "../../../engine/case-change"

export type SaveConfigInput = { key: ConfigKey; value: unknown; actor: WorkflowActor }

const SCHEMAS = { return_policy: returnPolicySchema, sla_policy: slaPolicySchema, business_calendar: businessCalendarSchema, settings: settingsSchema }

const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

/**
 * Checks a configuration value (the shape, then the return policy's rules and arguments against the registry, the
 * calendar's hours and time zone) and saves it as the next version; the 400 names the rule and field at fault.
 */
export const saveConfigStep = createStep(
  "after-sales-save-config",
  async (input: SaveConfigInput, { container }) => {
    const parsed = SCHEMAS[input.key].safeParse(input.value)
    if (!parsed.success) throw invalid(formatIssues(parsed.error.issues.map((i) => ({ ...i, path: [input.key, ...i.path] })) as any))
    if (input.key === "return_policy") {
      const c = compileReturnPolicy(parsed.data as ReturnPolicy)
      if (!c.ok) throw invalid(`Invalid request: ${c.issues.map((i) => `return_policy.rules[${i.index}]${i.path ? `.${i.path}` : ""}: ${i.message} (rule ${i.ruleId ?? "?"})`).join("; ")}`)
    }
    if (input.key === "business_calendar") {
      const problems = validateCalendar(parsed.data)
      if (problems.length) throw invalid(`Invalid request: business_calendar: ${problems.join("; ")}`)
    }
    const db = service(container).db()
    const previous = await db("finesse_after_sales_config").where({ key: input.key }).whereNull("deleted_at").first()
    const version = Number(previous?.version ?? 0) + 1
    if (previous) {
      await db("finesse_after_sales_config").where({ id: previous.id }).update({ value: JSON.stringify(parsed.data), version, updated_by: input.actor.id, updated_at: new Date() })
    } else {
      await db("finesse_after_sales_config").insert({ id: generateEntityId(undefined, "fascfg"), key: input.key, value: JSON.stringify(parsed.data), version, updated_by: input.actor.id })
    }
    invalidateConfig()
    return new StepResponse({ key: input.key, version, value: parsed.data }, { key: input.key, previous: previous ? { id: previous.id, value: previous.value, version: previous.version, updated_by: previous.updated_by } : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    if (undo.previous) await db("finesse_after_sales_config").where({ id: undo.previous.id }).update({ value: JSON.stringify(undo.previous.value), version: undo.previous.version, updated_by: undo.previous.updated_by })
    else await db("finesse_after_sales_config").where({ key: undo.key }).delete()
    invalidateConfig()
  }
)
