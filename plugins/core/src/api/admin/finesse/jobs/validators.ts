import { z } from "@medusajs/framework/zod"
import { JOB_STATES } from "../../../../job-runtime/types"

/** `a,b` or repeated params → string[] */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
    z.array(item).max(50)
  )

export const AdminListJobsQuery = z
  .object({
    kind: list(z.string().min(1)).optional(),
    state: list(z.enum(JOB_STATES)).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "updated_at", "-updated_at"]).default("-created_at"),
  })
  .strict()
export type AdminListJobsQueryType = z.infer<typeof AdminListJobsQuery>

export const AdminEnqueueJobBody = z
  .object({
    kind: z.string().min(1),
    payload: z.record(z.string(), z.unknown()).default({}),
    job_id: z.string().min(1).max(200).optional(),
  })
  .strict()
export type AdminEnqueueJobBodyType = z.infer<typeof AdminEnqueueJobBody>
