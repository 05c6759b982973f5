import { model } from "@medusajs/framework/utils"

/** The Finesse role of an admin user; a user without a row has the configured default role. */
const FinesseUserRole = model.define("finesse_user_role", {
  id: model.id({ prefix: "frole" }).primaryKey(),
  user_id: model.text().unique(),
  role: model.enum(["analyst", "operator", "approver", "admin"]),
  assigned_by: model.text().nullable(),
})

export default FinesseUserRole
