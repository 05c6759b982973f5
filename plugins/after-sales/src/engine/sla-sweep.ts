import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { fieldCipher } from "@finesse/core/privacy"
import { dueSlaAlerts } from "../lib/sla/case-sla"
import * as rows from "../modules/finesse-after-sales/store/case-rows"
import { dueForSla } from "../modules/finesse-after-sales/store/inbox"
import { service, slaOf, slaPatch } from "./case-change"
import { loadConfig } from "./config"
import { sendNotification } from "./notify"

const METRIC = { first_response: "first response", resolution: "resolution" } as const

/**
 * The SLA job's work: every active case whose clocks reach a threshold by `now` is evaluated again, its columns
 * updated, and each warning or breach not yet sent goes out through the notification module to the assignee (or,
 * unassigned, to the team's feed). An alert row is inserted before sending under a unique (case, reopen cycle,
 * metric, type) key, so two workers or a retry never send one twice.
 */
export async function runSlaSweep(container: MedusaContainer, now = Date.now(), progress?: (pct: number, msg: string) => Promise<void>) {
  const db = service(container).db()
  const config = await loadConfig(container, { fresh: true })
  const cipher = fieldCipher(container)
  const users = container.resolve(Modules.USER)
  let after: string | null = null
  const totals = { checked: 0, warnings: 0, breaches: 0, failed: 0 }
  for (;;) {
    const ids = await dueForSla(db, new Date(now), 500, after)
    if (!ids.length) break
    after = ids[ids.length - 1]
    for (const row of await rows.getCases(db, ids)) {
      totals.checked++
      const { sla, columns } = slaOf(row, row.status_history, config, now)
      const sent = (await db("finesse_after_sales_sla_alert").select("metric", "type").where({ case_id: row.id, cycle: row.reopen_count })) as Array<{ metric: string; type: "warning" | "breach" }>
      for (const alert of dueSlaAlerts(sla, sent)) {
        const id = generateEntityId(undefined, "fassla")
        const inserted = await db.raw(
          `insert into finesse_after_sales_sla_alert (id, case_id, cycle, metric, type, crossed_at, receiver_id, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, now(), now()) on conflict (case_id, cycle, metric, type) where deleted_at is null do nothing returning id`,
          [id, row.id, row.reopen_count, alert.metric, alert.type, alert.at ? new Date(alert.at) : null, row.assignee_id]
        )
        if (!inserted.rows.length) continue
        let to = "after-sales"
        if (row.assignee_id) {
          const [u] = await users.listUsers({ id: row.assignee_id }, { select: ["id", "email"] })
          if (u?.email) to = u.email
        }
        const verb = alert.type === "breach" ? "breached" : "close to breaching"
        try {
          const notificationId = await sendNotification(container, {
            to,
            channel: config.settings.notifications.agent_channel,
            template: config.settings.notifications.agent_template,
            trigger_type: `finesse.after-sales.sla.${alert.type}`,
            resource_id: row.id,
            resource_type: "finesse_after_sales_case",
            receiver_id: row.assignee_id,
            idempotency_key: `finesse-after-sales-sla-${row.id}-${row.reopen_count}-${alert.metric}-${alert.type}`,
            data: {
              title: `${row.rma_number}: ${METRIC[alert.metric]} SLA ${verb}`,
              description: `${cipher.decrypt(row.subject).slice(0, 120)} (${row.priority} priority, ${row.channel})`,
              case_id: row.id,
              rma_number: row.rma_number,
              metric: alert.metric,
              type: alert.type,
              due_at: alert.at ? new Date(alert.at).toISOString() : null,
              url: `/app/finesse/after-sales/cases/${row.id}`,
            },
          })
          await db("finesse_after_sales_sla_alert").where({ id }).update({ notification_id: notificationId, updated_at: new Date() })
          if (alert.type === "breach") totals.breaches++
          else totals.warnings++
        } catch (e) {
          // the next run tries again: the alert row goes, so the unique key is free
          await db("finesse_after_sales_sla_alert").where({ id }).delete()
          totals.failed++
        }
      }
      // clocks only: the case's updated_at stays what a person last did
      await db("finesse_after_sales_case").where({ id: row.id }).update(slaPatch(columns))
    }
    await progress?.(50, `${totals.checked} cases checked`)
  }
  return totals
}
