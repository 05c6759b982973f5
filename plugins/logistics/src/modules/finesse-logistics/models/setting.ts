import { model } from "@medusajs/framework/utils"

/** Plugin settings by key ("routing": the strategy chain; "alerts": alert rules and recipients; "general"). */
const FinesseLogisticsSetting = model.define("finesse_logistics_setting", {
  id: model.text().primaryKey(),
  value: model.json(),
  updated_by: model.text().nullable(),
})

export default FinesseLogisticsSetting
