import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AfterSalesModule from "../modules/finesse-after-sales"

/** The Medusa claim an approved case created. */
export default defineLink(AfterSalesModule.linkable.finesseAfterSalesRemedy, OrderModule.linkable.orderClaim, { database: { table: "finesse_after_sales_remedy_claim" } })
