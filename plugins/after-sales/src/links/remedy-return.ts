import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AfterSalesModule from "../modules/finesse-after-sales"

/** (An explicit table: generated link table names past 63 characters collide.) The Medusa return an approved case created. */
export default defineLink(AfterSalesModule.linkable.finesseAfterSalesRemedy, OrderModule.linkable.return, { database: { table: "finesse_after_sales_remedy_return" } })
