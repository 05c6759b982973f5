import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewSegment } from "../../../../../../engine/segments"
import { personasOf } from "../../helpers"
import type { AdminPreviewSegmentBodyType } from "../../validators"

/**
 * POST /admin/finesse/personas/segments/preview { rules, score?, segment_id?, sample_size? }: who the rules match
 * now (count, share, breakdown by persona and RFM segment, a sample) without saving anything. 400 names a bad rule.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPreviewSegmentBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const preview = await previewSegment(personasOf(req), { rules: b.rules, score: b.score ?? undefined }, { segmentId: b.segment_id, sample: b.sample_size })
  res.json({ preview })
}
