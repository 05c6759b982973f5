import { model } from "@medusajs/framework/utils"

/**
 * One row per customer: what the personas job and the incremental update know about them (see lib
 * ProfileRow). Money in integer minor units; probabilities 0..1. Written in bulk by the recompute, one row at a
 * time after an order.
 */
const FinessePersonaProfile = model
  .define("finesse_persona_profile", {
    id: model.id().primaryKey(), // the Medusa customer id
    customer_id: model.text(),
    order_count: model.number().default(0),
    item_count: model.number().default(0),
    first_order_at: model.dateTime().nullable(),
    last_order_at: model.dateTime().nullable(),
    recency_days: model.float().nullable(),
    tenure_days: model.float().nullable(),
    monetary: model.number().default(0),
    avg_order_value: model.number().default(0),
    mean_inter_purchase_days: model.float().nullable(),
    discounted_share: model.float().default(0),
    avg_discount: model.number().default(0),
    avg_discount_rate: model.float().default(0),
    preferred_weekday: model.number().nullable(),
    preferred_hour: model.number().nullable(),
    category_affinities: model.json().nullable(),
    top_categories: model.array().nullable(),
    r: model.number().nullable(),
    f: model.number().nullable(),
    m: model.number().nullable(),
    rfm_segment: model.text().nullable(),
    p_buy_30d: model.float().nullable(),
    p_buy_90d: model.float().nullable(),
    expected_value_12m: model.number().nullable(),
    expected_purchases_12m: model.float().nullable(),
    p_alive: model.float().nullable(),
    churn_risk: model.text().nullable(),
    prediction_method: model.text().nullable(),
    spend_level: model.text().default("none"),
    tags: model.array().nullable(),
    cluster: model.number().nullable(),
    persona_id: model.text().nullable(),
    persona_name: model.text().nullable(),
    // computed trait values by trait key
    traits: model.json().nullable(),
    // survey answers by "<survey key>.<question key>"; kept across recomputes
    survey_answers: model.json().nullable(),
    // the stored model that scored this row (null: no order yet)
    model_version: model.number().nullable(),
    computed_at: model.dateTime(),
  })
  // Few indexes on purpose: a recompute rewrites every row, and with free space on each page (fillfactor, set in the
  // migration) Postgres updates rows in place without touching indexes whose columns did not change. The id is
  // the customer id, so customer_id needs no index of its own.
  .indexes([{ on: ["persona_id"] }])

export default FinessePersonaProfile
