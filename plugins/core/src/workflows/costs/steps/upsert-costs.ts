import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"

export type CostInput = { variant_id: string; currency_code: string; amount: number }

type Previous = { variant_id: string; currency_code: string; amount: number | null; source: string | null; updated_by: string | null }[]

/** Upserts costs after checking every variant exists; compensation restores the previous values. */
export const upsertCostsStep = createStep(
  "core-upsert-costs",
  async (input: { costs: CostInput[]; updated_by: string | null; source?: "manual" | "import" }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const known = await data.existingVariantIds(input.costs.map((c) => c.variant_id))
    const bad = input.costs.findIndex((c) => !known.has(c.variant_id))
    if (bad >= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `costs[${bad}].variant_id: no variant ${input.costs[bad].variant_id}`)
    }
    const rows = input.costs.map((c) => ({ ...c, currency_code: c.currency_code.toLowerCase() }))
    const before = await data.listFinesseVariantCosts({ variant_id: rows.map((r) => r.variant_id) })
    const previous: Previous = rows.map((r) => {
      const b = before.find((x) => x.variant_id === r.variant_id && x.currency_code === r.currency_code)
      return { variant_id: r.variant_id, currency_code: r.currency_code, amount: b?.amount ?? null, source: b?.source ?? null, updated_by: b?.updated_by ?? null }
    })
    await data.upsertVariantCosts(rows.map((r) => ({ ...r, source: input.source ?? "manual", updated_by: input.updated_by })))
    const saved = await data.listFinesseVariantCosts({ variant_id: rows.map((r) => r.variant_id) })
    return new StepResponse(
      saved.filter((s) => rows.some((r) => r.variant_id === s.variant_id && r.currency_code === s.currency_code)),
      previous
    )
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous?.length) return
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const restore = previous.filter((p) => p.amount !== null)
    if (restore.length) {
      await data.upsertVariantCosts(
        restore.map((p) => ({ variant_id: p.variant_id, currency_code: p.currency_code, amount: p.amount!, source: (p.source ?? "manual") as "manual", updated_by: p.updated_by }))
      )
    }
    for (const p of previous.filter((x) => x.amount === null)) {
      const rows = await data.listFinesseVariantCosts({ variant_id: p.variant_id, currency_code: p.currency_code })
      if (rows.length) await data.deleteFinesseVariantCosts(rows.map((r) => r.id))
    }
  }
)
