import { z } from "@medusajs/framework/zod"

/** Erasing cannot be undone: the caller says so. */
export const AdminEraseCustomerBody = z.object({ confirm: z.literal(true) }).strict()
