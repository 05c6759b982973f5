import type { MedusaContainer } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"
import { registerDefinition, registerHandler } from "./registry"
import type { EnqueueOptions, JobDefinition, JobDefinitionInput, JobHandler, JobRecord } from "./types"

/** The job service as seen by definitions (the `finesse_jobs` module resolves to it). */
type Enqueuer = { enqueue(kind: string, payload: unknown, options?: EnqueueOptions): Promise<JobRecord> }

export const FINESSE_JOBS_MODULE = "finesse_jobs"

/**
 * Defines a job kind: its zod payload, retry policy, deterministic id and optional cron schedule.
 * Lives in `src/queues/<name>/definition.ts`; the runtime discovers it in every plugin at start-up.
 */
export function defineJob<S extends z.ZodTypeAny>(input: JobDefinitionInput<S>): JobDefinition<S> {
  if (!/^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(input.kind)) {
    throw new Error(`job kind ${JSON.stringify(input.kind)} must look like <plugin>.<purpose>`)
  }
  if (!/^finesse-[a-z0-9-]+$/.test(input.queue)) {
    throw new Error(`queue ${JSON.stringify(input.queue)} must look like finesse-<plugin>-<purpose>`)
  }
  const definition: JobDefinition<S> = {
    kind: input.kind,
    queue: input.queue,
    description: input.description,
    payload: input.payload,
    attempts: input.attempts ?? 3,
    backoffMs: input.backoffMs ?? 1000,
    concurrency: input.concurrency ?? 2,
    jobId: input.jobId,
    schedule: input.schedule,
    enqueue(container: MedusaContainer, payload, options) {
      return container.resolve<Enqueuer>(FINESSE_JOBS_MODULE).enqueue(input.kind, payload, options)
    },
  }
  registerDefinition(definition as unknown as JobDefinition)
  return definition
}

/** Attaches the handler of a job kind; lives in `src/queues/<name>/processor.ts`. */
export function defineProcessor<S extends z.ZodTypeAny, R extends Record<string, unknown> | void>(
  definition: JobDefinition<S>,
  handler: JobHandler<z.infer<S>, R>
) {
  registerHandler(definition.kind, handler)
  return handler
}
