import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { recordChannelSpendWorkflow } from "../../../../../../workflows/channels/record-channel-spend"
import { actorOf, serviceOf } from "../../helpers"
import { formatMinor } from "../../format"

/** GET /admin/finesse/promotions/channels/spend?channel&limit&offset — spend entered or imported, newest period first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, channel } = req.validatedQuery as { limit: number; offset: number; channel?: string }
  const [spend, count] = await serviceOf(req).listAndCountFinessePromotionChannelSpends(channel ? { channel } : {}, { skip: offset, take: limit, order: { starts_at: "DESC", id: "ASC" } })
  res.json({ spend, count, offset, limit })
}

type Body = { channel: string; campaign?: string | null; amount: number; currency_code: string; starts_at: string; ends_at: string; note?: string | null }

/** POST /admin/finesse/promotions/channels/spend — records spend of a channel (minor units) over [starts_at, ends_at). */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const b = req.validatedBody
  if (!(Date.parse(b.ends_at) > Date.parse(b.starts_at))) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at: must be after starts_at")
  const { result } = await recordChannelSpendWorkflow(req.scope).run({
    input: { rows: [{ channel: b.channel, campaign: b.campaign ?? null, amount: b.amount, currency_code: b.currency_code, starts_at: new Date(b.starts_at), ends_at: new Date(b.ends_at), source: "manual", note: b.note ?? null, created_by: actorOf(req) }] },
  })
  describeAudit(req, {
    action: "promotions.spend.recorded",
    summary: `${b.channel}${b.campaign ? ` / ${b.campaign}` : ""}: ${formatMinor(b.amount, b.currency_code)} from ${b.starts_at} to ${b.ends_at}`,
    resource_type: "channel_spend",
    resource_id: result[0].id,
    changes: { channel: b.channel, campaign: b.campaign ?? null, amount: b.amount, currency_code: b.currency_code },
  })
  res.status(201).json({ spend: result[0] })
}
