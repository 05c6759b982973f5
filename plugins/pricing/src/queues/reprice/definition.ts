import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * A repricing run: every variant's proposal (strategy → step clamp → ending → guardrails → approval) into a new
 * batch. Nightly and on demand from the Pricing page; auto-approved proposals are applied at once when the settings
 * say auto_apply and nothing in the batch waits for a person.
 */
export const repriceJob = defineJob({
  kind: "pricing.reprice",
  queue: "finesse-pricing-reprice",
  description: "Proposes new prices for every variant from the assigned strategies, guarded (nightly)",
  payload: z
    .object({
      // a new value starts a new run; the same value is the same job (and the same batch)
      run: z.string().min(1).max(120).default("manual"),
      note: z.string().max(500).optional(),
      product_ids: z.array(z.string().min(1)).max(10_000).optional(),
      // who started it (an admin user id), kept on the batch
      actor_id: z.string().max(200).optional(),
    })
    .strict(),
  jobId: (p) => `pricing.reprice-${p.run}`,
  attempts: 2,
  backoffMs: 15_000,
  concurrency: 1,
  schedule: { cron: "15 3 * * *", payload: { run: "scheduled" } },
})
