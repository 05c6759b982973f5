import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { qualityJob } from "../queues/quality/definition"

/** Edits come in bursts: one scoring per 10 minutes of changes, started two minutes after the first. */
const SLOT_MS = 10 * 60_000

/** A product was created or edited: rescore the catalogue shortly, so the to-do list follows the fixes. */
export default async function productChanged({ container, event }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve("logger")
  try {
    await qualityJob.enqueue(container, { run: `auto-${Math.floor(Date.now() / SLOT_MS)}`, trigger: "product_change" }, { delayMs: 120_000 })
  } catch (e) {
    logger.warn(`[catalog] could not queue quality scoring after ${event.name} ${event.data?.id}: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product-variant.updated"] }
