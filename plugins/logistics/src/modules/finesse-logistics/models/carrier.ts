import { model } from "@medusajs/framework/utils"

/** A carrier (or own service) with its rates in finesse_logistics_rate; linked to a Medusa fulfilment provider when one exists. */
const FinesseLogisticsCarrier = model
  .define("finesse_logistics_carrier", {
    id: model.id({ prefix: "flcar" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    fulfillment_provider_id: model.text().nullable(),
    tracking_url_template: model.text().nullable(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["code"], unique: true }])

export default FinesseLogisticsCarrier
