import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyToken } from "../../../../../lib/push/tokens"
import { pushSecret } from "../../../../../serving/push-links"
import { recordPushInteractionWorkflow } from "../../../../../workflows/push/record-push-interaction"

// a transparent 1×1 GIF
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64")

/** GET /finesse/push/o/:token — the open pixel of a message (outside /store: mail clients send no publishable key). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const t = verifyToken(pushSecret(req.scope), req.params.token.replace(/\.gif$/, ""))
  if (t?.t === "o") {
    await recordPushInteractionWorkflow(req.scope).run({ input: { delivery_id: t.d, kind: "open" } }).catch(() => undefined)
  }
  res.setHeader("Content-Type", "image/gif")
  res.setHeader("Cache-Control", "no-store, max-age=0")
  res.status(200).send(PIXEL)
}
