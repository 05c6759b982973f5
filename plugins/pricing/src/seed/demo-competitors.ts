import type { MedusaContainer } from "@medusajs/framework/types"
import { ingestObservations, type IncomingObservation } from "../engine/observation-ingest"
import { pricingDb, pricingService } from "../engine/context"

const DAY = 86_400_000
export const DEMO_COMPETITORS = [
  { code: "modehaus", name: "Modehaus", website: "https://modehaus.example", level: 1.01 },
  { code: "stylemart", name: "StyleMart", website: "https://stylemart.example", level: 1.02 },
  { code: "trendkiste", name: "Trendkiste", website: "https://trendkiste.example", level: 0.97 },
] as const
const MATCHED = 24
const HISTORY_DAYS = 60

/** The demo's best-selling variants in EUR with their SKU and catalogue price (minor units). */
async function bestSellers(container: MedusaContainer, n: number) {
  const r = await pricingDb(container).raw(
    `with sold as (
       select variant_id, sum(quantity) units from finesse_order_line_fact
       where currency_code = 'eur' and variant_id is not null and status <> 'canceled' group by variant_id
     )
     select pv.id variant_id, pv.product_id, pv.sku, round(pr.amount * 100)::int price,
       (select count(distinct l.unit_price) from finesse_order_line_fact l where l.variant_id = pv.id and l.currency_code = 'eur') > 1 as varied
     from sold join product_variant pv on pv.id = sold.variant_id and pv.deleted_at is null and pv.sku is not null
     join product_variant_price_set pvps on pvps.variant_id = pv.id and pvps.deleted_at is null
     join price pr on pr.price_set_id = pvps.price_set_id and pr.currency_code = 'eur' and pr.price_list_id is null and pr.deleted_at is null and coalesce(pr.rules_count, 0) = 0
     order by sold.units desc, pv.id limit ?`,
    [n * 3]
  )
  // one variant per product
  const seen = new Set<string>()
  return (r.rows as { variant_id: string; product_id: string; sku: string; price: number; varied: boolean }[]).filter((v) => !seen.has(v.product_id) && seen.add(v.product_id)).slice(0, n)
}

/**
 * Three competitors with 60 days of daily prices for the 24 best-selling products (matched by SKU through the same
 * ingest the admin API uses): each competitor sits near our price with a small random walk; on the best seller
 * StyleMart and Modehaus undercut each other four times in the last two weeks (a price war), and Trendkiste has
 * been out of stock on three products for four days.
 */
export async function seedDemoCompetitors(container: MedusaContainer, now: Date, random: () => number): Promise<string> {
  const svc = pricingService(container)
  if ((await svc.listFinessePricingCompetitors({ code: DEMO_COMPETITORS.map((c) => c.code) }, { take: 10 })).length) return "competitors already seeded"
  await svc.createFinessePricingCompetitors(DEMO_COMPETITORS.map((c) => ({ code: c.code, name: c.name, website: c.website })))
  const variants = await bestSellers(container, MATCHED)
  if (!variants.length) return "no sold variant with a SKU and a EUR price: nothing to match"
  const end = now.getTime() - 3_600_000
  const rows: IncomingObservation[] = []
  // the war is on a best seller whose price never moved (a product the history repriced sits below the war's prices)
  const war = variants.find((v) => !v.varied) ?? variants[0]
  const oos = new Set(variants.filter((v) => v !== war && !v.varied).slice(0, 3).map((v) => v.variant_id))
  for (const v of variants) {
    for (const c of DEMO_COMPETITORS) {
      let level = c.level + (random() - 0.5) * 0.06
      for (let d = HISTORY_DAYS; d >= 0; d--) {
        const at = end - d * DAY
        if (random() < 0.12) level = Math.min(1.12, Math.max(0.88, level + (random() - 0.5) * 0.05))
        let price = Math.round((v.price * level) / 10) * 10 - 1
        let inStock = true
        if (v === war && d <= 14) {
          // the war: alternating undercuts, each one taking the lowest price
          const steps = { stylemart: [[12, 0.98], [6, 0.94]], modehaus: [[9, 0.96], [3, 0.92]], trendkiste: [] } as Record<string, [number, number][]>
          const before = { stylemart: 1.02, modehaus: 1.01, trendkiste: 1.04 } as Record<string, number>
          let m = before[c.code]
          for (const [day, mult] of steps[c.code]) if (d <= day) m = mult
          price = Math.round(v.price * m) - 1
        }
        if (c.code === "trendkiste" && oos.has(v.variant_id) && d <= 4) inStock = false
        rows.push({ competitor: c.code, sku: v.sku, price, currency_code: "eur", in_stock: inStock, observed_at: new Date(at), url: `https://${c.code}.example/p/${encodeURIComponent(v.sku)}` })
      }
    }
  }
  const res = await ingestObservations(container, rows, "seed", now)
  return `${DEMO_COMPETITORS.length} competitors, ${res.matches_created} SKU matches, ${res.written} observations over ${HISTORY_DAYS} days (price war on ${war.sku}, out of stock on ${oos.size})`
}
