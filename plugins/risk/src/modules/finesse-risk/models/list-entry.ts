import { model } from "@medusajs/framework/utils"

/**
 * An allow- or block-list entry: an e-mail, e-mail domain, IP or CIDR block, shipping address, card fingerprint,
 * device or customer. The value is encrypted (it identifies a person); `value_hash` finds duplicates and the
 * entries of one customer without decrypting.
 */
const FinesseRiskListEntry = model
  .define("finesse_risk_list_entry", {
    id: model.id({ prefix: "frlst" }).primaryKey(),
    list: model.enum(["allow", "block"]),
    kind: model.enum(["email", "domain", "ip", "address", "card", "device", "customer"]),
    value: model.text(),
    value_hash: model.text(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["list", "kind", "value_hash"], unique: true, where: "deleted_at IS NULL" }])

export default FinesseRiskListEntry
