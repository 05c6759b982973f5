import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_JOBS_MODULE } from "@finesse/core/job-runtime"
import { personasOf } from "../helpers"

type Jobs = { listFinesseJobs(f: Record<string, unknown>, c?: Record<string, unknown>): Promise<Record<string, unknown>[]> }

/**
 * GET /admin/finesse/personas/overview: what the Personas page shows — the latest model, active persona cards,
 * profile totals, the RFM grid and segment counts, churn and spend distributions, and the latest recompute job.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const personas = personasOf(req)
  const [model, cards, overview, [job]] = await Promise.all([
    personas.listFinessePersonaModels({}, { take: 1, order: { version: "DESC" }, select: ["id", "version", "as_of", "currency_code", "customers", "orders", "k", "method", "silhouette", "stats", "job_id", "created_at"] }),
    personas.listFinessePersonaCards({ active: true }, { order: { size: "DESC" }, take: 50 }),
    personas.overview(),
    req.scope.resolve<Jobs>(FINESSE_JOBS_MODULE).listFinesseJobs({ kind: "personas.recompute" }, { take: 1, order: { created_at: "DESC" } }),
  ])
  res.json({
    overview: {
      model: model[0] ?? null,
      currency_code: model[0]?.currency_code ?? (await personas.storeCurrency()),
      cards,
      ...overview,
      latest_job: job ?? null,
    },
  })
}
