import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { parseRateCsv } from "../../../../../../lib/rates/rate-csv"
import { svcOf } from "../../helpers"
import type { ImportRatesBodyType } from "../../validators"

/**
 * POST /admin/finesse/logistics/rates/import {csv, replace} — a carrier's rate sheet as CSV. Bad lines are listed
 * and skipped; a file without one good line is refused. Unknown carriers are created with their code as name.
 */
export async function POST(req: AuthenticatedMedusaRequest<ImportRatesBodyType>, res: MedusaResponse) {
  const parsed = parseRateCsv(req.validatedBody.csv)
  if (!parsed.rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: csv: no usable rate (${parsed.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join("; ")})`)
  const svc = svcOf(req)
  const codes = [...new Set(parsed.rows.map((r) => r.carrier_code))]
  const known = new Set((await svc.listFinesseLogisticsCarriers({ code: codes })).map((c: any) => c.code))
  const created = codes.filter((c) => !known.has(c))
  if (created.length) await svc.createFinesseLogisticsCarriers(created.map((code) => ({ code, name: code, active: true })) as any)
  let replaced = 0
  if (req.validatedBody.replace) {
    const r = await svc.db().raw(`update finesse_logistics_rate set deleted_at = now() where carrier_code = any(?) and deleted_at is null returning id`, [codes])
    replaced = r.rows.length
  }
  for (let i = 0; i < parsed.rows.length; i += 500) await svc.createFinesseLogisticsRates(parsed.rows.slice(i, i + 500) as any)
  svc.invalidate()
  describeAudit(req, {
    action: "logistics.rates.imported",
    summary: `${parsed.rows.length} rates imported for ${codes.join(", ")}${replaced ? ` (replacing ${replaced})` : ""}; ${parsed.errors.length} lines skipped`,
    resource_type: "finesse_logistics_rate",
    changes: { carriers: codes, rows: parsed.rows.length, replaced, skipped: parsed.errors.length },
  })
  res.json({ imported: parsed.rows.length, replaced, carriers_created: created, errors: parsed.errors, lines: parsed.lines })
}
