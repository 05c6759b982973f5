import { model } from "@medusajs/framework/utils"

/** A saved network what-if: what was asked (demand window, scenario) and the answer. */
const FinesseLogisticsScenario = model.define("finesse_logistics_scenario", {
  id: model.id({ prefix: "flnet" }).primaryKey(),
  name: model.text(),
  kind: model.text(),
  input: model.json(),
  result: model.json(),
  created_by: model.text().nullable(),
})

export default FinesseLogisticsScenario
