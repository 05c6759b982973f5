import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { LEAD_TIME_COLUMNS } from "../../../../../../lib/supply/lead-time-csv"
import { saveLeadTimesWorkflow } from "../../../../../../workflows/lead-times/save-lead-times"
import type { AdminLeadTimeImportBodyType } from "../../validators"

/**
 * POST /admin/finesse/catalog/lead-times/import { csv, filename? } → 200 { imported, replaced, lines, errors }: the
 * valid lines are stored; every other line comes back with its line number (the header is line 1), field and
 * what is wrong. Columns: see LEAD_TIME_COLUMNS (sku or variant_id, location, supplier, lead_time_days, …).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminLeadTimeImportBodyType>, res: MedusaResponse) {
  const { result } = await saveLeadTimesWorkflow(req.scope).run({ input: { csv: req.validatedBody.csv, source: "import", updated_by: finesseActor(req).actor_id, partial: true } })
  describeAudit(req, {
    action: "catalog.lead_times.imported",
    summary: `Lead times imported${req.validatedBody.filename ? ` from ${req.validatedBody.filename}` : ""}: ${result.rows.length} of ${result.lines} lines stored, ${result.errors.length} with errors`,
    resource_type: "finesse_catalog_lead_time",
    changes: { imported: result.rows.length, replaced: result.replaced, errors: result.errors.length, filename: req.validatedBody.filename ?? null },
  })
  res.json({ imported: result.rows.length, replaced: result.replaced, lines: result.lines, errors: result.errors, columns: LEAD_TIME_COLUMNS })
}
