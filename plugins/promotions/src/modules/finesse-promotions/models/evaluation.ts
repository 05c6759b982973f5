import { model } from "@medusajs/framework/utils"

/**
 * The evaluation report of one promotion as of a day: the design (holdout or matched control), the report per
 * currency (lib PromotionReport, JSON-safe) and the headline (verdict and net effect of the main currency).
 */
const FinessePromotionEvaluation = model
  .define("finesse_promotion_evaluation", {
    id: model.id({ prefix: "fpeval" }).primaryKey(),
    promotion_id: model.text(),
    code: model.text(),
    experiment_id: model.text().nullable(),
    design: model.text(),
    status: model.enum(["ready", "no_control", "failed"]).default("ready"),
    message: model.text().nullable(),
    currency_code: model.text().nullable(),
    verdict: model.text().nullable(),
    net_effect: model.number().nullable(),
    net_effect_low: model.number().nullable(),
    net_effect_high: model.number().nullable(),
    // { [currency]: PromotionReport }, plus arm comparisons for an A/B test
    report: model.json().nullable(),
    as_of: model.dateTime(),
    job_id: model.text().nullable(),
  })
  .indexes([{ on: ["promotion_id", "as_of"] }])

export default FinessePromotionEvaluation
