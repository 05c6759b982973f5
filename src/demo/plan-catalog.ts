import {
  ADJECTIVES,
  APPAREL_SIZES,
  ATELIER_PRICE_FACTOR,
  BEDDING_PRICE,
  BEDDING_SIZES,
  CATEGORY_TREE,
  COLLECTIONS,
  COLORS,
  FINISHES,
  SCENTS,
  SHOE_SIZES_MEN,
  SHOE_SIZES_WOMEN,
  SIZE_DEMAND,
  STRAPS,
  STYLE_TAGS,
  USD_PER_EUR,
  type LeafSpec,
} from "./catalog-data"
import { STOCK_LOCATIONS } from "./plan-geography"
import { Rng } from "./prng"
import { slugify } from "./slug"
import type { DemoCategory, DemoCollection, DemoProduct, DemoProductOption, DemoVariant } from "./types"

/** A leaf category with what the planner needs to sell from it. */
export type LeafInfo = {
  key: string
  /** Index in the flat leaf list. */
  index: number
  spec: LeafSpec
  /** Top-level category name: Women, Men or Home. */
  top: string
  /** Names from the top down, for search matching. */
  path: string[]
  handle: string
}

export type PlannedCatalog = {
  categories: DemoCategory[]
  collections: DemoCollection[]
  products: DemoProduct[]
  leaves: LeafInfo[]
  /** products[i] sits in leaves[productLeaf[i]] */
  productLeaf: number[]
  /** Relative demand of each product. */
  productWeight: number[]
  /** Atelier (premium line) products. */
  productAtelier: boolean[]
}

/** A customer-facing price point in minor units: 49.95 below 100, 149.95-style steps of 5 above. */
export function pricePoint(major: number): number {
  if (major < 100) return Math.max(1, Math.round(major)) * 100 - 5
  return Math.round(major / 5) * 500 - 5
}

/** Products at `scale`: gentler than customers (square root) with a floor, so small plans stay complete. */
export function productCount(scale: number): number {
  return Math.max(30, Math.round(320 * Math.sqrt(scale)))
}

export function planCategories(): { categories: DemoCategory[]; leaves: LeafInfo[] } {
  const categories: DemoCategory[] = []
  const leaves: LeafInfo[] = []
  const add = (name: string, handle: string, parentKey: string | null, rank: number): string => {
    const key = `cat_${handle.replace(/-/g, "_")}`
    categories.push({ key, name, handle, parentKey, rank })
    return key
  }
  const addLeaf = (spec: LeafSpec, top: string, path: string[], parentHandle: string, parentKey: string, rank: number) => {
    const handle = `${parentHandle}-${slugify(spec.name)}`
    const key = add(spec.name, handle, parentKey, rank)
    leaves.push({ key, index: leaves.length, spec, top, path: [...path, spec.name], handle })
  }
  CATEGORY_TREE.forEach((top, topRank) => {
    const topHandle = slugify(top.name)
    const topKey = add(top.name, topHandle, null, topRank)
    top.groups?.forEach((group, groupRank) => {
      const groupHandle = `${topHandle}-${slugify(group.name)}`
      const groupKey = add(group.name, groupHandle, topKey, groupRank)
      group.leaves.forEach((spec, rank) => addLeaf(spec, top.name, [top.name, group.name], groupHandle, groupKey, rank))
    })
    top.leaves?.forEach((spec, rank) => addLeaf(spec, top.name, [top.name], topHandle, topKey, rank))
  })
  return { categories, leaves }
}

/** Products per leaf: proportional to demand, at least one each (largest remainder). */
function allocate(total: number, weights: number[]): number[] {
  const n = weights.length
  const rest = Math.max(0, total - n)
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (rest * w) / sum)
  const counts = exact.map((x) => 1 + Math.floor(x))
  let missing = total - counts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; missing > 0; k = (k + 1) % n, missing--) counts[order[k][1]]++
  return counts
}

type VariantShape = { values: string[]; priceFactor: number; demand: number }

/** Options and variant shapes (1–4 variants) for a product of a given scheme. */
function shapeVariants(rng: Rng, spec: LeafSpec): { options: DemoProductOption[]; shapes: VariantShape[] } {
  const color = () => rng.pick(COLORS)
  const colors = (n: number) => rng.shuffle([...COLORS]).slice(0, n)
  const consecutive = (all: string[], n: number) => {
    const start = rng.int(0, all.length - n)
    return all.slice(start, start + n)
  }
  const grid = (sizeTitle: string, sizes: string[], colorValues: string[]) => {
    const shapes: VariantShape[] = []
    for (const s of sizes) for (const c of colorValues) shapes.push({ values: [s, c], priceFactor: 1, demand: SIZE_DEMAND[s] ?? 1 })
    return { options: [{ title: sizeTitle, values: sizes }, { title: "Color", values: colorValues }], shapes }
  }
  const single = (title: string, values: string[], factor: (i: number) => number = () => 1) => ({
    options: [{ title, values }],
    shapes: values.map((v, i) => ({ values: [v], priceFactor: factor(i), demand: 1 })),
  })
  switch (spec.options) {
    case "apparel": {
      const pattern = rng.weighted([0, 1, 2, 3], [0.45, 0.2, 0.2, 0.15])
      if (pattern === 0) return grid("Size", consecutive(APPAREL_SIZES, 4), [color()])
      if (pattern === 1) return grid("Size", consecutive(["S", "M", "L"], 2), colors(2))
      if (pattern === 2) return grid("Size", consecutive(APPAREL_SIZES, 3), [color()])
      return grid("Size", consecutive(["S", "M", "L"], 2), [color()])
    }
    case "shoes_women":
      return grid("Size", consecutive(SHOE_SIZES_WOMEN, rng.int(3, 4)), [color()])
    case "shoes_men":
      return grid("Size", consecutive(SHOE_SIZES_MEN, rng.int(3, 4)), [color()])
    case "color":
      return single("Color", colors(rng.weighted([1, 2, 3, 4], [0.25, 0.3, 0.25, 0.2])))
    case "bedding": {
      const sizes = rng.chance(0.6) ? BEDDING_SIZES : BEDDING_SIZES.slice(1)
      const offset = BEDDING_SIZES.length - sizes.length
      const c = color()
      return {
        options: [{ title: "Size", values: sizes }, { title: "Color", values: [c] }],
        shapes: sizes.map((s, i) => ({ values: [s, c], priceFactor: BEDDING_PRICE[i + offset], demand: 1 })),
      }
    }
    case "scent":
      return single("Scent", rng.shuffle([...SCENTS]).slice(0, rng.int(1, 3)))
    case "finish":
      return single("Finish", FINISHES.slice(0, rng.int(1, 2)), (i) => (i === 1 ? 1.1 : 1))
    case "strap":
      return single("Strap", STRAPS.slice(0, rng.int(1, 2)), (i) => (i === 1 ? 1.15 : 1))
  }
}

function abbreviation(value: string): string {
  return slugify(value).replace(/-/g, "").slice(0, 3).toUpperCase()
}

function pickCollection(rng: Rng, spec: LeafSpec, top: string): string | null {
  if (rng.chance(0.09)) return "col_atelier"
  if (spec.season === "summer" && rng.chance(0.4)) return "col_summer_edit"
  if (spec.season === "winter" && rng.chance(0.4)) return "col_winter_edit"
  if (["WTO", "MTE", "WTR", "MTR", "MSH"].includes(spec.code) && rng.chance(0.3)) return "col_essentials"
  if (top === "Home" && rng.chance(0.3)) return "col_home_comforts"
  return null
}

function productDescription(title: string, material: string, leaf: LeafInfo, atelier: boolean): string {
  const line = atelier ? "From our Atelier line, made in small runs." : "Designed to be worn and used every day."
  return `${title} in ${material.toLowerCase()}, from our ${leaf.path.join(" / ")} range. ${line} Free returns within 30 days.`
}

export function planCatalog(seed: number, scale: number): PlannedCatalog {
  const rng = new Rng(seed, "catalog")
  const { categories, leaves } = planCategories()
  const collections = COLLECTIONS.map((c) => ({ ...c }))
  const perLeaf = allocate(
    productCount(scale),
    leaves.map((l) => l.spec.demand)
  )
  const products: DemoProduct[] = []
  const productLeaf: number[] = []
  const productAtelier: boolean[] = []
  const titles = new Set<string>()
  const handles = new Set<string>()

  leaves.forEach((leaf, leafIndex) => {
    const spec = leaf.spec
    for (let n = 0; n < perLeaf[leafIndex]; n++) {
      const seq = products.length + 1
      const key = `prod_${String(seq).padStart(4, "0")}`
      let title = ""
      let material = ""
      for (let attempt = 0; attempt < 20 && (title === "" || titles.has(title)); attempt++) {
        material = rng.pick(spec.materials)
        title = `${rng.pick(ADJECTIVES)} ${material} ${rng.pick(spec.nouns)}`
      }
      for (let k = 2; titles.has(title); k++) title = `${title.replace(/ \d+$/, "")} ${k}`
      titles.add(title)
      let handle = slugify(title)
      for (let k = 2; handles.has(handle); k++) handle = `${slugify(title)}-${k}`
      handles.add(handle)

      const collectionKey = pickCollection(rng, spec, leaf.top)
      const atelier = collectionKey === "col_atelier"
      const [lo, hi] = spec.price
      const basePrice = Math.exp(rng.range(Math.log(lo), Math.log(hi))) * (atelier ? ATELIER_PRICE_FACTOR : 1)
      const margin = Math.min(0.7, rng.range(spec.margin[0], spec.margin[1]) + (atelier ? 0.03 : 0))
      const { options, shapes } = shapeVariants(rng, spec)

      const variants: DemoVariant[] = shapes.map((shape, v) => {
        const eur = pricePoint(basePrice * shape.priceFactor)
        const usd = pricePoint(basePrice * shape.priceFactor * USD_PER_EUR)
        const m = Math.min(0.7, Math.max(0.25, margin + rng.range(-0.01, 0.01)))
        const inventory: Record<string, number> = {}
        const soldOut = rng.chance(0.05)
        for (const loc of STOCK_LOCATIONS) {
          if (soldOut) inventory[loc.key] = 0
          else if (loc.kind === "warehouse") inventory[loc.key] = rng.chance(0.05) ? 0 : Math.round(rng.range(8, 60) * spec.demand * shape.demand)
          else inventory[loc.key] = rng.chance(0.3) ? 0 : rng.int(1, 12)
        }
        const optionValues: Record<string, string> = {}
        options.forEach((o, i) => (optionValues[o.title] = shape.values[i]))
        return {
          key: `${key.replace("prod_", "var_")}_${v + 1}`,
          sku: `FN-${spec.code}-${String(seq).padStart(4, "0")}-${shape.values.map(abbreviation).join("-")}`,
          title: shape.values.join(" / "),
          options: optionValues,
          prices: { eur, usd },
          costs: { eur: Math.round(eur * (1 - m)), usd: Math.round(usd * (1 - m)) },
          inventory,
        }
      })

      const tags = [slugify(material)]
      for (const t of STYLE_TAGS) if (rng.chance(0.1)) tags.push(t)
      if (spec.season) tags.push(spec.season)
      if (atelier) tags.push("premium")

      products.push({
        key,
        title,
        handle,
        description: productDescription(title, material, leaf, atelier),
        categoryKey: leaf.key,
        collectionKey,
        tags,
        options,
        variants,
      })
      productLeaf.push(leafIndex)
      productAtelier.push(atelier)
    }
  })

  // Demand: a Zipf-like long tail over a random ranking, scaled by the category's demand.
  const ranks = rng.shuffle(products.map((_, i) => i))
  const productWeight = new Array<number>(products.length)
  ranks.forEach((p, rank) => {
    productWeight[p] = (leaves[productLeaf[p]].spec.demand * (productAtelier[p] ? 0.6 : 1)) / Math.pow(rank + 6, 0.9)
  })
  return { categories, collections, products, leaves, productLeaf, productWeight, productAtelier }
}
