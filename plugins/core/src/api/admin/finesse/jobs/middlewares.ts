import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminEnqueueJobBody, AdminListJobsQuery } from "./validators"

export const adminJobsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/finesse/jobs",
    methods: ["GET"],
    middlewares: [validateQuery(AdminListJobsQuery)],
  },
  {
    matcher: "/admin/finesse/jobs",
    methods: ["POST"],
    middlewares: [validateBody(AdminEnqueueJobBody)],
  },
]
