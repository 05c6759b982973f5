import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_PERSONAS_MODULE } from "../../../../../modules/finesse-personas"
import { STOREFRONT_ALLOWED_FIELDS } from "../../../../../modules/finesse-personas/options"
import type FinessePersonasModuleService from "../../../../../modules/finesse-personas/service"

/**
 * GET /store/finesse/personas/me: the logged-in customer's own profile, limited to the storefront fields of the
 * plugin options (never model scores unless configured, never another customer: the id is the session's).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const personas = req.scope.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const customerId = req.auth_context.actor_id
  const fields = personas.options().storefrontFields.filter((f) => STOREFRONT_ALLOWED_FIELDS.includes(f))
  const [row] = await personas.getProfiles([customerId])
  const iso = (v: unknown) => (typeof v === "number" ? new Date(v).toISOString() : (v ?? null))
  const profile: Record<string, unknown> = { customer_id: customerId, computed_at: row ? iso(row.computed_at) : null }
  for (const f of fields) {
    const v = row ? (row as unknown as Record<string, unknown>)[f] : null
    profile[f] = f.endsWith("_at") ? iso(v) : (v ?? null)
  }
  res.json({ profile })
}
