import { model } from "@medusajs/framework/utils"

/** One pre-launch check's verdict on a promotion, with the figures behind it (the latest run is shown). */
const FinessePromotionCheckResult = model
  .define("finesse_promotion_check_result", {
    id: model.id({ prefix: "fpchk" }).primaryKey(),
    promotion_id: model.text(),
    run_id: model.text(),
    code: model.text(),
    status: model.enum(["pass", "warn", "fail"]),
    message: model.text(),
    figures: model.json(),
    run_at: model.dateTime(),
  })
  .indexes([{ on: ["promotion_id", "run_at"] }])

export default FinessePromotionCheckResult
