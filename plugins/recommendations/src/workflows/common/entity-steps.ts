import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../modules/finesse-recommendations"

type Entity = "FinesseRecRule" | "FinesseRecExperiment" | "FinesseRecCampaign"
type Row = { id: string } & Record<string, unknown>

const svc = (container: { resolve: (k: string) => unknown }) => container.resolve(FINESSE_RECOMMENDATIONS_MODULE) as Record<string, (...a: unknown[]) => Promise<any>>

/**
 * Create, update and delete steps for one of the module's admin-edited entities, each with its compensation:
 * a create is deleted, an update is put back to the values it replaced, a soft delete is restored.
 */
export function entitySteps(entity: Entity, label: string, notFound: string) {
  const retrieve = async (container: any, id: string): Promise<Row> => {
    const [row] = await svc(container)[`list${entity}s`]({ id })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${notFound} with id: ${id} was not found`)
    return row
  }
  const create = createStep(
    `recommendations-create-${label}`,
    async (data: Record<string, unknown>, { container }) => {
      const [row] = await svc(container)[`create${entity}s`]([data])
      return new StepResponse(row as Row, row.id as string)
    },
    async (id, { container }) => {
      if (id) await svc(container)[`delete${entity}s`]([id])
    }
  )
  const update = createStep(
    `recommendations-update-${label}`,
    async (data: { id: string } & Record<string, unknown>, { container }) => {
      const prev = await retrieve(container, data.id)
      const row = await svc(container)[`update${entity}s`](data)
      const restore: Row = { id: prev.id }
      for (const k of Object.keys(data)) restore[k] = prev[k]
      return new StepResponse(row as Row, restore)
    },
    async (restore, { container }) => {
      if (restore) await svc(container)[`update${entity}s`](restore)
    }
  )
  const remove = createStep(
    `recommendations-delete-${label}`,
    async (id: string, { container }) => {
      await retrieve(container, id)
      await svc(container)[`softDelete${entity}s`]([id])
      return new StepResponse({ id, deleted: true }, id)
    },
    async (id, { container }) => {
      if (id) await svc(container)[`restore${entity}s`]([id])
    }
  )
  return { create, update, remove, retrieve }
}
