import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { FINESSE_RISK_MODULE } from "../../../modules/finesse-risk"
import type FinesseRiskModuleService from "../../../modules/finesse-risk/service"

type Input = { id: string; status: "approved" | "cancelled"; reviewed_by: string | null; note?: string | null }

/**
 * Decides a held assessment, only if it is still pending (a second reviewer at the same moment gets 409 from the
 * load step or nothing here); the compensation puts it back in the queue.
 */
export const setReviewStatusStep = createStep(
  "risk-set-review-status",
  async (input: Input, { container }) => {
    const risk = container.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)
    const note = input.note ? fieldCipher(container).encrypt(input.note) : null
    const r = await risk.db().raw(
      `update finesse_risk_assessment set review_status = ?, reviewed_by = ?, reviewed_at = now(), review_note = ?, updated_at = now()
        where id = ? and review_status = 'pending' and deleted_at is null returning id`,
      [input.status, input.reviewed_by, note, input.id]
    )
    return new StepResponse({ id: input.id, changed: r.rows.length > 0 }, r.rows.length ? input.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    const risk = container.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)
    await risk.db().raw(
      `update finesse_risk_assessment set review_status = 'pending', reviewed_by = null, reviewed_at = null, review_note = null, updated_at = now() where id = ?`,
      [id]
    )
  }
)
