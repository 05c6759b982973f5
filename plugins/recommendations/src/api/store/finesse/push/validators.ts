import { z } from "@medusajs/framework/zod"

export const PreferencesBody = z.object({ email: z.boolean(), sms: z.boolean(), feed: z.boolean() }).partial().strict()
export const UnsubscribeBody = z
  .object({
    token: z.string().min(10).max(1000),
    // unsubscribe from every channel, not only the message's
    all: z.boolean().optional(),
  })
  .strict()
