import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { parseChannelSpend } from "../../../../../../../lib"
import { currencyExponent } from "../../../../../../../engine/helpers"
import { recordChannelSpendWorkflow } from "../../../../../../../workflows/channels/record-channel-spend"
import { actorOf } from "../../../helpers"

const DAY = 86_400_000

/**
 * POST /admin/finesse/promotions/channels/spend/import { csv, currency_code } — imports spend from CSV (header
 * channel, amount, campaign?, from?, to? with `to` inclusive; amounts in major units). Rows that cannot be read are
 * reported with their line and reason, the others are imported; a row without dates counts for the day of import.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ csv: string; currency_code: string }>, res: MedusaResponse) {
  const { csv, currency_code } = req.validatedBody
  const parsed = parseChannelSpend(csv, { currencyExponent: currencyExponent(currency_code) })
  if (!parsed.rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `csv: no row could be read (${parsed.errors.slice(0, 3).map((e) => `line ${e.lineNo}: ${e.reason}`).join("; ")})`)
  const today = Math.floor(Date.now() / DAY) * DAY
  const { result } = await recordChannelSpendWorkflow(req.scope).run({
    input: {
      rows: parsed.rows.map((r) => ({
        channel: r.channel,
        campaign: r.campaign ?? null,
        amount: r.amount,
        currency_code,
        starts_at: new Date(r.from ?? today),
        ends_at: new Date(r.to ?? today + DAY),
        source: "import" as const,
        created_by: actorOf(req),
      })),
    },
  })
  describeAudit(req, {
    action: "promotions.spend.imported",
    summary: `imported ${result.length} spend row(s) in ${currency_code.toUpperCase()}${parsed.errors.length ? `, ${parsed.errors.length} row(s) refused` : ""}`,
    resource_type: "channel_spend",
    changes: { imported: result.length, refused: parsed.errors.length, total: parsed.rows.reduce((s, r) => s + r.amount, 0) },
  })
  res.status(201).json({ imported: result.length, spend: result, errors: parsed.errors })
}
