import { model } from "@medusajs/framework/utils"

/** Admin-editable settings (attribution window, caps, quiet hours…) and job cursors, one JSON value per key. */
const FinesseRecSetting = model
  .define("finesse_rec_setting", {
    id: model.id({ prefix: "frset" }).primaryKey(),
    key: model.text(),
    value: model.json(),
  })
  .indexes([{ on: ["key"], unique: true }])

export default FinesseRecSetting
