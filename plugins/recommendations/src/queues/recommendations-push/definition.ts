import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Personalised push: finds each active campaign's occasions (abandoned carts, restocks, price drops, due
 * repurchases, new arrivals), plans one message per customer and occasion at the customer's send time within caps,
 * quiet hours and consent, and sends the messages that are due through Medusa's notification module.
 */
export const pushCampaignsJob = defineJob({
  kind: "recommendations.push",
  queue: "finesse-recommendations-push",
  description: "Plans and sends personalised push messages for active campaigns",
  payload: z
    .object({
      run: z.string().min(1).max(100).default("manual"),
      // only this campaign (an admin's "run now"; a draft campaign runs too)
      campaign_id: z.string().min(1).max(128).optional(),
      // plan the messages but send none (a dry run from the admin)
      send: z.boolean().default(true),
    })
    .strict(),
  jobId: (p) => `recommendations.push-${p.campaign_id ?? "all"}-${p.run}`,
  attempts: 3,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "*/15 * * * *", payload: { run: "scheduled", send: true } },
})
