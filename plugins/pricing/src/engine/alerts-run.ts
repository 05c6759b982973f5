import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAlertRunner, type Alert } from "../lib/competitors/alerts"
import { buildPriceHistory, type PriceSeries } from "../lib/competitors/price-history"
import type { AlertInsert } from "../modules/finesse-pricing/store/alerts"
import { currentPrice, productSummaries, variantPrices } from "../reads/medusa-prices"
import { pricingDb, pricingService, silent, type Reporter } from "./context"
import { ownPriceHistory } from "./own-history"

const DAY = 86_400_000
const CHUNK = 2000

export type AlertsRunResult = { variants: number; raised: number; new_alerts: number; notified: number; resolved: number; by_code: Record<string, number> }

type NotificationModule = { createNotifications(data: Record<string, unknown>[]): Promise<{ id: string }[] | { id: string }> }

/**
 * Evaluates the alert rules (undercut, price war, competitor out of stock) for every variant a competitor was seen
 * selling lately, against our own price history. A situation keeps its key, so it is raised once; a new alert goes
 * to the admin's notification feed through Medusa's notification module (idempotency key = the alert key), and open
 * alerts whose situation is over are resolved. Competitors appear by their code in messages.
 */
export async function runAlerts(container: MedusaContainer, o: { now: Date; report?: Reporter; notify?: boolean }): Promise<AlertsRunResult> {
  const report = o.report ?? silent
  const svc = pricingService(container)
  const db = pricingDb(container)
  const settings = await svc.getSettings()
  const runner = createAlertRunner(settings.alerts)
  const now = o.now.getTime()
  const windowDays = Math.max(30, (settings.alerts.price_war?.windowDays ?? 14) + 7)
  const since = new Date(now - windowDays * DAY)
  const competitors = await svc.listFinessePricingCompetitors({ active: true }, { take: 10_000 })
  const codeOf = new Map<string, string>(competitors.map((c: any) => [c.id, c.code]))
  const idOf = new Map<string, string>(competitors.map((c: any) => [c.code, c.id]))
  const priceListId = await svc.getPriceListId()
  const targets = (await svc.observedVariants(since)).filter((t) => t.variant_id)
  const variantIds = [...new Set(targets.map((t) => t.variant_id))]
  const raised: AlertInsert[] = []
  const byCode: Record<string, number> = {}
  for (let i = 0; i < variantIds.length; i += CHUNK) {
    const ids = variantIds.slice(i, i + CHUNK)
    const [obs, changes, prices] = await Promise.all([svc.observationsOf({ variant_ids: ids }, since), svc.changesOfVariants(ids), variantPrices(db, ids, priceListId)])
    const history = buildPriceHistory(
      obs.filter((x) => codeOf.has(x.competitor_id)).map((x) => ({ competitorId: codeOf.get(x.competitor_id)!, variantId: x.variant_id, currencyCode: x.currency_code, price: x.price, inStock: x.in_stock, observedAt: new Date(x.observed_at).getTime() }))
    )
    const seriesOf = new Map<string, PriceSeries[]>()
    for (const s of history) {
      const k = `${s.variantId}|${s.currencyCode}`
      seriesOf.set(k, [...(seriesOf.get(k) ?? []), s])
    }
    const changesOf = new Map<string, typeof changes>()
    for (const c of changes) {
      const k = `${c.variant_id}|${c.currency_code}`
      changesOf.set(k, [...(changesOf.get(k) ?? []), c])
    }
    for (const [k, series] of seriesOf) {
      const [variantId, currency] = k.split("|")
      const v = prices.get(variantId)
      const own = v ? currentPrice(v, currency, null) : null
      if (!v || !own) continue
      const alerts: Alert[] = runner({ now, variantId, productId: v.productId, currencyCode: currency, ownPrice: own.amount, ownHistory: ownPriceHistory(changesOf.get(k) ?? [], own.amount), competitors: series })
      for (const a of alerts) {
        byCode[a.code] = (byCode[a.code] ?? 0) + 1
        raised.push({ key: a.key, code: a.code, severity: a.severity, variant_id: a.variantId, product_id: a.productId, competitor_id: a.competitorId ? idOf.get(a.competitorId) ?? null : null, currency_code: currency, message: a.message, data: { ...a.data, competitor_code: a.competitorId } })
      }
    }
    await report(Math.round((80 * (i + ids.length)) / Math.max(1, variantIds.length)), `${i + ids.length} of ${variantIds.length} variants checked`)
  }
  const stored = await svc.upsertAlerts(raised, o.now)
  const resolved = await svc.resolveAlertsNotIn(raised.map((a) => a.key), o.now)
  const fresh = stored.filter((s) => s.inserted)
  let notified = 0
  if (fresh.length && o.notify !== false) {
    const byKey = new Map(raised.map((a) => [a.key, a]))
    const titles = await productSummaries(db, [...new Set(fresh.map((f) => byKey.get(f.key)!.product_id))])
    const notifications = container.resolve<NotificationModule>(Modules.NOTIFICATION)
    for (const f of fresh) {
      const a = byKey.get(f.key)!
      try {
        const sent = await notifications.createNotifications([
          {
            to: "",
            channel: "feed",
            template: "admin-ui",
            data: { title: `${TITLES[a.code] ?? a.code}: ${titles.get(a.product_id)?.title ?? a.product_id}`, description: a.message },
            trigger_type: `finesse.pricing.alert.${a.code}`,
            resource_id: f.id,
            resource_type: "finesse_pricing_alert",
            idempotency_key: `finesse-pricing-alert-${a.key}`,
          },
        ])
        const id = (Array.isArray(sent) ? sent[0] : sent)?.id ?? null
        await svc.setAlertNotification(f.id, id)
        notified++
      } catch {
        // a notification provider failing must not lose the alert itself: it stays listed on the Pricing page
      }
    }
  }
  await report(100, `${raised.length} alert(s) in force, ${fresh.length} new, ${resolved} resolved`)
  return { variants: variantIds.length, raised: raised.length, new_alerts: fresh.length, notified, resolved, by_code: byCode }
}

export const TITLES: Record<string, string> = { undercut: "Undercut", price_war: "Price war", competitor_out_of_stock: "Competitor out of stock" }

