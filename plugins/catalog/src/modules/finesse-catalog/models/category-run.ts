import { model } from "@medusajs/framework/utils"

/**
 * One category analysis: the tree's shape, navigation (paths to orders), suggested moves, merges, splits and
 * orders, and the gaps (searches with no result, viewed categories with little supply) over its event window.
 */
const FinesseCatalogCategoryRun = model
  .define("finesse_catalog_category_run", {
    id: model.id({ prefix: "fccr" }).primaryKey(),
    job_id: model.text().nullable(),
    summary: model.json(),
    suggestions: model.json(),
    search_gaps: model.json(),
    thin_categories: model.json(),
    order_paths: model.json(),
    uncategorized: model.json(),
    events_since: model.dateTime().nullable(),
    events_until: model.dateTime().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["computed_at"] }])

export default FinesseCatalogCategoryRun
