import { model } from "@medusajs/framework/utils"

/** A customer's consent to personalised messages per channel; an unsubscribe clears it and is remembered. */
const FinesseRecConsent = model
  .define("finesse_rec_consent", {
    id: model.id({ prefix: "frcons" }).primaryKey(),
    customer_id: model.text(),
    email: model.boolean().default(false),
    sms: model.boolean().default(false),
    feed: model.boolean().default(false),
    // storefront | admin | unsubscribe_link | import
    source: model.text().nullable(),
    unsubscribed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true }])

export default FinesseRecConsent
