import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { TraitDefinition } from "../../../../../../lib/traits/trait-definition"
import { deleteTraitWorkflow } from "../../../../../../workflows/traits/delete-trait"
import { saveTraitWorkflow } from "../../../../../../workflows/traits/save-trait"
import { personasOf } from "../../helpers"
import type { AdminUpdateTraitBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [trait] = await personasOf(req).listFinessePersonaTraits({ id: req.params.id })
  if (!trait) throw new MedusaError(MedusaError.Types.NOT_FOUND, `trait ${req.params.id} was not found`)
  res.json({ trait })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTraitBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await saveTraitWorkflow(req.scope).run({
    input: { ...body, id: req.params.id, definition: body.definition as unknown as TraitDefinition | undefined },
  })
  res.json({ trait: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteTraitWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "trait", deleted: true })
}
