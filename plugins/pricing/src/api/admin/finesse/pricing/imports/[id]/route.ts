import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { svcOf } from "../../helpers"

/** GET /admin/finesse/pricing/imports/:id — an observation import and its result (per-line errors). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [file] = await svcOf(req).listFinessePricingImports({ id: req.params.id }, { take: 1, select: ["id", "filename", "size_bytes", "status", "result", "created_by", "created_at"] })
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import with id: ${req.params.id} was not found`)
  res.json({ import: file })
}
