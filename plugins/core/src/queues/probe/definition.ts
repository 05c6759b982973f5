import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/**
 * A diagnostics job: optionally sleeps in steps with progress, fails its first attempts, and records which worker
 * ran it. With the defaults it does nothing, which makes it the no-op of the `jobs` benchmark.
 */
export const probeJob = defineJob({
  kind: "core.probe",
  queue: "finesse-core-probe",
  description: "Diagnostics: checks that workers pick up jobs, report progress and retry",
  payload: z
    .object({
      label: z.string().max(200).optional(),
      steps: z.number().int().min(0).max(1000).default(0),
      step_ms: z.number().int().min(0).max(60_000).default(0),
      fail_attempts: z.number().int().min(0).max(10).default(0),
      permanent_failure: z.boolean().default(false),
      record: z.boolean().default(false),
    })
    .strict(),
  attempts: 3,
  backoffMs: 200,
  concurrency: 8,
})
