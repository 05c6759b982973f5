import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { fieldCipher } from "@finesse/core/privacy"
import { buildComplaintReport, type ComplaintCase } from "../lib/complaints/complaint-report"
import { unitsByProductAndCategory } from "../reads/core-tables"
import { service } from "./case-change"

const DAY = 86_400_000

/**
 * The complaints job's work: every case of the last two windows (subject and first customer message, decrypted in
 * memory only, with its reason code), units sold and returned per product and category from the order facts, then
 * lib buildComplaintReport. Saves the report and its topics, and writes each case's topic label on the case so the
 * inbox can filter by topic.
 */
export async function analyzeComplaints(
  container: MedusaContainer,
  opts: { now: number; windowDays: number; k?: number; progress?: (pct: number, msg: string) => Promise<void> }
) {
  const db = service(container).db()
  const cipher = fieldCipher(container)
  const to = new Date(opts.now)
  const from = new Date(opts.now - opts.windowDays * DAY)
  const previousFrom = new Date(opts.now - 2 * opts.windowDays * DAY)
  await opts.progress?.(5, "reading complaints")
  const rows = (
    await db.raw(
      `select c.id, c.created_at, c.subject, c.reason, c.product_id, c.category_ids,
              (select m.body from finesse_after_sales_message m where m.case_id = c.id and m.author_type = 'customer' and m.deleted_at is null order by m.created_at limit 1) body
         from finesse_after_sales_case c
        where c.deleted_at is null and c.created_at >= ? and c.created_at < ? and c.follow_up_of is null`,
      [previousFrom, to]
    )
  ).rows as Array<{ id: string; created_at: Date; subject: string; reason: string | null; product_id: string | null; category_ids: string[] | null; body: string | null }>
  const cases: ComplaintCase[] = rows.map((r) => {
    const subject = cipher.decrypt(r.subject)
    const body = r.body ? cipher.decrypt(r.body) : ""
    return { id: r.id, at: new Date(r.created_at).getTime(), text: body.startsWith(subject) ? body : `${subject}. ${body}`, reason: r.reason, productId: r.product_id, categoryIds: r.category_ids ?? [] }
  })
  await opts.progress?.(25, `${cases.length} complaints; reading sales`)
  const [cur, prev] = await Promise.all([unitsByProductAndCategory(container, from, to), unitsByProductAndCategory(container, previousFrom, from)])
  const productIds = [...new Set([...cases.map((c) => c.productId).filter((x): x is string => !!x)])]
  const titles: string[] = []
  if (productIds.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
    for (const p of data as any[]) titles.push(p.title)
  }
  // a product needs the volume of the store's median product (5 to 30 units in the window) to be ranked: a fixed 30
  // would leave every product of a small store "too little volume"
  const volumes = [...cur.sold.values()].sort((a, b) => a - b)
  const minExposure = Math.min(30, Math.max(5, volumes.length ? volumes[Math.floor(volumes.length / 2)] : 30))
  await opts.progress?.(40, "finding topics")
  const report = buildComplaintReport({
    cases,
    now: opts.now,
    windowDays: opts.windowDays,
    unitsSold: { products: { current: cur.sold, previous: prev.sold }, categories: { current: cur.categories, previous: prev.categories } },
    unitsReturned: { current: cur.returned, previous: prev.returned },
    ignoreWords: titles,
    k: opts.k,
    minExposure,
  })
  await opts.progress?.(85, "saving the analysis")
  const analysisId = generateEntityId(undefined, "fasana")
  const { assignments, ...result } = report
  await db.transaction(async (trx: any) => {
    await trx("finesse_after_sales_analysis").insert({
      id: analysisId,
      kind: "complaints",
      window_from: from,
      window_to: to,
      case_count: cases.length,
      result: JSON.stringify({ ...result, window_days: opts.windowDays, min_exposure: minExposure }),
    })
    for (const t of report.topics) {
      await trx("finesse_after_sales_topic").insert({
        id: generateEntityId(undefined, "fastop"),
        analysis_id: analysisId,
        index: t.index,
        name: t.name,
        label: t.label,
        terms: JSON.stringify(t.terms),
        size: t.size,
        share: t.share,
        exemplar_case_ids: JSON.stringify(t.exemplarIds),
      })
    }
    const ids = Object.keys(assignments)
    const labels = ids.map((id) => {
      const t = report.topics[assignments[id]]
      return t.name ?? t.label
    })
    if (ids.length) {
      await trx.raw(
        `update finesse_after_sales_case c set topic = v.topic from unnest(?::text[], ?::text[]) as v(id, topic) where c.id = v.id`,
        [`{${ids.map((x) => `"${x}"`).join(",")}}`, `{${labels.map((x) => `"${x.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`]
      )
    }
    // keep the last 30 analyses
    await trx.raw(
      `delete from finesse_after_sales_topic where analysis_id in (select id from finesse_after_sales_analysis where kind = 'complaints' order by created_at desc offset 30)`
    )
    await trx.raw(`delete from finesse_after_sales_analysis where id in (select id from finesse_after_sales_analysis where kind = 'complaints' order by created_at desc offset 30)`)
  })
  return { analysis_id: analysisId, cases: cases.length, topics: report.topics.length, top_product: report.productRates[0]?.key ?? null }
}
