import { model } from "@medusajs/framework/utils"

/**
 * One entry of the suite's append-only audit log: who changed what, when, and a hash chaining it to the entry
 * before (see lib/audit/hash-chain). A trigger refuses updates and deletes; `seq` is the chain order.
 */
const FinesseAuditEntry = model
  .define("finesse_audit_entry", {
    id: model.id({ prefix: "faud" }).primaryKey(),
    seq: model.number().unique(),
    occurred_at: model.dateTime(),
    // user (admin), system (a job or subscriber), customer, api-key
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    plugin: model.text(),
    action: model.text(),
    resource_type: model.text().nullable(),
    resource_id: model.text().nullable(),
    summary: model.text(),
    changes: model.json().nullable(),
    payload_digest: model.text(),
    prev_hash: model.text(),
    hash: model.text(),
  })
  .indexes([
    { on: ["occurred_at"] },
    { on: ["actor_id", "occurred_at"] },
    { on: ["resource_type", "resource_id"] },
    { on: ["plugin", "action", "occurred_at"] },
  ])

export default FinesseAuditEntry
