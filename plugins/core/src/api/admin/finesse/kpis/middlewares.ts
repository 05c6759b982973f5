import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { AdminKpisQuery } from "./validators"

export const adminKpisMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/finesse/kpis",
    methods: ["GET"],
    middlewares: [validateQuery(AdminKpisQuery)],
  },
]
