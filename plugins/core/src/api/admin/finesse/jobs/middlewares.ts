import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminEnqueueJobBody, AdminListJobsQuery } from "./validators"

export const adminJobsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/finesse/jobs",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListJobsQuery, { isList: true, defaults: ["id"] })],
  },
  {
    matcher: "/admin/finesse/jobs",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminEnqueueJobBody)],
  },
]
