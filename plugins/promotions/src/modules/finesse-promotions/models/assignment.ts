import { model } from "@medusajs/framework/utils"

/**
 * Which arm a customer was assigned to, and when. The record of the experiment: the report compares these arms, even
 * for customers who left the audience (or whose group an admin edited) since.
 */
const FinessePromotionAssignment = model
  .define("finesse_promotion_assignment", {
    id: model.id({ prefix: "fpasg" }).primaryKey(),
    experiment_id: model.text(),
    customer_id: model.text(),
    arm: model.text(),
    assigned_at: model.dateTime(),
  })
  .indexes([
    { on: ["experiment_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])

export default FinessePromotionAssignment
