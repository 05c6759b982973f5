import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteSegmentWorkflow } from "../../../../../../workflows/segments/delete-segment"
import { updateSegmentWorkflow } from "../../../../../../workflows/segments/update-segment"
import { personasOf } from "../../helpers"
import type { AdminUpdateSegmentBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [segment] = await personasOf(req).listFinessePersonaSegments({ id: req.params.id })
  if (!segment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `segment ${req.params.id} was not found`)
  res.json({ segment })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSegmentBodyType>, res: MedusaResponse) {
  const { result } = await updateSegmentWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ segment: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSegmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "segment", deleted: true })
}
