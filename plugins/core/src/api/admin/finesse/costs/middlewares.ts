import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminImportCostsBody, AdminListCostsQuery, AdminUpsertCostsBody } from "./validators"

export const adminCostsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/finesse/costs", methods: ["GET"], middlewares: [validateQuery(AdminListCostsQuery)] },
  { matcher: "/admin/finesse/costs", methods: ["POST"], middlewares: [validateBody(AdminUpsertCostsBody)] },
  {
    matcher: "/admin/finesse/costs/import",
    methods: ["POST"],
    bodyParser: { sizeLimit: "21mb" },
    middlewares: [validateBody(AdminImportCostsBody)],
  },
]
