import { model } from "@medusajs/framework/utils"

/** "When competitor X undercuts us by more than y % (on category / product Z), match or beat it" (lib/competitors/response-rules.ts). */
const FinessePricingResponseRule = model.define("finesse_pricing_response_rule", {
  id: model.id({ prefix: "fprule" }).primaryKey(),
  name: model.text(),
  competitor_id: model.text().nullable(),
  category_id: model.text().nullable(),
  product_id: model.text().nullable(),
  undercut_pct: model.float(),
  action: model.enum(["match", "beat"]),
  beat_pct: model.float().default(0),
  stop_at_floor: model.boolean().default(true),
  max_age_days: model.float().default(3),
  enabled: model.boolean().default(true),
  created_by: model.text().nullable(),
})

export default FinessePricingResponseRule
