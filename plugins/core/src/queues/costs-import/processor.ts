import { defineProcessor, PermanentJobError } from "../../job-runtime"
import { parseCostCsv } from "../../lib/costs/parse-cost-csv"
import { toMinor } from "../../lib/money/minor-units"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { factsRecostJob } from "../facts-recost/definition"
import { costsImportJob } from "./definition"

const MAX_REPORTED_ERRORS = 200

export default defineProcessor(costsImportJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  const [file] = await data.listFinesseImportFiles({ id: job.payload.import_id })
  if (!file) throw new PermanentJobError(`import ${job.payload.import_id} was not found`)
  await job.progress(5, "reading the file")
  const parsed = parseCostCsv(file.content)
  if (parsed.fatal) throw new PermanentJobError(parsed.fatal)
  const errors = [...parsed.errors]

  // resolve SKUs and check variant ids
  const bySku = await data.variantIdsBySku(parsed.rows.filter((r) => !r.variant_id).map((r) => r.sku!))
  const known = await data.existingVariantIds(parsed.rows.filter((r) => r.variant_id).map((r) => r.variant_id!))
  const good: { variant_id: string; currency_code: string; amount: number }[] = []
  for (const r of parsed.rows) {
    const variantId = r.variant_id ?? bySku.get(r.sku!)
    if (!variantId || (r.variant_id && !known.has(r.variant_id))) {
      errors.push({ line: r.line, message: r.variant_id ? `unknown variant_id ${r.variant_id}` : `no variant has the sku ${r.sku}` })
      continue
    }
    good.push({ variant_id: variantId, currency_code: r.currency_code, amount: toMinor(r.cost, r.currency_code) })
  }
  errors.sort((a, b) => a.line - b.line)

  const chunk = 1000
  for (let i = 0; i < good.length; i += chunk) {
    await data.upsertVariantCosts(good.slice(i, i + chunk).map((g) => ({ ...g, source: "import" as const, updated_by: job.payload.updated_by })))
    await job.progress(10 + (85 * Math.min(good.length, i + chunk)) / Math.max(1, good.length), `${Math.min(good.length, i + chunk)} of ${good.length} costs imported`)
  }
  if (good.length) {
    await factsRecostJob.enqueue(job.container, {
      variant_ids: [...new Set(good.map((g) => g.variant_id))].slice(0, 20_000),
      changed_at: `import-${job.payload.import_id}`,
    })
  }
  return {
    imported: good.length,
    skipped: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errors_truncated: errors.length > MAX_REPORTED_ERRORS,
  }
})
