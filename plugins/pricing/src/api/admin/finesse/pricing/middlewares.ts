import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireFinesseRole } from "@finesse/core/access"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import * as v from "./validators"

const base = "/admin/finesse/pricing"
const get = (path: string, schema: Parameters<typeof validateQuery>[0] = v.ListQuery): MiddlewareRoute => ({ matcher: `${base}${path}`, methods: ["GET"], middlewares: [validateQuery(schema)] })
const post = (path: string, schema: Parameters<typeof validateBody>[0], extra: Partial<MiddlewareRoute> = {}, before: MiddlewareRoute["middlewares"] = []): MiddlewareRoute => ({
  matcher: `${base}${path}`,
  methods: ["POST"],
  middlewares: [...(before ?? []), validateBody(schema)],
  ...extra,
})

// core checks the Finesse role of every /admin/finesse route (reads: analyst, writes: operator); routes that need
// more say so here (settings) or decide by the amounts involved in the route (apply, approve, kill switch off)
export const adminPricingMiddlewares: MiddlewareRoute[] = [
  get("/overview", v.EmptyBody),
  get("/settings", v.EmptyBody),
  post("/settings", v.SettingsBody, {}, [requireFinesseRole("approver")]),
  post("/kill-switch", v.KillSwitchBody),
  get("/strategies", v.EmptyBody),
  get("/assignments", v.AssignmentsQuery),
  post("/assignments", v.AssignmentBody),
  post("/assignments/:id", v.AssignmentBody),
  get("/response-rules"),
  post("/response-rules", v.ResponseRuleBody),
  post("/response-rules/:id", v.ResponseRuleBody),
  get("/competitors"),
  post("/competitors", v.CompetitorBody),
  post("/competitors/:id", v.UpdateCompetitorBody),
  get("/matches", v.MatchesQuery),
  post("/matches", v.MatchBody),
  get("/observations", v.ObservationsQuery),
  post("/observations", v.ObservationsBody, { bodyParser: { sizeLimit: "8mb" } }),
  post("/observations/import", v.ImportBody, { bodyParser: { sizeLimit: "21mb" } }),
  post("/fetch", v.FetchBody),
  get("/limits", v.LimitsQuery),
  post("/limits", v.LimitsBody, { bodyParser: { sizeLimit: "4mb" } }),
  post("/reprice", v.RepriceBody),
  post("/elasticity", v.ElasticityBody),
  get("/elasticities", v.ElasticitiesQuery),
  get("/batches", v.BatchesQuery),
  get("/batches/:id", v.EmptyBody),
  get("/batches/:id/proposals", v.ProposalsQuery),
  get("/batches/:id/changes", v.ListQuery),
  get("/batches/:id/effect", v.EmptyBody),
  post("/batches/:id/approve", v.DecideBody, { bodyParser: { sizeLimit: "2mb" } }),
  post("/batches/:id/reject", v.DecideBody, { bodyParser: { sizeLimit: "2mb" } }),
  post("/batches/:id/apply", v.EmptyBody),
  post("/batches/:id/rollback", v.EmptyBody),
  post("/batches/:id/discard", v.EmptyBody),
  get("/alerts", v.AlertsQuery),
  post("/alerts/run", v.EmptyBody),
  post("/alerts/:id/acknowledge", v.EmptyBody),
  get("/price-index", v.PriceIndexQuery),
  get("/products/:id", v.ProductViewQuery),
  get("/products/:id/effect", v.EmptyBody),
  get("/imports/:id", v.EmptyBody),
]
