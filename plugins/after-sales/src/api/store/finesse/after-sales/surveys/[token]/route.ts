import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { service } from "../../../../../../engine/case-change"
import { respondToSurveyWorkflow } from "../../../../../../workflows/surveys/respond-to-survey"

/** GET /store/finesse/after-sales/surveys/:token: the survey behind a link (its scale and the case's RMA number). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const db = service(req.scope).db()
  const s = await db("finesse_after_sales_survey").where({ token: req.params.token }).whereNull("deleted_at").first()
  if (!s) throw new MedusaError(MedusaError.Types.NOT_FOUND, "this survey link is not valid")
  const c = await db("finesse_after_sales_case").select("rma_number", "kind").where({ id: s.case_id }).first()
  res.json({ survey: { scale: s.scale, status: s.status, rma_number: c?.rma_number ?? null, kind: c?.kind ?? null, min: s.scale === "nps" ? 0 : 1, max: s.scale === "nps" ? 10 : 5 } })
}

/** POST /store/finesse/after-sales/surveys/:token { score, comment? }: answers it; a low score reopens the case or opens a follow-up. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const { result } = await respondToSurveyWorkflow(req.scope).run({ input: { token: req.params.token, score: b.score, comment: b.comment ?? null } })
  res.status(201).json({ response: { scale: result.scale, follow_up: result.follow_up.action } })
}
