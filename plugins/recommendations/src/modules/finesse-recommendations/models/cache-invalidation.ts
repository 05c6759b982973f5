import { model } from "@medusajs/framework/utils"

/**
 * Catalog changes for serving caches in other processes: a subscriber (worker) writes a row, every server process
 * polls the table and drops the cached cards it names. `scope`: product | price | stock | all.
 */
const FinesseRecCacheInvalidation = model
  .define("finesse_rec_cache_invalidation", {
    id: model.id({ prefix: "frinv" }).primaryKey(),
    scope: model.text(),
    product_ids: model.json().nullable(),
  })
  .indexes([{ on: ["created_at"] }])

export default FinesseRecCacheInvalidation
