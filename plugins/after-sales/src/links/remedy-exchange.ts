import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AfterSalesModule from "../modules/finesse-after-sales"

/** The Medusa exchange an approved case created. */
export default defineLink(AfterSalesModule.linkable.finesseAfterSalesRemedy, OrderModule.linkable.orderExchange, { database: { table: "finesse_after_sales_remedy_exchange" } })
