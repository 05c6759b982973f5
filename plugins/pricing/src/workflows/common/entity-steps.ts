import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PRICING_MODULE } from "../../modules/finesse-pricing"

type Entity = "FinessePricingAssignment" | "FinessePricingCompetitor" | "FinessePricingProductMatch" | "FinessePricingResponseRule"
type Row = { id: string } & Record<string, unknown>

const svc = (container: { resolve: (k: string) => unknown }) => container.resolve(FINESSE_PRICING_MODULE) as Record<string, (...a: unknown[]) => Promise<any>>

/**
 * Create, update and delete workflows for one of the module's admin-edited rows, each step with its compensation
 * (a create is deleted, an update puts back what it replaced, a soft delete is restored).
 */
export function entityWorkflows(entity: Entity, label: string, notFound: string, json: { table: string; fields: string[] } | null = null) {
  // MedusaService's method names use the plural of the model's name (…Matches, …Rules)
  const plural = /(ch|sh|s|x)$/.test(entity) ? `${entity}es` : `${entity}s`
  // Medusa merges an update into a JSON column; an edited rule's arguments must replace the old ones, not mix with them
  const replaceJson = async (container: any, row: Record<string, unknown>) => {
    if (!json) return
    const db = (svc(container) as any).connection()
    for (const f of json.fields) {
      if (!(f in row)) continue
      await db.raw(`update "${json.table}" set "${f}" = ?::jsonb where id = ?`, [row[f] === null || row[f] === undefined ? null : JSON.stringify(row[f]), row.id])
    }
  }
  const retrieve = async (container: any, id: string): Promise<Row> => {
    const [row] = await svc(container)[`list${plural}`]({ id }, { take: 1 })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${notFound} with id: ${id} was not found`)
    return row
  }
  const createRow = createStep(
    `pricing-create-${label}`,
    async (data: Record<string, unknown>, { container }) => {
      const [row] = await svc(container)[`create${plural}`]([data])
      return new StepResponse(row as Row, row.id as string)
    },
    async (id, { container }) => {
      if (id) await svc(container)[`delete${plural}`]([id])
    }
  )
  const updateRow = createStep(
    `pricing-update-${label}`,
    async (data: { id: string } & Record<string, unknown>, { container }) => {
      const prev = await retrieve(container, data.id)
      await svc(container)[`update${plural}`](data)
      await replaceJson(container, data)
      const restore: Row = { id: prev.id }
      for (const k of Object.keys(data)) restore[k] = prev[k]
      return new StepResponse(await retrieve(container, data.id), restore)
    },
    async (restore, { container }) => {
      if (!restore) return
      await svc(container)[`update${plural}`](restore)
      await replaceJson(container, restore)
    }
  )
  const deleteRow = createStep(
    `pricing-delete-${label}`,
    async (id: string, { container }) => {
      await retrieve(container, id)
      await svc(container)[`softDelete${plural}`]([id])
      return new StepResponse({ id, deleted: true }, id)
    },
    async (id, { container }) => {
      if (id) await svc(container)[`restore${plural}`]([id])
    }
  )
  return {
    retrieve,
    create: createWorkflow(`pricing-create-${label}`, (input: Record<string, unknown>) => new WorkflowResponse(createRow(input))),
    update: createWorkflow(`pricing-update-${label}`, (input: { id: string } & Record<string, unknown>) => new WorkflowResponse(updateRow(input))),
    remove: createWorkflow(`pricing-delete-${label}`, (input: { id: string }) => new WorkflowResponse(deleteRow(input.id))),
  }
}

export const assignmentWorkflows = entityWorkflows("FinessePricingAssignment", "assignment", "Strategy assignment", { table: "finesse_pricing_assignment", fields: ["args"] })
export const competitorWorkflows = entityWorkflows("FinessePricingCompetitor", "competitor", "Competitor", { table: "finesse_pricing_competitor", fields: ["fetcher_config"] })
export const matchWorkflows = entityWorkflows("FinessePricingProductMatch", "product-match", "Product match")
export const responseRuleWorkflows = entityWorkflows("FinessePricingResponseRule", "response-rule", "Response rule")
