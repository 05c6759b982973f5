import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../modules/finesse-recommendations/service"
import { catalogChangeOf } from "../reads/catalog-changes"
import { existingEngine } from "../serving/engine"

/**
 * Keeps serving's priced product cards correct: a product, variant, price or stock change drops the affected cards
 * in this process at once and, through a row other processes poll, everywhere within seconds.
 */
export default async function catalogCacheHandler({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve("logger")
  try {
    const change = await catalogChangeOf(container, event.name, event.data)
    const engine = existingEngine()
    if (engine) {
      if (change.scope === "stock" && change.productIds) engine.cards.dropProducts(change.productIds)
      else engine.applyInvalidation(change.scope, change.productIds)
      if (event.name.startsWith("product.")) engine.forgetNewest()
    }
    await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).recordInvalidation(change.scope, change.productIds)
  } catch (e) {
    logger.error(`[finesse-recommendations] cache invalidation for ${event.name}: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    "pricing.price-set.updated",
    "pricing.price-list.created",
    "pricing.price-list.updated",
    "pricing.price-list.deleted",
    "pricing.price-list-rule.created",
    "pricing.price-list-rule.updated",
    "pricing.price-list-rule.deleted",
    "pricing.price-rule.created",
    "pricing.price-rule.updated",
    "pricing.price-rule.deleted",
    "inventory-item.updated",
    "inventory-item.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
    "inventory.inventory-level.deleted",
    "inventory.reservation-item.created",
    "inventory.reservation-item.updated",
    "inventory.reservation-item.deleted",
  ],
  context: { subscriberId: "finesse-recommendations-catalog-cache" },
}
