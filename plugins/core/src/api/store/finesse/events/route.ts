import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_DATA_MODULE } from "../../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../../modules/finesse-data/service"
import { RateLimited, type IncomingEvent } from "../../../../modules/finesse-data/store/ingest"
import type { StoreEventsBodyType } from "./validators"

/**
 * POST /store/finesse/events — a batch of up to 500 storefront behaviour events (publishable key required; a logged-in
 * customer is attached). Answers what was stored, skipped as a re-send, dropped or flagged by cleaning.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreEventsBodyType>, res: MedusaResponse) {
  const data = req.scope.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  const events = req.validatedBody.events as unknown as IncomingEvent[]
  const ipHash = data.hashIp(req.ip)
  try {
    await data.checkEventRate(events, ipHash)
  } catch (e) {
    if (e instanceof RateLimited) {
      res.setHeader("Retry-After", String(Math.ceil(e.retryAfterMs / 1000)))
      res.status(429).json({ type: "rate_limited", message: e.message, field: e.scope })
      return
    }
    throw e
  }
  const channels = (req as unknown as { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context
    ?.sales_channel_ids
  const result = await data.ingestEvents({
    events,
    customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    sales_channel_id: channels?.length === 1 ? channels[0] : null,
    ip_hash: ipHash,
    user_agent: req.get("user-agent") ?? null,
  })
  res.status(200).json(result)
}
