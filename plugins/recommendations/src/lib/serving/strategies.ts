import { DEFAULT_RECIPES, type Placement, type PlacementRecipe } from "../ranking/blend"

/**
 * Ranking strategies an experiment can compare on a placement: small objects `{ code, label, recipe }` (a code is
 * never renamed; it is part of every recommendation id served with it). "blended" is the production recipe; the
 * others are single-model baselines, each still ending in trending so that a widget is never empty.
 */
export type Strategy = {
  code: string
  /** One-letter-ish code inside recommendation ids. */
  short: string
  label: string
  description: string
  recipe(placement: Placement): PlacementRecipe
}

const single = (source: keyof PlacementRecipe["weights"], fallbacks: PlacementRecipe["fallbacks"]): PlacementRecipe => ({
  weights: { [source]: 1 },
  fallbacks,
})

export const STRATEGIES: readonly Strategy[] = [
  {
    code: "blended",
    short: "b",
    label: "Blended (default)",
    description: "The placement's blend of co-purchase, similarity, collaborative, content and trending models",
    recipe: (p) => DEFAULT_RECIPES[p],
  },
  {
    code: "trending",
    short: "t",
    label: "Trending only",
    description: "Time-decayed popularity with velocity: the non-personalised baseline",
    recipe: () => single("trending", ["segment"]),
  },
  {
    code: "collaborative",
    short: "c",
    label: "Collaborative (EASE)",
    description: "User→item EASE scores from the visitor's purchases or session",
    recipe: (p) => (p === "buy_again" ? DEFAULT_RECIPES[p] : single("collaborative", ["similar", "trending"])),
  },
  {
    code: "item_similarity",
    short: "s",
    label: "Item similarity",
    description: "Shrunk cosine of co-purchase and co-view",
    recipe: (p) => (p === "buy_again" ? DEFAULT_RECIPES[p] : single("similar", ["content", "trending"])),
  },
  {
    code: "content",
    short: "n",
    label: "Content similarity",
    description: "TF-IDF over title, description, category, collection and tags",
    recipe: (p) => (p === "buy_again" ? DEFAULT_RECIPES[p] : single("content", ["trending"])),
  },
  {
    code: "association",
    short: "a",
    label: "Association rules",
    description: "Co-purchase rules ranked by confidence",
    recipe: (p) => (p === "buy_again" ? DEFAULT_RECIPES[p] : single("boughtTogether", ["similar", "trending"])),
  },
]

const BY_CODE = new Map(STRATEGIES.map((s) => [s.code, s]))
const BY_SHORT = new Map(STRATEGIES.map((s) => [s.short, s]))

export const DEFAULT_STRATEGY = "blended"

export function strategyByCode(code: string): Strategy | undefined {
  return BY_CODE.get(code)
}

export function strategyByShort(short: string): Strategy | undefined {
  return BY_SHORT.get(short)
}

export const STRATEGY_CODES = STRATEGIES.map((s) => s.code) as [string, ...string[]]
