import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { actorOf, body, startJob, svcOf } from "../../helpers"

/**
 * POST /admin/finesse/pricing/observations/import { csv, filename? } → 202 { job, import }. Columns: competitor,
 * price (major units), currency_code, and one of variant_id / sku / gtin / offer_id; optional in_stock, observed_at,
 * url. The job's result lists every bad line with its field.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<{ csv: string; filename?: string }>(req)
  const [file] = await svcOf(req).createFinessePricingImports([{ filename: b.filename ?? null, content: b.csv, size_bytes: Buffer.byteLength(b.csv), created_by: actorOf(req).actor_id }])
  describeAudit(req, { action: "pricing.observations.import_started", summary: `observation CSV ${b.filename ?? ""} uploaded (${Buffer.byteLength(b.csv)} bytes)`, resource_type: "finesse_pricing_import", resource_id: file.id })
  const original = res.json.bind(res)
  ;(res as any).json = (payload: any) => original({ ...payload, import: { id: file.id, filename: file.filename, size_bytes: file.size_bytes, status: file.status } })
  await startJob(req, res, { kind: "pricing.observations-import", payload: { import_id: file.id } })
}
