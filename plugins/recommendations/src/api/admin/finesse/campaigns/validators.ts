import { z } from "@medusajs/framework/zod"
import { TRIGGERS } from "../../../../lib/push/triggers"

const params = z
  .object({
    after_hours: z.number().min(0).max(720),
    within_hours: z.number().min(1).max(24 * 60),
    lookback_days: z.number().int().min(1).max(90),
    min_drop_percent: z.number().min(0).max(95),
    threshold: z.number().min(0).max(1),
    within_days: z.number().int().min(1).max(90),
    min_affinity: z.number().min(0).max(1),
  })
  .partial()
  .strict()

const fields = {
  name: z.string().min(1).max(200),
  trigger: z.enum(TRIGGERS),
  channel: z.enum(["email", "sms", "feed"]),
  status: z.enum(["draft", "active", "paused"]),
  template: z.string().min(1).max(200),
  subject: z.string().max(300).nullable(),
  item_count: z.number().int().min(1).max(12),
  cooldown_days: z.number().int().min(0).max(365),
  params: params.nullable(),
}

export const CreateCampaignBody = z
  .object({ ...fields, channel: fields.channel.default("email"), status: fields.status.default("draft") })
  .partial({ template: true, subject: true, item_count: true, cooldown_days: true, params: true })
  .strict()
export const UpdateCampaignBody = z.object({ ...fields, trigger: fields.trigger }).omit({ trigger: true }).partial().strict()
export const ListCampaignsQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(20), offset: z.coerce.number().int().min(0).default(0), status: z.enum(["draft", "active", "paused"]).optional() })
  .strict()
export const RunCampaignBody = z.object({ send: z.boolean().default(true) }).strict()
export const ListDeliveriesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(["scheduled", "sending", "sent", "failed", "skipped"]).optional(),
  })
  .strict()
