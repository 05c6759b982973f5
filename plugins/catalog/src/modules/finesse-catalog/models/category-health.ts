import { model } from "@medusajs/framework/utils"

/** One category of one analysis: its place in the tree, products, flags, and how shoppers move through it. */
const FinesseCatalogCategoryHealth = model
  .define("finesse_catalog_category_health", {
    id: model.id({ prefix: "fcch" }).primaryKey(),
    run_id: model.text(),
    category_id: model.text(),
    name: model.text(),
    path: model.text(),
    parent_id: model.text().nullable(),
    depth: model.number(),
    children: model.number(),
    direct_products: model.number(),
    total_products: model.number(),
    products_in_stock: model.number().default(0),
    flags: model.array(),
    views: model.number().default(0),
    sessions: model.number().default(0),
    order_sessions: model.number().default(0),
    last_touch_orders: model.number().default(0),
    exits: model.number().default(0),
    conversion: model.float().default(0),
    exit_rate: model.float().default(0),
    click_through: model.float().default(0),
  })
  .indexes([{ on: ["run_id", "category_id"] }])

export default FinesseCatalogCategoryHealth
