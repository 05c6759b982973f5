/** Static tables behind the demo catalog: the category tree, what each leaf sells, and at what margin. */

export type OptionScheme =
  | "apparel"
  | "shoes_women"
  | "shoes_men"
  | "color"
  | "bedding"
  | "scent"
  | "finish"
  | "strap"

export type LeafSpec = {
  /** Short code used in SKUs, unique. */
  code: string
  name: string
  /** Nouns the product titles end with. */
  nouns: string[]
  materials: string[]
  /** EUR price range of a product, major units. */
  price: [number, number]
  /** Gross margin range (price - cost) / price. */
  margin: [number, number]
  options: OptionScheme
  /** Premium categories are where big spenders shop. */
  premium: boolean
  /** Relative demand of the category. */
  demand: number
  season: "summer" | "winter" | null
}

export type GroupSpec = { name: string; leaves: LeafSpec[] }
export type TopSpec = { name: string; groups: GroupSpec[] | null; leaves: LeafSpec[] | null }

const leaf = (
  code: string,
  name: string,
  nouns: string[],
  materials: string[],
  price: [number, number],
  margin: [number, number],
  options: OptionScheme,
  extra: { premium?: boolean; demand?: number; season?: "summer" | "winter" } = {}
): LeafSpec => ({
  code,
  name,
  nouns,
  materials,
  price,
  margin,
  options,
  premium: extra.premium ?? false,
  demand: extra.demand ?? 1,
  season: extra.season ?? null,
})

/** Women and Men have three levels (top → group → leaf); Home has two. 27 leaves. */
export const CATEGORY_TREE: TopSpec[] = [
  {
    name: "Women",
    leaves: null,
    groups: [
      {
        name: "Clothing",
        leaves: [
          leaf("WDR", "Dresses", ["Dress", "Midi Dress", "Wrap Dress", "Slip Dress", "Shirt Dress"], ["Linen", "Cotton", "Silk", "Viscose", "Jersey"], [49, 189], [0.55, 0.65], "apparel", { demand: 1.6, season: "summer" }),
          leaf("WTO", "Tops & Blouses", ["Blouse", "Tee", "Tank Top", "Camisole"], ["Cotton", "Silk", "Linen", "Jersey"], [25, 99], [0.58, 0.68], "apparel", { demand: 1.8 }),
          leaf("WKN", "Knitwear", ["Cardigan", "Sweater", "Turtleneck", "Knit Vest"], ["Merino", "Cashmere", "Cotton", "Alpaca"], [59, 249], [0.5, 0.65], "apparel", { demand: 1.3, season: "winter" }),
          leaf("WTR", "Trousers & Jeans", ["Jeans", "Wide-Leg Trousers", "Culottes", "Chinos"], ["Denim", "Linen", "Wool", "Twill"], [49, 149], [0.5, 0.6], "apparel", { demand: 1.4 }),
          leaf("WCO", "Jackets & Coats", ["Trench Coat", "Blazer", "Puffer Jacket", "Wool Coat"], ["Wool", "Cotton", "Recycled Nylon", "Tweed"], [99, 399], [0.45, 0.6], "apparel", { premium: true, demand: 0.9, season: "winter" }),
        ],
      },
      {
        name: "Shoes",
        leaves: [
          leaf("WSN", "Sneakers", ["Sneakers", "Runners", "Court Sneakers"], ["Leather", "Canvas", "Suede"], [69, 159], [0.35, 0.45], "shoes_women", { demand: 1.1 }),
          leaf("WBO", "Boots", ["Ankle Boots", "Chelsea Boots", "Knee Boots"], ["Leather", "Suede"], [119, 289], [0.35, 0.45], "shoes_women", { premium: true, demand: 0.7, season: "winter" }),
        ],
      },
      {
        name: "Accessories",
        leaves: [
          leaf("WBA", "Bags", ["Tote Bag", "Crossbody Bag", "Shoulder Bag", "Backpack"], ["Leather", "Canvas", "Suede"], [49, 329], [0.55, 0.65], "color", { premium: true, demand: 1.0 }),
          leaf("WSC", "Scarves", ["Scarf", "Wrap"], ["Wool", "Silk", "Cashmere", "Cotton"], [25, 119], [0.6, 0.7], "color", { demand: 0.7, season: "winter" }),
          leaf("WJE", "Jewellery", ["Necklace", "Earrings", "Ring", "Bracelet"], ["Sterling Silver", "Pearl", "Enamel"], [29, 179], [0.65, 0.7], "finish", { premium: true, demand: 0.8 }),
        ],
      },
    ],
  },
  {
    name: "Men",
    leaves: null,
    groups: [
      {
        name: "Clothing",
        leaves: [
          leaf("MSH", "Shirts", ["Oxford Shirt", "Overshirt", "Flannel Shirt", "Camp Shirt"], ["Cotton", "Linen", "Flannel", "Chambray"], [45, 119], [0.55, 0.65], "apparel", { demand: 1.2 }),
          leaf("MTE", "T-Shirts & Polos", ["T-Shirt", "Polo", "Henley", "Long-Sleeve Tee"], ["Organic Cotton", "Pique", "Jersey"], [19, 69], [0.58, 0.68], "apparel", { demand: 1.4, season: "summer" }),
          leaf("MKN", "Knitwear", ["Crewneck", "Zip Cardigan", "Rollneck", "Quarter-Zip"], ["Merino", "Lambswool", "Cotton", "Cashmere"], [59, 229], [0.5, 0.65], "apparel", { demand: 0.9, season: "winter" }),
          leaf("MTR", "Trousers & Jeans", ["Slim Jeans", "Chinos", "Cargo Trousers", "Pleated Trousers"], ["Denim", "Twill", "Cotton", "Wool"], [49, 139], [0.5, 0.6], "apparel", { demand: 1.1 }),
          leaf("MCO", "Jackets & Coats", ["Overcoat", "Bomber Jacket", "Field Jacket", "Parka"], ["Wool", "Nylon", "Waxed Cotton"], [119, 449], [0.45, 0.6], "apparel", { premium: true, demand: 0.7, season: "winter" }),
        ],
      },
      {
        name: "Shoes",
        leaves: [
          leaf("MSN", "Sneakers", ["Sneakers", "Runners", "High-Tops"], ["Leather", "Canvas", "Suede"], [69, 169], [0.35, 0.45], "shoes_men", { demand: 0.9 }),
          leaf("MBO", "Boots", ["Chelsea Boots", "Derby Boots", "Work Boots"], ["Leather", "Suede"], [129, 299], [0.35, 0.45], "shoes_men", { premium: true, demand: 0.5, season: "winter" }),
        ],
      },
      {
        name: "Accessories",
        leaves: [
          leaf("MBE", "Belts", ["Belt", "Braided Belt"], ["Leather", "Suede", "Canvas"], [29, 89], [0.6, 0.7], "color", { demand: 0.5 }),
          leaf("MWA", "Wallets", ["Wallet", "Card Holder", "Travel Wallet"], ["Leather", "Recycled Nylon"], [29, 119], [0.6, 0.7], "color", { demand: 0.5 }),
          leaf("MWT", "Watches", ["Watch", "Chronograph", "Field Watch"], ["Steel", "Titanium"], [149, 499], [0.25, 0.35], "strap", { premium: true, demand: 0.4 }),
        ],
      },
    ],
  },
  {
    name: "Home",
    groups: null,
    leaves: [
      leaf("HBE", "Bedding", ["Duvet Cover", "Sheet Set", "Pillowcase Pair"], ["Linen", "Percale", "Sateen"], [39, 229], [0.5, 0.6], "bedding", { demand: 1.0 }),
      leaf("HBA", "Bath", ["Bath Towel", "Towel Set", "Bathrobe"], ["Cotton", "Waffle Cotton", "Turkish Cotton"], [19, 129], [0.55, 0.65], "color", { demand: 0.9 }),
      leaf("HCU", "Cushions & Throws", ["Cushion Cover", "Throw", "Blanket"], ["Wool", "Linen", "Velvet", "Boucle"], [25, 149], [0.55, 0.65], "color", { demand: 0.9, season: "winter" }),
      leaf("HTA", "Tableware", ["Dinner Plate Set", "Bowl Set", "Mug Set", "Serving Platter"], ["Stoneware", "Porcelain", "Glass"], [19, 119], [0.45, 0.6], "color", { demand: 0.8 }),
      leaf("HCA", "Candles & Scents", ["Scented Candle", "Reed Diffuser", "Room Spray"], ["Soy Wax", "Beeswax", "Rapeseed Wax"], [15, 59], [0.65, 0.7], "scent", { demand: 1.0 }),
      leaf("HLI", "Lighting", ["Table Lamp", "Floor Lamp", "Pendant Light"], ["Ceramic", "Brass", "Rattan"], [59, 349], [0.25, 0.4], "color", { premium: true, demand: 0.5 }),
      leaf("HDE", "Vases & Decor", ["Vase", "Planter", "Wall Mirror", "Tray"], ["Ceramic", "Glass", "Marble"], [19, 179], [0.5, 0.6], "color", { demand: 0.7 }),
    ],
  },
]

export const ADJECTIVES = [
  "Relaxed", "Classic", "Everyday", "Oversized", "Tailored", "Soft", "Cropped", "Essential", "Heritage", "Minimal",
  "Textured", "Organic", "Vintage", "Structured", "Lightweight", "Ribbed", "Striped", "Washed", "Modern", "Cosy",
]

/** Colours with distinct three-letter prefixes (they become SKU parts). */
export const COLORS = [
  "Black", "White", "Navy", "Ecru", "Sand", "Olive", "Burgundy", "Grey", "Camel", "Rust",
  "Sage", "Terracotta", "Charcoal", "Blush", "Indigo", "Mustard",
]

export const APPAREL_SIZES = ["XS", "S", "M", "L", "XL"]
/** Relative demand per apparel size (also scales stock). */
export const SIZE_DEMAND: Record<string, number> = { XS: 0.5, S: 1, M: 1.3, L: 1.2, XL: 0.7 }
export const SHOE_SIZES_WOMEN = ["36", "37", "38", "39", "40", "41"]
export const SHOE_SIZES_MEN = ["40", "41", "42", "43", "44", "45", "46"]
export const BEDDING_SIZES = ["Single", "Double", "King"]
/** Price multiplier per bedding size. */
export const BEDDING_PRICE = [1, 1.3, 1.55]
export const SCENTS = ["Fig", "Amber", "Cedar", "Sea Salt", "Lavender"]
export const FINISHES = ["Silver", "Gold"]
export const STRAPS = ["Leather", "Steel"]

export const STYLE_TAGS = ["bestseller", "new-arrival", "sustainable", "gift-idea", "limited-edition", "handmade"]

/** Collections: premium line, seasonal edits, basics. */
export const COLLECTIONS = [
  { key: "col_atelier", title: "Atelier", handle: "atelier" },
  { key: "col_essentials", title: "Essentials", handle: "essentials" },
  { key: "col_summer_edit", title: "Summer Edit", handle: "summer-edit" },
  { key: "col_winter_edit", title: "Winter Edit", handle: "winter-edit" },
  { key: "col_home_comforts", title: "Home Comforts", handle: "home-comforts" },
]

/** Atelier pieces cost more than the category's usual range. */
export const ATELIER_PRICE_FACTOR = 1.5
/** USD list prices relative to EUR (before rounding to a price point). */
export const USD_PER_EUR = 1.1
