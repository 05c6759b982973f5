import { blackFriday, DAY, iso, laborDay } from "./time"
import type { DemoPromotion } from "./types"

/** A planned promotion code's validity as a half-open window. */
export type PromotionWindow = {
  code: string
  from: number
  to: number
  regionKeys: string[]
  firstOrderOnly: boolean
}

/** A stretch of higher demand: every occurrence of a sale lifts traffic, even the years its code is not planned. */
export type DemandLift = { from: number; to: number; lift: number; regionKeys: string[] }

type Annual = {
  code: string
  type: "percentage" | "fixed"
  value: number
  currency_code: "eur" | "usd" | null
  regionKeys: string[]
  description: string
  /** Multiplier on every visitor's daily demand while the sale runs (sales pull traffic). */
  lift: number
  /** [from, to) of the occurrence in `year`. */
  window: (year: number) => [number, number]
}

const BOTH = ["reg_eu", "reg_na"]

/** The recurring sales; each code runs once in the plan, in its occurrence that overlaps history the most. */
export const ANNUAL_PROMOTIONS: Annual[] = [
  {
    code: "WINTER15",
    type: "percentage",
    value: 15,
    currency_code: null,
    regionKeys: BOTH,
    description: "Winter sale: 15 % off, 2–15 January",
    lift: 1.15,
    window: (y) => [Date.UTC(y, 0, 2), Date.UTC(y, 0, 16)],
  },
  {
    code: "SPRING15",
    type: "fixed",
    value: 1500,
    currency_code: "eur",
    regionKeys: ["reg_eu"],
    description: "Spring campaign (Europe): €15 off, 15 March – 4 April",
    lift: 1.1,
    window: (y) => [Date.UTC(y, 2, 15), Date.UTC(y, 3, 5)],
  },
  {
    code: "SUMMER20",
    type: "percentage",
    value: 20,
    currency_code: null,
    regionKeys: BOTH,
    description: "Summer sale: 20 % off, 27 June – 17 July",
    lift: 1.25,
    window: (y) => [Date.UTC(y, 5, 27), Date.UTC(y, 6, 18)],
  },
  {
    code: "LABORDAY15",
    type: "fixed",
    value: 1500,
    currency_code: "usd",
    regionKeys: ["reg_na"],
    description: "Labor Day weekend (North America): $15 off, Thursday to Tuesday",
    lift: 1.2,
    window: (y) => [laborDay(y) - 4 * DAY, laborDay(y) + 2 * DAY],
  },
  {
    code: "BLACKFRIDAY25",
    type: "percentage",
    value: 25,
    currency_code: null,
    regionKeys: BOTH,
    description: "Black Friday to Cyber Monday: 25 % off",
    lift: 2.4,
    window: (y) => [blackFriday(y), blackFriday(y) + 4 * DAY],
  },
]

export const WELCOME_CODE = "WELCOME10"

function overlap(a: [number, number], from: number, to: number): number {
  return Math.max(0, Math.min(a[1], to) - Math.max(a[0], from))
}

/**
 * Promotions for history [from, to): the welcome code all along plus each annual sale once; and the demand
 * lifts of every sale occurrence inside history.
 */
export function planPromotions(
  from: number,
  to: number
): { promotions: DemoPromotion[]; windows: PromotionWindow[]; lifts: DemandLift[] } {
  const welcome: [number, number] = [from - 365 * DAY, to + 365 * DAY]
  const promotions: DemoPromotion[] = [
    {
      code: WELCOME_CODE,
      type: "percentage",
      value: 10,
      currency_code: null,
      regionKeys: BOTH,
      firstOrderOnly: true,
      description: "Welcome offer: 10 % off a first order",
      startsAt: iso(welcome[0]),
      endsAt: iso(welcome[1] - 1),
    },
  ]
  const windows: PromotionWindow[] = [
    { code: WELCOME_CODE, from: welcome[0], to: welcome[1], regionKeys: BOTH, firstOrderOnly: true },
  ]
  const firstYear = new Date(from).getUTCFullYear() - 1
  const lastYear = new Date(to).getUTCFullYear()
  const lifts: DemandLift[] = []
  for (const a of ANNUAL_PROMOTIONS) {
    for (let y = firstYear; y <= lastYear; y++) {
      const [liftFrom, liftTo] = a.window(y)
      if (overlap([liftFrom, liftTo], from, to) > 0) lifts.push({ from: liftFrom, to: liftTo, lift: a.lift, regionKeys: a.regionKeys })
    }
    let best: [number, number] = a.window(lastYear)
    for (let y = lastYear; y >= firstYear; y--) {
      const w = a.window(y)
      if (overlap(w, from, to) > overlap(best, from, to)) best = w
    }
    promotions.push({
      code: a.code,
      type: a.type,
      value: a.value,
      currency_code: a.currency_code,
      regionKeys: a.regionKeys,
      firstOrderOnly: false,
      description: a.description,
      startsAt: iso(best[0]),
      endsAt: iso(best[1] - 1),
    })
    windows.push({ code: a.code, from: best[0], to: best[1], regionKeys: a.regionKeys, firstOrderOnly: false })
  }
  return { promotions, windows, lifts }
}

/** The sale (not welcome) code running at `time` in a region, if any. */
export function saleAt(windows: PromotionWindow[], regionKey: string, time: number): PromotionWindow | null {
  for (const w of windows) {
    if (!w.firstOrderOnly && time >= w.from && time < w.to && w.regionKeys.includes(regionKey)) return w
  }
  return null
}
