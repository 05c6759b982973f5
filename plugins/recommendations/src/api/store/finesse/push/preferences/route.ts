import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { setConsentWorkflow } from "../../../../../workflows/push/set-consent"

const shape = (c: { email: boolean; sms: boolean; feed: boolean; unsubscribed_at: Date | null } | undefined) => ({
  email: c?.email ?? false,
  sms: c?.sms ?? false,
  feed: c?.feed ?? false,
  unsubscribed_at: c?.unsubscribed_at ?? null,
})

/** GET /store/finesse/push/preferences — the signed-in customer's consent to personalised messages, per channel. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const consent = (await recs.consentsOf([req.auth_context.actor_id])).get(req.auth_context.actor_id)
  res.json({ preferences: shape(consent) })
}

/** POST /store/finesse/push/preferences — give or withdraw consent per channel ({ email, sms, feed }). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setConsentWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, values: req.validatedBody as { email?: boolean; sms?: boolean; feed?: boolean }, source: "storefront" },
  })
  res.json({ preferences: shape(result) })
}
