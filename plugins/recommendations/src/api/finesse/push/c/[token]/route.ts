import { randomUUID } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyToken } from "../../../../../lib/push/tokens"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { getEngine } from "../../../../../serving/engine"
import { pushSecret } from "../../../../../serving/push-links"
import { recordPushInteractionWorkflow } from "../../../../../workflows/push/record-push-interaction"

/**
 * GET /finesse/push/c/:token — a product link in a message: counts the click (and records it as a recommendation
 * click for attribution), then redirects to the product on the storefront with the recommendation id.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const settings = await recs.getSettings()
  const shop = settings.push.storefront_url.replace(/\/$/, "")
  const t = verifyToken(pushSecret(req.scope), req.params.token)
  if (!t || t.t !== "k") return res.redirect(302, shop)
  const { result } = await recordPushInteractionWorkflow(req.scope).run({
    input: { delivery_id: t.d, kind: "click", product_id: t.p, click_id: `push-click-${t.d}-${randomUUID()}` },
  })
  await getEngine().cards.ensureBase([t.p])
  const handle = getEngine().cards.baseCard(t.p)?.handle
  const rec = result.recommendation_id ? `?rec=${encodeURIComponent(result.recommendation_id)}` : ""
  res.redirect(302, handle ? `${shop}/products/${handle}${rec}` : shop)
}
