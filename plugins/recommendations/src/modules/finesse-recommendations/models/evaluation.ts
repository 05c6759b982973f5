import { model } from "@medusajs/framework/utils"

/** Offline evaluation history: one row per version, model and protocol (HR/recall/NDCG at k on a time holdout). */
const FinesseRecEvaluation = model
  .define("finesse_rec_evaluation", {
    id: model.id({ prefix: "freval" }).primaryKey(),
    version_id: model.text(),
    version_number: model.number(),
    model: model.text(),
    protocol: model.text(),
    k: model.number(),
    users: model.number(),
    hr: model.float(),
    recall: model.float(),
    ndcg: model.float(),
    cut_at: model.dateTime(),
  })
  .indexes([{ on: ["version_id"] }, { on: ["model", "protocol", "created_at"] }])

export default FinesseRecEvaluation
