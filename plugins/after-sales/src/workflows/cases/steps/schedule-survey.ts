import { randomBytes } from "node:crypto"
import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadConfig } from "../../../engine/config"
import { service } from "../../../engine/case-change"

/**
 * Schedules the satisfaction survey of a resolved case (sent by the surveys job after the configured delay), once
 * per case: a case resolved again after a reopen keeps its first survey.
 */
export const scheduleSurveyStep = createStep(
  "after-sales-schedule-survey",
  async ({ case_id, customer_id, at }: { case_id: string; customer_id: string | null; at: number }, { container }) => {
    const { settings } = await loadConfig(container)
    if (!settings.survey.enabled || !customer_id) return new StepResponse<string | null, string | null>(null, null)
    const db = service(container).db()
    const existing = await db("finesse_after_sales_survey").where({ case_id }).whereNull("deleted_at").first()
    if (existing) return new StepResponse<string | null, string | null>(existing.id as string, null)
    const id = generateEntityId(undefined, "fassur")
    await db("finesse_after_sales_survey").insert({
      id,
      case_id,
      customer_id,
      token: randomBytes(18).toString("base64url"),
      scale: settings.survey.scale,
      status: "scheduled",
      send_at: new Date(at + settings.survey.delay_hours * 3_600_000),
      created_at: new Date(at),
      updated_at: new Date(at),
    })
    await db("finesse_after_sales_case").where({ id: case_id }).update({ survey_status: "scheduled" })
    return new StepResponse<string | null, string | null>(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const db = service(container).db()
    const s = await db("finesse_after_sales_survey").where({ id }).first()
    await db("finesse_after_sales_survey").where({ id }).delete()
    if (s) await db("finesse_after_sales_case").where({ id: s.case_id }).update({ survey_status: null })
  }
)
