import type { ReturnPolicy } from "./policy-types"

/**
 * A sensible starting policy: 30 days for any resolution, 60 days for store credit or exchange; final sale
 * refused; used items to review for credit or exchange; serial returners (over 40 % of 10+ units in a year, or
 * 8 returns) to review; auto-approval up to 150.00 and 3 units. Windows count from delivery. The EU's 14-day
 * withdrawal right is a legal floor a store must not go below for EU orders.
 */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  defaultOutcome: "review",
  rules: [
    { id: "quantity", code: "returnable_quantity", args: {} },
    { id: "window", code: "return_window", kinds: ["return", "exchange"], args: { windows: [{ days: 30 }, { days: 60, resolutions: ["store_credit", "exchange"] }] } },
    { id: "final-sale", code: "final_sale", args: {} },
    { id: "condition", code: "item_condition", kinds: ["return", "exchange"], args: {} },
    { id: "serial-returner", code: "serial_returner", args: { windowDays: 365, maxReturnRate: 0.4, minUnitsBought: 10, maxReturns: 8 } },
    { id: "auto", code: "auto_approve", kinds: ["return", "exchange"], args: { maxValueMinor: 15_000, maxUnits: 3 } },
  ],
}
