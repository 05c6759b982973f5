import { model } from "@medusajs/framework/utils"

/**
 * What happened to an order after it was placed, the source of the training labels: a chargeback, a refund or a
 * cancellation (marked as fraud or not), a review approval. One row per source event (`source_id`), so a
 * re-delivered event is recorded once.
 */
const FinesseRiskOutcome = model
  .define("finesse_risk_outcome", {
    id: model.id({ prefix: "frout" }).primaryKey(),
    order_id: model.text(),
    kind: model.enum(["chargeback", "refund", "cancellation", "review_approved"]),
    fraud: model.boolean().default(false),
    occurred_at: model.dateTime(),
    amount: model.number().nullable(),
    currency_code: model.text().nullable(),
    // medusa (a refund or cancel event), review (the queue), admin (marked by hand), seed
    source: model.text(),
    source_id: model.text(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["kind", "source_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default FinesseRiskOutcome
