import { defineDemoSeed, type DemoSeedContext } from "@finesse/core/demo-seed"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { runCategories } from "../engine/categories-run"
import { runForecast } from "../engine/forecast-run"
import { runQuality } from "../engine/quality-run"
import { runReplenishment } from "../engine/replenishment-run"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import type { LeadTimeInput } from "../modules/finesse-catalog/store/lead-times"

/** A product photo stand-in: an SVG in the colour of its range with a label (no network needed to show it). */
function image(label: string, hue: number, view: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="hsl(${hue},35%,86%)"/><rect x="150" y="150" width="300" height="300" rx="24" fill="hsl(${hue},40%,62%)"/><text x="300" y="520" font-family="sans-serif" font-size="28" text-anchor="middle" fill="hsl(${hue},30%,25%)">${label.replace(/[<&>"]/g, "")} · ${view}</text></svg>`
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`
}

/** Shipping data by the top-level range: weight in grams, dimensions in cm. */
const SHIPPING: Record<string, { weight: number; length: number; width: number; height: number; hue: number }> = {
  women: { weight: 450, length: 35, width: 25, height: 6, hue: 340 },
  men: { weight: 600, length: 38, width: 28, height: 7, hue: 210 },
  home: { weight: 1400, length: 40, width: 30, height: 20, hue: 35 },
}

/** Suppliers by range: lead time (days, spread), pack size, minimum order and the cost of an order (EUR cents). */
const SUPPLIERS: Record<string, { supplier: string; days: number; sd: number; pack: number; moq: number; orderCost: number }> = {
  women: { supplier: "Atelier Textiles (Porto)", days: 21, sd: 5, pack: 1, moq: 6, orderCost: 4500 },
  men: { supplier: "Nordic Garments (Tallinn)", days: 28, sd: 7, pack: 2, moq: 8, orderCost: 6000 },
  home: { supplier: "Casa Home Goods (Valencia)", days: 14, sd: 3, pack: 4, moq: 8, orderCost: 3500 },
}

async function productsWithRange(ctx: DemoSeedContext) {
  const db = ctx.container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // the top-level category of each product's (first) category, by walking up the tree
  const r = await db.raw(
    `with recursive up as (
       select c.id, c.id top, c.parent_category_id, c.handle from product_category c where c.deleted_at is null
       union all select up.id, p.id, p.parent_category_id, p.handle from up join product_category p on p.id = up.parent_category_id where p.deleted_at is null
     )
     select p.id, p.title, coalesce(p.description, '') description, p.thumbnail, p.weight,
            (select count(*) from image i where i.product_id = p.id and i.deleted_at is null)::int images,
            (select t.handle from product_category_product pcp join up t on t.id = pcp.product_category_id and t.parent_category_id is null where pcp.product_id = p.id limit 1) range
       from product p where p.deleted_at is null order by p.id`
  )
  return r.rows as { id: string; title: string; description: string; thumbnail: string | null; weight: number | null; images: number; range: string | null }[]
}

/**
 * @finesse/catalog's part of the demo store. The base store writes no product media or shipping data; this seed
 * gives images and weight/dimensions to every product with a description, so the catalog plant's products (a
 * supplier feed bulk-imported without descriptions, three products whose description was lost) stand out as the
 * incomplete ones. Supplier terms per range follow, then the engines the nightly jobs run (jobs only queue during
 * the seed): quality scoring, category analysis, the weekly and daily forecasts and replenishment, so a fresh
 * demo shows what to fix, what to reorder and why.
 */
export default defineDemoSeed({
  plugin: "catalog",
  about: "product media and shipping data, supplier lead times, quality scores, category analysis, forecasts and replenishment",
  steps: [
    {
      name: "product-media",
      run: async (ctx) => {
        const products = await productsWithRange(ctx)
        const productModule = ctx.container.resolve(Modules.PRODUCT)
        let done = 0
        for (const p of products) {
          if (!p.description.trim() || p.images > 0) continue
          const s = SHIPPING[p.range ?? ""] ?? SHIPPING.home
          const urls = ["front", "detail", "in use"].map((v) => image(p.title, s.hue, v))
          await productModule.updateProducts(p.id, { images: urls.map((url) => ({ url })), thumbnail: urls[0], weight: s.weight, length: s.length, width: s.width, height: s.height })
          done++
        }
        const without = products.filter((p) => !p.description.trim()).length
        return `images and shipping data on ${done} products; ${without} products without a description keep none`
      },
    },
    {
      name: "lead-times",
      run: async (ctx) => {
        const db = ctx.container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const svc = ctx.container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
        const ranges = new Map((await productsWithRange(ctx)).map((p) => [p.id, p.range]))
        const variants = await db.raw(`select id, product_id, sku from product_variant where deleted_at is null order by id`)
        const rows: LeadTimeInput[] = variants.rows.map((v: any) => {
          const s = SUPPLIERS[ranges.get(v.product_id) ?? ""] ?? SUPPLIERS.home
          return { variant_id: v.id, location_id: null, sku: v.sku, supplier: s.supplier, lead_time_days: s.days, lead_time_sd_days: s.sd, pack_size: s.pack, moq: s.moq, order_cost: s.orderCost, currency_code: "eur", source: "seed" }
        })
        const { rows: stored } = await svc.upsertLeadTimes(rows)
        return `${stored.length} supplier lead times from ${Object.keys(SUPPLIERS).length} suppliers`
      },
    },
    {
      name: "quality-rules",
      run: async (ctx) => {
        // the demo store's copy is short by design (about 25 words): its standard is 20 words, not the default 40
        const svc = ctx.container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
        await svc.putRuleSetting("description_length", { enabled: true, weight: null, args: { minWords: 20 } }, null)
        return "description_length: at least 20 words"
      },
    },
    {
      name: "quality",
      run: async (ctx) => {
        const r = await runQuality(ctx.container, { now: ctx.now.getTime() })
        return `${r.products} products scored, average ${r.average_score}, ${r.fixes} fixes ranked`
      },
    },
    {
      name: "categories",
      run: async (ctx) => {
        const r = await runCategories(ctx.container, { now: ctx.now.getTime(), days: 90 })
        return `${r.categories} categories (${r.empty} empty, ${r.overloaded} overloaded), ${r.suggestions} suggestions, ${r.search_gaps} search gaps`
      },
    },
    {
      name: "forecast",
      run: async (ctx) => {
        const week = await runForecast(ctx.container, { granularity: "week", now: ctx.now.getTime(), recalibrate: true, rebuildDemand: true })
        const day = await runForecast(ctx.container, { granularity: "day", now: ctx.now.getTime(), recalibrate: true, rebuildDemand: true })
        return `${week.series} weekly and ${day.series} daily series forecast (${week.periods} weeks, ${day.periods} days of history)`
      },
    },
    {
      name: "replenishment",
      run: async (ctx) => {
        const r = await runReplenishment(ctx.container, { now: ctx.now.getTime() })
        return `${r.reorder} of ${r.plans} variant × location pairs to reorder; ${r.variants} variants classified (${r.drop_candidates} candidates to drop)`
      },
    },
  ],
})
