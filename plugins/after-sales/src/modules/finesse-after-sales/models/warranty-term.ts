import { model } from "@medusajs/framework/utils"

/** A warranty term (lib WarrantyTerm): months of cover per product, category or the store default, with what it covers. */
const FinesseAfterSalesWarrantyTerm = model.define("finesse_after_sales_warranty_term", {
  id: model.id({ prefix: "faswar" }).primaryKey(),
  name: model.text(),
  product_ids: model.json().nullable(),
  category_ids: model.json().nullable(),
  months: model.number(),
  covers: model.json(),
  excludes: model.json().nullable(),
  starts_from: model.enum(["delivery", "order"]).default("delivery"),
})

export default FinesseAfterSalesWarrantyTerm
