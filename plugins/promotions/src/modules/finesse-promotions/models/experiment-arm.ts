import { model } from "@medusajs/framework/utils"

/** One arm of an experiment: "holdout", "treatment", or an A/B arm with its promotion and its customer group. */
const FinessePromotionExperimentArm = model
  .define("finesse_promotion_experiment_arm", {
    id: model.id({ prefix: "fparm" }).primaryKey(),
    experiment_id: model.text(),
    code: model.text(),
    weight: model.float().default(1),
    // the Medusa promotion this arm gets; null for the holdout
    promotion_id: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    member_count: model.number().default(0),
  })
  .indexes([{ on: ["experiment_id", "code"], unique: true, where: "deleted_at IS NULL" }])

export default FinessePromotionExperimentArm
