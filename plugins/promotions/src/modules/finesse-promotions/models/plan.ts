import { model } from "@medusajs/framework/utils"

/**
 * A Medusa promotion as Finesse plans it: the template it came from (or "custom" for a promotion made in Medusa's
 * own pages and adopted here), its audience, the expected uplift the checks read, and its launch. The promotion,
 * its rules and its campaign stay in Medusa's promotion module; this row only says what Finesse knows on top.
 */
const FinessePromotionPlan = model
  .define("finesse_promotion_plan", {
    id: model.id({ prefix: "fpplan" }).primaryKey(),
    promotion_id: model.text(),
    campaign_id: model.text().nullable(),
    code: model.text(),
    name: model.text(),
    template: model.enum(["flash_sale", "tiered_spend", "coupon", "bundle", "free_shipping", "custom"]).default("custom"),
    // the template's arguments as entered (percentages, thresholds, product ids)
    args: model.json().nullable(),
    // every Medusa promotion the template created (a spend tier ladder is one promotion per tier)
    promotion_ids: model.array().nullable(),
    audience_group_id: model.text().nullable(),
    currency_code: model.text(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    expected_uplift: model.float().default(0.2),
    status: model.enum(["planned", "launched", "ended", "cancelled"]).default("planned"),
    launched_at: model.dateTime().nullable(),
    launched_by: model.text().nullable(),
    experiment_id: model.text().nullable(),
    // worst status of the last checks run ("pass" | "warn" | "fail")
    check_status: model.text().nullable(),
    checked_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["promotion_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "starts_at"] },
  ])

export default FinessePromotionPlan
