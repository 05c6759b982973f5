import { defineProcessor } from "@finesse/core/job-runtime"
import { deliveryKey } from "../../lib/push/delivery-key"
import { checkCaps } from "../../lib/push/frequency-cap"
import { activeHourHistogram, chooseSendTime } from "../../lib/push/send-time"
import { signToken } from "../../lib/push/tokens"
import { offsetForCountry } from "../../lib/push/timezone"
import type { Trigger } from "../../lib/push/triggers"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../modules/finesse-recommendations/service"
import type { DeliveryInsert } from "../../modules/finesse-recommendations/store/push"
import { activityTimes, lastOrderPlaces, loadRecipients } from "../../reads/push-audience"
import { detectTrigger } from "../../reads/push-triggers"
import { getEngine } from "../../serving/engine"
import { pushSecret } from "../../serving/push-links"
import { scheduleDeliveriesWorkflow } from "../../workflows/push/schedule-deliveries"
import { sendDeliveryWorkflow } from "../../workflows/push/send-delivery"
import { pushCampaignsJob } from "./definition"

const DAY_MS = 86_400_000

export default defineProcessor(pushCampaignsJob, async (job) => {
  const container = job.container
  const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const engine = getEngine()
  const settings = await recs.getSettings()
  const now = Date.now()
  const channelId = await engine.storeDefaultChannel()
  const campaigns = job.payload.campaign_id
    ? await recs.listFinesseRecCampaigns({ id: job.payload.campaign_id })
    : await recs.listFinesseRecCampaigns({ status: "active" })
  const summary: Record<string, { candidates: number; scheduled: number; skipped: Record<string, number> }> = {}
  if (channelId) {
    await engine.refreshModel()
    const region = await engine.defaultRegion()
    const pricing = { region_id: region?.id ?? null, currency_code: region?.currency_code ?? "eur", customer_group_ids: [] }
    for (const [i, campaign] of campaigns.entries()) {
      await job.progress((60 * i) / Math.max(1, campaigns.length), `campaign ${campaign.name}: finding occasions`)
      const candidates = await detectTrigger(
        { container, engine, recs, now, channelId, pricing, params: (campaign.params ?? {}) as Record<string, number> },
        campaign.trigger as Trigger
      )
      const s = (summary[campaign.id] = { candidates: candidates.length, scheduled: 0, skipped: {} as Record<string, number> })
      if (!candidates.length) continue
      const customerIds = [...new Set(candidates.map((c) => c.customerId))]
      const [recipients, consents, activity, times, lastOrders] = await Promise.all([
        loadRecipients(container, customerIds),
        recs.consentsOf(customerIds),
        activityTimes(container, customerIds, now),
        recs.messageTimes(customerIds, new Date(now - 8 * DAY_MS), new Date(now + 8 * DAY_MS)),
        lastOrderPlaces(container, customerIds),
      ])
      const planned: DeliveryInsert[] = []
      for (const c of candidates) {
        const who = recipients.get(c.customerId)
        const key = deliveryKey(campaign.id, c.customerId, c.key)
        const skip = (reason: string) => {
          s.skipped[reason] = (s.skipped[reason] ?? 0) + 1
          planned.push({ delivery_key: key, campaign_id: campaign.id, customer_id: c.customerId, channel: campaign.channel, to: null, status: "skipped", reason, scheduled_for: new Date(now), recommendation_id: null, product_ids: c.productIds, data: c.data })
        }
        const to = campaign.channel === "sms" ? who?.phone : who?.email
        if (!who || !to) {
          skip("no_address")
          continue
        }
        const consent = consents.get(c.customerId)
        const channelFlag = consent ? (consent as Record<string, unknown>)[campaign.channel] === true : false
        const allowed = settings.push.consent_mode === "opt_in" ? channelFlag : !consent || channelFlag
        if (!allowed) {
          skip("no_consent")
          continue
        }
        const offset = offsetForCountry(who.country_code, settings.push.default_utc_offset_minutes)
        const send = chooseSendTime({ now, offsetMinutes: offset, histogram: activeHourHistogram(activity.get(c.customerId) ?? [], offset), quiet: settings.push.quiet_hours })
        const cap = checkCaps(send.at, times.all.get(c.customerId) ?? [], times.byCampaign.get(`${campaign.id}|${c.customerId}`) ?? [], { perDay: settings.push.caps.per_day, perWeek: settings.push.caps.per_week }, campaign.cooldown_days)
        if (!cap.ok) {
          skip(cap.reason)
          continue
        }
        // where the customer shops: the cart's channel and region, else their last order's, else the product's
        const last = lastOrders.get(c.customerId)
        const channel =
          (c.data.sales_channel_id as string | undefined) ?? last?.sales_channel_id ?? (c.productIds[0] ? await engine.channelForProduct(c.productIds[0], now) : null) ?? channelId
        const regionId = (c.data.region_id as string | undefined) ?? last?.region_id ?? pricing.region_id ?? undefined
        // content: the occasion's products first, then the customer's e-mail recommendations
        const rec = await engine.recommend({
          placement: "email",
          limit: Math.max(1, campaign.item_count),
          customerId: c.customerId,
          anonymousId: null,
          salesChannelIds: [channel],
          regionId,
        })
        const recPricing = { region_id: rec.region_id, currency_code: rec.currency_code, customer_group_ids: [] as string[] }
        await engine.cards.ensure(c.productIds, recPricing, channel, now)
        const subject = c.productIds.map((id) => engine.cards.card(id, recPricing, channel)).filter((x) => !!x)
        const items = [
          ...subject.map((card) => ({ id: card!.base.id, title: card!.base.title, handle: card!.base.handle, thumbnail: card!.base.thumbnail, price: card!.price.calculated_amount, currency_code: card!.price.currency_code, reason: campaign.trigger })),
          ...rec.products.filter((p) => !c.productIds.includes(p.id)).map((p) => ({ id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail, price: p.calculated_price.calculated_amount, currency_code: p.calculated_price.currency_code, reason: "recommended" })),
        ].slice(0, Math.max(campaign.item_count, subject.length))
        if (!items.length) {
          skip("no_products")
          continue
        }
        planned.push({
          delivery_key: key,
          campaign_id: campaign.id,
          customer_id: c.customerId,
          channel: campaign.channel,
          to,
          status: "scheduled",
          reason: send.reason,
          scheduled_for: new Date(send.at),
          recommendation_id: rec.recommendation_id,
          product_ids: items.map((x) => x.id),
          data: { ...c.data, occasion: c.key, items, first_name: who.first_name },
        })
        // later candidates of this run count this message against the caps
        ;(times.all.get(c.customerId) ?? times.all.set(c.customerId, []).get(c.customerId)!).push(send.at)
        ;(times.byCampaign.get(`${campaign.id}|${c.customerId}`) ?? times.byCampaign.set(`${campaign.id}|${c.customerId}`, []).get(`${campaign.id}|${c.customerId}`)!).push(send.at)
        s.scheduled++
      }
      await scheduleDeliveriesWorkflow(container).run({ input: { deliveries: planned } })
      await recs.updateFinesseRecCampaigns({ id: campaign.id, last_run_at: new Date(now) })
    }
  }

  // send what is due (also messages planned by earlier runs for this hour)
  let sent = 0
  let failed = 0
  if (job.payload.send) {
    await job.progress(70, "sending due messages")
    const secret = pushSecret(container)
    const campaignsById = new Map((await recs.listFinesseRecCampaigns({})).map((c) => [c.id, c]))
    const done = new Set<string>()
    for (;;) {
      const due = (await recs.dueDeliveries(new Date(), 200, job.payload.campaign_id)).filter((d: { id: string }) => !done.has(d.id))
      if (!due.length) break
      for (const d of due) {
        done.add(d.id)
        const campaign = campaignsById.get(d.campaign_id)
        const base = settings.push.backend_url.replace(/\/$/, "")
        const shop = settings.push.storefront_url.replace(/\/$/, "")
        const data = d.data ?? {}
        const items = ((data.items ?? []) as { id: string; handle: string }[]).map((x) => ({
          ...x,
          url: `${base}/finesse/push/c/${signToken(secret, { t: "k", d: d.id, p: x.id })}`,
          product_url: `${shop}/products/${x.handle}`,
        }))
        const { result } = await sendDeliveryWorkflow(container).run({
          input: {
            delivery_id: d.id,
            delivery_key: d.delivery_key,
            to: d.to,
            channel: d.channel,
            template: campaign?.template ?? "finesse-recommendations",
            customer_id: d.customer_id,
            campaign_id: d.campaign_id,
            data: {
              ...data,
              subject: campaign?.subject ?? campaign?.name ?? "",
              items,
              recommendation_id: d.recommendation_id,
              open_pixel_url: `${base}/finesse/push/o/${signToken(secret, { t: "o", d: d.id })}`,
              unsubscribe_url: `${base}/finesse/push/unsubscribe?token=${signToken(secret, { t: "u", c: d.customer_id, ch: d.channel })}`,
            },
          },
        })
        if (result.status === "sent") sent++
        else if (result.status === "failed") failed++
      }
      if (due.length < 200) break
    }
  }
  return { campaigns: campaigns.length, summary, sent, failed }
})
