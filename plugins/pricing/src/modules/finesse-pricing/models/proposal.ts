import { model } from "@medusajs/framework/utils"

/**
 * One proposed price for one variant in one currency (and region), with the strategy, the reason, the guardrails
 * it broke and the expected effect. Written in bulk by the repricing job (store/proposals.ts); only pending,
 * auto-approved and blocked proposals are kept (unchanged and skipped ones are counted in the batch summary).
 * status: pending → approved | rejected; auto_approved; blocked (never applied); then applied | stale
 * (the price moved since the run) | expired (still pending when the batch was applied) | rolled_back.
 */
const FinessePricingProposal = model
  .define("finesse_pricing_proposal", {
    id: model.id({ prefix: "fpprop" }).primaryKey(),
    batch_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    currency_code: model.text(),
    region_id: model.text().nullable(),
    old_price: model.number(),
    new_price: model.number(),
    strategy_price: model.number().nullable(),
    strategy: model.text().nullable(),
    assignment_id: model.text().nullable(),
    reason: model.text(),
    status: model.text(),
    violations: model.json().nullable(),
    adjustments: model.json().nullable(),
    step_pct: model.float(),
    floor: model.number().nullable(),
    ceiling: model.number().nullable(),
    cost: model.number().nullable(),
    expected: model.json().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_note: model.text().nullable(),
  })
  .indexes([{ on: ["batch_id", "status"] }, { on: ["variant_id"] }, { on: ["product_id"] }])

export default FinessePricingProposal
