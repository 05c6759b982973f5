import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsubscribeWithToken } from "../../../../../serving/unsubscribe"

/**
 * POST /store/finesse/push/unsubscribe { token, all? } — the storefront's unsubscribe page: the token from the
 * message's unsubscribe link, no sign-in needed. (Mail clients' one-click unsubscribe posts to
 * /finesse/push/unsubscribe?token=…, which needs no publishable key.)
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as { token: string; all?: boolean }
  res.json({ unsubscribed: await unsubscribeWithToken(req.scope, body.token, !!body.all) })
}
