import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { service } from "../../../engine/case-change"

export type SaveTermInput = {
  id?: string | null
  name: string
  product_ids?: string[] | null
  category_ids?: string[] | null
  months: number
  covers: string[]
  excludes?: string[] | null
  starts_from?: "delivery" | "order"
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v))

export const saveTermStep = createStep(
  "after-sales-save-warranty-term",
  async (input: SaveTermInput, { container }) => {
    const db = service(container).db()
    const previous = input.id ? await db("finesse_after_sales_warranty_term").where({ id: input.id }).whereNull("deleted_at").first() : null
    if (input.id && !previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `warranty term ${input.id} was not found`)
    const values = {
      name: input.name,
      product_ids: json(input.product_ids),
      category_ids: json(input.category_ids),
      months: input.months,
      covers: json(input.covers),
      excludes: json(input.excludes),
      starts_from: input.starts_from ?? "delivery",
    }
    const id = previous?.id ?? generateEntityId(undefined, "faswar")
    if (previous) await db("finesse_after_sales_warranty_term").where({ id }).update({ ...values, updated_at: new Date() })
    else await db("finesse_after_sales_warranty_term").insert({ id, ...values })
    return new StepResponse(await db("finesse_after_sales_warranty_term").where({ id }).first(), { id, previous: previous ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    if (!undo.previous) await db("finesse_after_sales_warranty_term").where({ id: undo.id }).delete()
    else {
      const p = undo.previous
      await db("finesse_after_sales_warranty_term").where({ id: undo.id }).update({ name: p.name, product_ids: json(p.product_ids), category_ids: json(p.category_ids), months: p.months, covers: json(p.covers), excludes: json(p.excludes), starts_from: p.starts_from })
    }
  }
)

export const deleteTermStep = createStep(
  "after-sales-delete-warranty-term",
  async ({ id }: { id: string }, { container }) => {
    const n = await service(container).db()("finesse_after_sales_warranty_term").where({ id }).whereNull("deleted_at").update({ deleted_at: new Date() })
    if (!n) throw new MedusaError(MedusaError.Types.NOT_FOUND, `warranty term ${id} was not found`)
    return new StepResponse({ id, deleted: true }, id)
  },
  async (id, { container }) => {
    if (id) await service(container).db()("finesse_after_sales_warranty_term").where({ id }).update({ deleted_at: null })
  }
)
