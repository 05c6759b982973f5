import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"
import { costsImportJob } from "../../../queues/costs-import/definition"

export const createImportFileStep = createStep(
  "core-create-import-file",
  async (input: { csv: string; filename: string | null; created_by: string | null }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const file = await data.createFinesseImportFiles({
      kind: "costs",
      filename: input.filename,
      content: input.csv,
      size_bytes: Buffer.byteLength(input.csv),
      created_by: input.created_by,
    })
    return new StepResponse({ id: file.id, filename: file.filename, size_bytes: file.size_bytes }, file.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE).deleteFinesseImportFiles(id)
  }
)

export const enqueueCostsImportStep = createStep(
  "core-enqueue-costs-import",
  async (input: { import_id: string; updated_by: string | null }, { container }) => {
    const job = await costsImportJob.enqueue(container, input)
    return new StepResponse(job)
  }
)
