import { z } from "@medusajs/framework/zod"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, "expected YYYY-MM-DD or an ISO time")

export const AuditFilterQuery = z
  .object({
    q: z.string().max(200).optional(),
    plugin: z.string().max(50).optional(),
    action: z.string().max(200).optional(),
    actor_id: z.string().max(100).optional(),
    resource_type: z.string().max(100).optional(),
    resource_id: z.string().max(200).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()

export const AdminListAuditQuery = AuditFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}).strict()
export type AdminListAuditQueryType = z.infer<typeof AdminListAuditQuery>
export type AuditFilterQueryType = z.infer<typeof AuditFilterQuery>
