import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { promotionsOf } from "../engine/helpers"
import { enqueuePromotionsJobWorkflow } from "../workflows/jobs/enqueue-job"

/**
 * An experiment's audience changed: a new customer registered (an audience of every customer), or a customer group
 * was re-synced (a persona segment's group, announced by personas as `finesse.personas.segment_synced`; this plugin
 * only listens, it never imports personas). The experiment's groups are synced a minute later, once per minute.
 */
export default async function promotionsOnAudienceChanged({ event, container }: SubscriberArgs<{ id?: string; customer_group_id?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = promotionsOf(container)
  const groupId = event.name === "finesse.personas.segment_synced" ? event.data?.customer_group_id ?? null : null
  const running = await service.listFinessePromotionExperiments({ status: "running", audience_group_id: groupId }, { take: 100 })
  if (!running.length) return
  const minute = new Date().toISOString().slice(0, 16).replace(":", "-")
  try {
    for (const e of running) {
      await enqueuePromotionsJobWorkflow(container).run({ input: { kind: "promotions.experiment-sync", payload: { experiment_id: e.id, run: `audience-${minute}` } } })
    }
  } catch (err) {
    logger.error(`[promotions] could not queue the experiment sync after ${event.name}: ${(err as Error).message}`)
    throw err
  }
}

export const config: SubscriberConfig = {
  event: ["customer.created", "finesse.personas.segment_synced"],
  context: { subscriberId: "promotions-audience-changed" },
}
