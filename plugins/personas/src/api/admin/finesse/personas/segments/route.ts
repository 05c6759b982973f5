import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSegmentWorkflow } from "../../../../../workflows/segments/create-segment"
import { actorOf, personasOf } from "../helpers"
import type { AdminCreateSegmentBodyType, AdminListQueryType } from "../validators"

/** GET /admin/finesse/personas/segments?q&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q } = req.validatedQuery as AdminListQueryType
  const filters = q ? { name: { $ilike: `%${q}%` } } : {}
  const [segments, count] = await personasOf(req).listAndCountFinessePersonaSegments(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "ASC" },
  })
  res.json({ segments, count, offset, limit })
}

/** POST /admin/finesse/personas/segments → 201; members are computed by the segments job right after. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSegmentBodyType>, res: MedusaResponse) {
  const { result } = await createSegmentWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: actorOf(req) } })
  res.status(201).json({ segment: result })
}
