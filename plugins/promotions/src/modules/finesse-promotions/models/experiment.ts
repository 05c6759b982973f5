import { model } from "@medusajs/framework/utils"

/**
 * A holdout or an A/B test of promotions: the audience (a Medusa customer group, or every registered customer), the
 * stable assignment key, the holdout share and the arms. Each arm is kept in a Medusa customer group of its own; the
 * promotions' rules target the arm groups, so Medusa's own checkout applies the split.
 */
const FinessePromotionExperiment = model
  .define("finesse_promotion_experiment", {
    id: model.id({ prefix: "fpexp" }).primaryKey(),
    name: model.text(),
    kind: model.enum(["holdout", "ab"]),
    // hash key of the assignment (never changes: changing it reshuffles everyone)
    key: model.text(),
    holdout_share: model.float().default(0),
    audience_group_id: model.text().nullable(),
    status: model.enum(["running", "stopped"]).default("running"),
    currency_code: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    stopped_at: model.dateTime().nullable(),
    member_count: model.number().default(0),
    synced_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }])

export default FinessePromotionExperiment
