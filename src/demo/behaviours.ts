import type { Behaviour } from "./types"

/** How a hidden behaviour type is simulated. Expected values; each customer also gets an activity factor. */
export type BehaviourProfile = {
  /** Share of customers. */
  share: number
  summary: string
  /** Orders over the history: values `min..max`, uniform unless `weights` (one per value) are given. */
  orders: { min: number; max: number; weights?: number[] }
  /** How order times are drawn: evenly spaced in demand, at random, or at random with sales ×8. */
  timing: "regular" | "random" | "sales"
  /** Weights for 1, 2, 3... lines per order. */
  lines: number[]
  /** Where items come from besides the customer's two favourite categories. */
  shelf: "popular" | "premium" | "budget"
  /** Share of items picked from the favourite categories. */
  favouriteShare: number
  /** Chance to use WELCOME10 on the first order (customers who joined during the history). */
  welcomeRate: number
  /** Chance to use the running sale's code when ordering during a sale. */
  saleCodeRate: number
  cancelRate: number
  /** Chance that a completed order is (partly) returned. */
  returnRate: number
  /** Sessions without an order: expected counts per order (perOrder) or per customer. */
  sessions: { perOrder: boolean; browse: number; cart: number; checkout: number; bounce: number }
  /** Product views in a browsing session. */
  views: [number, number]
}

export const BEHAVIOUR_PROFILES: Record<Behaviour, BehaviourProfile> = {
  loyal: {
    share: 0.13,
    summary: "14–32 orders spread regularly over the whole history (more in busy months); tenure 2–34 months before it",
    orders: { min: 14, max: 32 },
    timing: "regular",
    lines: [0.45, 0.35, 0.2],
    shelf: "popular",
    favouriteShare: 0.55,
    welcomeRate: 0,
    saleCodeRate: 0.35,
    cancelRate: 0.025,
    returnRate: 0.055,
    sessions: { perOrder: true, browse: 0.2, cart: 0.2, checkout: 0.1, bounce: 0.1 },
    views: [1, 4],
  },
  bargain_hunter: {
    share: 0.16,
    summary: "4–12 orders, mostly during sales (demand ×8 while a sale code runs) and mostly with a code; cheap items, 1–2 lines",
    orders: { min: 4, max: 12 },
    timing: "sales",
    lines: [0.65, 0.28, 0.07],
    shelf: "budget",
    favouriteShare: 0.2,
    welcomeRate: 0.8,
    saleCodeRate: 0.92,
    cancelRate: 0.045,
    returnRate: 0.08,
    sessions: { perOrder: true, browse: 0.5, cart: 0.5, checkout: 0.25, bounce: 0.2 },
    views: [2, 6],
  },
  one_off: {
    share: 0.21,
    summary: "exactly one order; 60 % registered at that checkout",
    orders: { min: 1, max: 1 },
    timing: "random",
    lines: [0.5, 0.3, 0.2],
    shelf: "popular",
    favouriteShare: 0.4,
    welcomeRate: 0.35,
    saleCodeRate: 0.3,
    cancelRate: 0.035,
    returnRate: 0.075,
    sessions: { perOrder: true, browse: 1.5, cart: 1, checkout: 0.4, bounce: 0.5 },
    views: [1, 5],
  },
  lapsed: {
    share: 0.14,
    summary: "3–9 orders early in the history, none in the last 125–215 days; a few look-and-leave visits after",
    orders: { min: 3, max: 9 },
    timing: "random",
    lines: [0.45, 0.35, 0.2],
    shelf: "popular",
    favouriteShare: 0.5,
    welcomeRate: 0.2,
    saleCodeRate: 0.3,
    cancelRate: 0.03,
    returnRate: 0.065,
    sessions: { perOrder: true, browse: 0.4, cart: 0.4, checkout: 0.2, bounce: 0.2 },
    views: [1, 4],
  },
  big_spender: {
    share: 0.06,
    summary: "2–6 large orders (3–6 lines) mostly from premium categories and the Atelier line; rarely uses codes",
    orders: { min: 2, max: 6 },
    timing: "random",
    lines: [0, 0, 0.3, 0.3, 0.25, 0.15],
    shelf: "premium",
    favouriteShare: 0.25,
    welcomeRate: 0.05,
    saleCodeRate: 0.12,
    cancelRate: 0.02,
    returnRate: 0.1,
    sessions: { perOrder: true, browse: 1.5, cart: 0.6, checkout: 0.25, bounce: 0.2 },
    views: [2, 6],
  },
  window_shopper: {
    share: 0.2,
    summary: "≈14 visits with many product views, carts left behind; 72 % never order, 23 % once, 5 % twice",
    orders: { min: 0, max: 2, weights: [0.72, 0.23, 0.05] },
    timing: "random",
    lines: [0.7, 0.3],
    shelf: "popular",
    favouriteShare: 0.5,
    welcomeRate: 0.5,
    saleCodeRate: 0.3,
    cancelRate: 0.03,
    returnRate: 0.06,
    sessions: { perOrder: false, browse: 8, cart: 3, checkout: 1.2, bounce: 2 },
    views: [2, 7],
  },
  new: {
    share: 0.1,
    summary: "joined in the last 60 days; 0–3 orders since (25 % none yet), half of first orders with WELCOME10",
    orders: { min: 0, max: 3, weights: [0.25, 0.45, 0.2, 0.1] },
    timing: "random",
    lines: [0.5, 0.35, 0.15],
    shelf: "popular",
    favouriteShare: 0.4,
    welcomeRate: 0.5,
    saleCodeRate: 0.35,
    cancelRate: 0.03,
    returnRate: 0.06,
    sessions: { perOrder: false, browse: 2.5, cart: 1, checkout: 0.3, bounce: 0.5 },
    views: [1, 5],
  },
}

/** Customers at scale 1. */
export const CUSTOMERS_AT_SCALE_1 = 4000
/** Anonymous visitors (never registered) at scale 1; each has 1–3 sessions. */
export const ANONYMOUS_VISITORS_AT_SCALE_1 = 3000
/** Lapsed customers stop at least this long before the end of history. */
export const LAPSED_MIN_SILENCE_DAYS = 125
/** New customers joined within this many days before the end of history. */
export const NEW_CUSTOMER_DAYS = 60
