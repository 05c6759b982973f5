import { defineCustomerDataHandler } from "@finesse/core/privacy"
import { promotionsOf } from "../engine/helpers"

/**
 * Promotions keeps two kinds of per-customer rows: the arm a customer was assigned to in an experiment (holdout,
 * treated, an A/B arm) and the marketing-channel credit of their orders. No names, e-mails or addresses.
 */
export default defineCustomerDataHandler({
  plugin: "promotions",
  describe: "experiment assignments (which arm: holdout, treated or an A/B arm, and when) and the marketing-channel credit of each order",
  async exportCustomer(container, customerId) {
    return promotionsOf(container).customerRows(customerId)
  },
  async eraseCustomer(container, customerId) {
    return promotionsOf(container).eraseCustomer(customerId)
  },
})
