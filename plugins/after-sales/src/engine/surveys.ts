import type { MedusaContainer } from "@medusajs/framework/types"
import { fieldCipher } from "@finesse/core/privacy"
import { service } from "./case-change"
import { loadConfig } from "./config"
import { customerContact, sendNotification } from "./notify"

/**
 * Sends the surveys that are due through the notification module: each is claimed first (scheduled → sent in one
 * conditional update), so two workers never send one twice; the module's idempotency key covers a crash between
 * sending and recording. A failure is recorded on the survey and not retried by itself.
 */
export async function sendDueSurveys(container: MedusaContainer, now = Date.now(), limit = 500) {
  const db = service(container).db()
  const { settings } = await loadConfig(container, { fresh: true })
  const cipher = fieldCipher(container)
  const due = await db("finesse_after_sales_survey").where({ status: "scheduled" }).where("send_at", "<=", new Date(now)).whereNull("deleted_at").orderBy("send_at").limit(limit)
  const totals = { sent: 0, failed: 0, skipped: 0 }
  for (const s of due) {
    const claimed = await db("finesse_after_sales_survey").where({ id: s.id, status: "scheduled" }).update({ status: "sent", sent_at: new Date(now), updated_at: new Date() }).returning("id")
    if (!claimed.length) continue
    const c = await db("finesse_after_sales_case").select("id", "rma_number", "subject", "customer_id").where({ id: s.case_id }).first()
    const who = await customerContact(container, s.customer_id)
    if (!c || !who) {
      await db("finesse_after_sales_survey").where({ id: s.id }).update({ status: "skipped", error: "no customer e-mail" })
      totals.skipped++
      continue
    }
    const url = `${settings.storefront_url.replace(/\/$/, "")}/account/cases/${c.id}/survey?token=${encodeURIComponent(s.token)}`
    try {
      const id = await sendNotification(container, {
        to: who.email,
        channel: settings.survey.channel,
        template: settings.survey.template,
        trigger_type: "finesse.after-sales.survey",
        resource_id: c.id,
        resource_type: "finesse_after_sales_case",
        receiver_id: s.customer_id,
        idempotency_key: `finesse-after-sales-survey-${s.id}`,
        data: {
          title: s.scale === "nps" ? "How likely are you to recommend us?" : "How did we do?",
          description: `Your case ${c.rma_number} (“${cipher.decrypt(c.subject).slice(0, 80)}”) is resolved. Tell us how it went.`,
          first_name: who.first_name,
          rma_number: c.rma_number,
          scale: s.scale,
          survey_token: s.token,
          survey_url: url,
        },
      })
      await db("finesse_after_sales_survey").where({ id: s.id }).update({ notification_id: id })
      await db("finesse_after_sales_case").where({ id: c.id }).update({ survey_status: "sent" })
      totals.sent++
    } catch (e) {
      await db("finesse_after_sales_survey").where({ id: s.id }).update({ status: "failed", error: (e as Error).message.slice(0, 500) })
      totals.failed++
    }
  }
  return totals
}
