import { defineCustomerDataHandler, fieldCipher } from "@finesse/core/privacy"
import { service } from "../engine/case-change"

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)

/**
 * After-sales keeps a customer's cases: what they wrote (subject, messages, survey comments; encrypted at rest),
 * the lines and remedies of their requests, repairs and survey answers. Export decrypts it all. Erasure deletes the
 * messages and survey comments and detaches the cases from the customer (subject blanked), so complaint and
 * satisfaction statistics keep the anonymous case; the Medusa returns and refunds are Medusa's records.
 */
export default defineCustomerDataHandler({
  plugin: "after-sales",
  describe: "support cases (subjects, messages and internal notes, return lines and remedies, repairs), satisfaction survey answers and comments",
  async exportCustomer(container, customerId) {
    const db = service(container).db()
    const cipher = fieldCipher(container)
    const cases = await db("finesse_after_sales_case").where({ customer_id: customerId }).whereNull("deleted_at").orderBy("created_at")
    const ids = cases.map((c: any) => c.id)
    const [messages, lines, remedies, repairs, responses] = await Promise.all([
      ids.length ? db("finesse_after_sales_message").whereIn("case_id", ids).whereNull("deleted_at").orderBy("created_at") : [],
      ids.length ? db("finesse_after_sales_case_line").whereIn("case_id", ids).whereNull("deleted_at") : [],
      ids.length ? db("finesse_after_sales_remedy").whereIn("case_id", ids).whereNull("deleted_at") : [],
      ids.length ? db("finesse_after_sales_repair").whereIn("case_id", ids).whereNull("deleted_at") : [],
      db("finesse_after_sales_survey_response").where({ customer_id: customerId }).whereNull("deleted_at"),
    ])
    return {
      cases: cases.map((c: any) => ({
        id: c.id,
        rma_number: c.rma_number,
        kind: c.kind,
        status: c.status,
        subject: cipher.decrypt(c.subject),
        reason: c.reason,
        order_id: c.order_id,
        created_at: iso(c.created_at),
        resolved_at: iso(c.resolved_at),
        csat: c.csat,
        nps: c.nps,
      })),
      messages: messages.map((m: any) => ({ id: m.id, case_id: m.case_id, visibility: m.visibility, author_type: m.author_type, body: cipher.decrypt(m.body), created_at: iso(m.created_at) })),
      case_lines: lines.map((l: any) => ({ case_id: l.case_id, line_item_id: l.line_item_id, title: l.title, quantity: l.quantity, condition: l.condition, resolution: l.resolution, reason: l.reason, outcome: l.outcome })),
      remedies: remedies.map((r: any) => ({ case_id: r.case_id, type: r.type, status: r.status, return_id: r.return_id, exchange_id: r.exchange_id, claim_id: r.claim_id, refund_amount: r.refund_amount, refunded_amount: r.refunded_amount, currency_code: r.currency_code })),
      repairs: repairs.map((r: any) => ({ case_id: r.case_id, rma_number: r.rma_number, status: r.status, issue: r.issue, warranty_status: r.warranty_status })),
      survey_responses: responses.map((r: any) => ({ case_id: r.case_id, scale: r.scale, score: r.score, comment: r.comment ? cipher.decrypt(r.comment) : null, answered_at: iso(r.answered_at) })),
    }
  },
  async eraseCustomer(container, customerId) {
    const db = service(container).db()
    const blank = fieldCipher(container).encrypt("(erased)")
    return db.transaction(async (trx: any) => {
      const ids = (await trx("finesse_after_sales_case").select("id").where({ customer_id: customerId })).map((c: any) => c.id)
      const messages = ids.length ? await trx("finesse_after_sales_message").whereIn("case_id", ids).delete() : 0
      const events = ids.length ? await trx("finesse_after_sales_case_event").whereIn("case_id", ids).where({ actor_type: "customer" }).update({ actor_id: null }) : 0
      const responses = await trx("finesse_after_sales_survey_response").where({ customer_id: customerId }).update({ customer_id: null, comment: null })
      const surveys = await trx("finesse_after_sales_survey").where({ customer_id: customerId }).update({ customer_id: null })
      const cases = await trx("finesse_after_sales_case").where({ customer_id: customerId }).update({ customer_id: null, subject: blank, opened_by_id: null, metadata: null, updated_at: new Date() })
      return { cases_detached: cases, messages_deleted: messages, events_anonymised: events, survey_responses_anonymised: responses, surveys_detached: surveys }
    })
  },
})
