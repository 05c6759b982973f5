import { model } from "@medusajs/framework/utils"

/**
 * A price written into the Finesse price list: the old and new price, who applied it, and the price list's
 * state before (`previous_amount` null = the variant had no Finesse price, so the base price applied), which is
 * what a rollback restores. `price_id` is the price-list price the change created or updated.
 */
const FinessePricingPriceChange = model
  .define("finesse_pricing_price_change", {
    id: model.id({ prefix: "fpchg" }).primaryKey(),
    batch_id: model.text(),
    proposal_id: model.text().nullable(),
    variant_id: model.text(),
    product_id: model.text(),
    currency_code: model.text(),
    region_id: model.text().nullable(),
    old_price: model.number(),
    new_price: model.number(),
    price_list_id: model.text(),
    price_id: model.text().nullable(),
    previous_price_id: model.text().nullable(),
    previous_amount: model.number().nullable(),
    status: model.enum(["applied", "rolled_back"]).default("applied"),
    applied_by: model.text().nullable(),
    applied_at: model.dateTime(),
    rolled_back_by: model.text().nullable(),
    rolled_back_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["batch_id"] }, { on: ["variant_id", "currency_code", "applied_at"] }, { on: ["product_id", "applied_at"] }])

export default FinessePricingPriceChange
