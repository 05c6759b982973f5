import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { finesseActor } from "@finesse/core/access"
import { pricingService } from "../../../../engine/context"
import { enqueuePricingJobWorkflow, type EnqueuePricingJobInput } from "../../../../workflows/jobs/enqueue-pricing-job"

export const svcOf = (req: AuthenticatedMedusaRequest) => pricingService(req.scope)
export const actorOf = (req: AuthenticatedMedusaRequest) => finesseActor(req)
export const body = <T = any>(req: AuthenticatedMedusaRequest) => (req as any).validatedBody as T
export const query = <T = any>(req: AuthenticatedMedusaRequest) => (req as any).validatedQuery as T

export async function batchOr404(req: AuthenticatedMedusaRequest, id: string) {
  const [batch] = await svcOf(req).listFinessePricingBatches({ id }, { take: 1 })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pricing batch with id: ${id} was not found`)
  return batch as Record<string, any>
}

/** Queues a job through the enqueue workflow and answers 202 { job }. */
export async function startJob(req: AuthenticatedMedusaRequest, res: MedusaResponse, input: EnqueuePricingJobInput) {
  const { result } = await enqueuePricingJobWorkflow(req.scope).run({ input })
  res.status(202).json({ job: result })
}

export const DAY_MS = 86_400_000
