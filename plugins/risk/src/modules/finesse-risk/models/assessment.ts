import { model } from "@medusajs/framework/utils"

/**
 * One scored checkout or order: the score, the decision, each signal's points and (encrypted) reason, and the
 * record a back-test replays (facts without the raw IP, e-mail or address; lookups; hashed keys). `ref` is the cart
 * id for a checkout scored at placement and the order id for history scored by the replay.
 */
const FinesseRiskAssessment = model
  .define("finesse_risk_assessment", {
    id: model.id({ prefix: "frsk" }).primaryKey(),
    ref: model.text(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    placed_at: model.dateTime(),
    // minor units of currency_code
    amount: model.number(),
    currency_code: model.text(),
    score: model.number(),
    rules_score: model.number(),
    model_probability: model.float().nullable(),
    decision: model.enum(["allow", "review", "block"]),
    decided_by: model.text(),
    // none (allowed, or scored after the fact), pending (held: authorised, not captured), approved, cancelled, refused (blocked at checkout)
    review_status: model.enum(["none", "pending", "approved", "cancelled", "refused"]).default("none"),
    // [{ code, hit, points }] in registry order
    signals: model.json(),
    hit_codes: model.array(),
    // encrypted JSON { code: reason }: reasons can name a listed e-mail
    explanation: model.text(),
    record: model.json(),
    rule_set_version: model.number().default(0),
    model_version: model.text().nullable(),
    source: model.enum(["checkout", "history"]).default("checkout"),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    // encrypted: staff may write what a customer said
    review_note: model.text().nullable(),
    // 1 fraud, 0 good, null not known yet (see lib riskLabel)
    label: model.number().nullable(),
    labelled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["ref"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["customer_id", "placed_at"] },
    { on: ["review_status", "placed_at"] },
    { on: ["placed_at"] },
  ])

export default FinesseRiskAssessment
