import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AfterSalesModule from "../modules/finesse-after-sales"

/** An order's after-sales cases (query.graph: order.finesse_after_sales_cases, case.order). */
export default defineLink({ linkable: AfterSalesModule.linkable.finesseAfterSalesCase, isList: true }, OrderModule.linkable.order, { database: { table: "finesse_after_sales_case_order" } })
