import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import FinesseAfterSalesAnalysis from "./models/analysis"
import FinesseAfterSalesCase from "./models/case"
import FinesseAfterSalesCaseEvent from "./models/case-event"
import FinesseAfterSalesCaseLine from "./models/case-line"
import FinesseAfterSalesConfig from "./models/config"
import FinesseAfterSalesMessage from "./models/message"
import FinesseAfterSalesRemedy from "./models/remedy"
import FinesseAfterSalesRepair from "./models/repair"
import FinesseAfterSalesReplyIndex from "./models/reply-index"
import FinesseAfterSalesSavedReply from "./models/saved-reply"
import FinesseAfterSalesSlaAlert from "./models/sla-alert"
import FinesseAfterSalesSurvey from "./models/survey"
import FinesseAfterSalesSurveyResponse from "./models/survey-response"
import FinesseAfterSalesTopic from "./models/topic"
import FinesseAfterSalesWarrantyTerm from "./models/warranty-term"

export default class FinesseAfterSalesModuleService extends MedusaService({
  FinesseAfterSalesCase,
  FinesseAfterSalesMessage,
  FinesseAfterSalesCaseEvent,
  FinesseAfterSalesCaseLine,
  FinesseAfterSalesRemedy,
  FinesseAfterSalesConfig,
  FinesseAfterSalesWarrantyTerm,
  FinesseAfterSalesRepair,
  FinesseAfterSalesSlaAlert,
  FinesseAfterSalesSavedReply,
  FinesseAfterSalesSurvey,
  FinesseAfterSalesSurveyResponse,
  FinesseAfterSalesAnalysis,
  FinesseAfterSalesTopic,
  FinesseAfterSalesReplyIndex,
}) {
  protected readonly db_: Knex

  constructor(cradle: Record<string, any>) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
  }

  /** The module's knex connection (raw SQL of store/*.ts; workflow steps open transactions on it). */
  db(): Knex {
    return this.db_
  }
}
