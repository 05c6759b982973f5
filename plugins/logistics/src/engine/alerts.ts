// Delivery-performance alerts: evaluate the configured rules over recent shipments, keep one open alert per
// condition, resolve the ones that cleared, and tell the team through Medusa's notification module (the admin's
// notification feed by default) once per new alert.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { evaluateAlerts } from "../lib/performance/alert-rules"
import { logisticsOf } from "./container"

const DAY = 86_400_000

export type AlertRun = { evaluated: number; raised: number; updated: number; resolved: number; notified: number; failed: number }

export async function runDeliveryAlerts(container: MedusaContainer, now = Date.now()): Promise<AlertRun> {
  const svc = logisticsOf(container)
  const settings = await svc.alertSettings()
  const records = await svc.deliveryRecords(new Date(now - 120 * DAY), new Date(now + DAY))
  const alerts = evaluateAlerts(settings.rules, { records, now })
  const open = (await svc.listFinesseLogisticsAlerts({ status: "open" }, { take: null as any })) as any[]
  const openByKey = new Map(open.map((a) => [a.key, a]))
  const run: AlertRun = { evaluated: records.length, raised: 0, updated: 0, resolved: 0, notified: 0, failed: 0 }
  const notifications = container.resolve(Modules.NOTIFICATION)
  const at = new Date(now)
  for (const a of alerts) {
    const existing = openByKey.get(a.key)
    if (existing) {
      await svc.updateFinesseLogisticsAlerts({ id: existing.id, value: a.value, message: a.message, severity: a.severity, last_at: at })
      run.updated++
      continue
    }
    const created = (await svc.createFinesseLogisticsAlerts({ ...a, status: "open", first_at: at, last_at: at } as any)) as any
    run.raised++
    try {
      const sent = await notifications.createNotifications({
        to: settings.to,
        channel: settings.channel,
        template: "finesse-logistics-alert",
        data: { title: `Delivery alert: ${a.group ?? a.rule}`, description: a.message, severity: a.severity, rule: a.rule, alert_id: created.id },
        trigger_type: "finesse.logistics.alert",
        resource_id: created.id,
        resource_type: "finesse_logistics_alert",
        idempotency_key: `finesse-logistics-alert-${created.id}`,
      })
      const id = (Array.isArray(sent) ? sent[0] : sent)?.id ?? null
      await svc.updateFinesseLogisticsAlerts({ id: created.id, notified_at: at, notification_id: id })
      run.notified++
    } catch {
      run.failed++
    }
  }
  const live = new Set(alerts.map((a) => a.key))
  for (const a of open) {
    if (live.has(a.key)) continue
    await svc.updateFinesseLogisticsAlerts({ id: a.id, status: "resolved", resolved_at: at })
    run.resolved++
  }
  return run
}
