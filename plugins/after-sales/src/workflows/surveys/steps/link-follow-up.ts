import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { service } from "../../../engine/case-change"

/** Notes on the survey response which case followed the low score up (the reopened one or the new follow-up). */
export const linkFollowUpStep = createStep("after-sales-link-follow-up", async ({ response_id, case_id }: { response_id: string; case_id: string }, { container }) => {
  await service(container).db()("finesse_after_sales_survey_response").where({ id: response_id }).update({ follow_up_case_id: case_id })
  return new StepResponse(case_id)
})
