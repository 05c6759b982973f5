import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_CATALOG_MODULE } from "../../../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../../../modules/finesse-catalog/service"
import type { LeadTimeInput, LeadTimeRow } from "../../../modules/finesse-catalog/store/lead-times"

/** Stores supplier terms (replacing the same variant × location's); compensation restores what was replaced. */
export const upsertLeadTimesStep = createStep(
  "catalog-upsert-lead-times",
  async (rows: LeadTimeInput[], { container }) => {
    const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
    const { rows: stored, replaced } = await svc.upsertLeadTimes(rows)
    return new StepResponse({ rows: stored, replaced }, { created: stored.map((r) => r.id), replaced })
  },
  async (data: { created: string[]; replaced: LeadTimeRow[] } | undefined, { container }) => {
    if (!data) return
    await container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE).restoreLeadTimes(data.created, data.replaced)
  }
)

/** Deletes supplier terms by id; compensation puts them back. */
export const deleteLeadTimesStep = createStep(
  "catalog-delete-lead-times",
  async (ids: string[], { container }) => {
    const deleted = await container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE).deleteLeadTimes(ids)
    return new StepResponse(deleted, deleted)
  },
  async (deleted: LeadTimeRow[] | undefined, { container }) => {
    if (!deleted?.length) return
    await container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE).restoreLeadTimes([], deleted)
  }
)
