import { model } from "@medusajs/framework/utils"

/**
 * A routing decision of an order: where each unit ships from and why. Versions per order; `current` marks the one
 * that holds the reservations (an override or a re-route adds a version and retires the previous).
 */
const FinesseLogisticsDecision = model
  .define("finesse_logistics_decision", {
    id: model.id({ prefix: "flrd" }).primaryKey(),
    order_id: model.text(),
    display_id: model.number().nullable(),
    version: model.number().default(1),
    current: model.boolean().default(true),
    // routed | partial | unroutable | override
    status: model.text(),
    // placement | override | reroute | manual | demo
    source: model.text(),
    shipments: model.json(),
    unallocated: model.json(),
    split: model.boolean().default(false),
    shipment_count: model.number().default(0),
    split_lines: model.number().default(0),
    reasons: model.json(),
    summary: model.text(),
    decided_by: model.text().nullable(),
    alternatives: model.json(),
    warnings: model.json(),
    search: model.json(),
    // { country_code, postal_code, lat, lng, precision } of the delivery address (no name or street)
    destination: model.json(),
    config: model.json(),
    // { load_ms, decide_ms, apply_ms }
    timing: model.json().nullable(),
    reservations_moved: model.number().default(0),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "current"] }, { on: ["created_at"] }])

export default FinesseLogisticsDecision
