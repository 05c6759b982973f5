import { z } from "@medusajs/framework/zod"
import { ROLES } from "../../../../lib/access/roles"

export const AdminAssignRoleBody = z
  .object({
    user_id: z.string().min(1),
    // null: back to the default role
    role: z.enum(ROLES).nullable(),
  })
  .strict()
export type AdminAssignRoleBodyType = z.infer<typeof AdminAssignRoleBody>
