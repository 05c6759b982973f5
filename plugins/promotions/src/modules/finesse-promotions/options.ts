/** Options of @finesse/promotions (medusa-config `plugins[].options`; every module of the plugin receives them). */
export type FinessePromotionsOptions = {
  /**
   * Launching a promotion whose budget (the campaign's spend limit, else the forecast discount cost of its last
   * checks) is above this many minor units of its currency needs the Finesse "approver" role (default 100,000 =
   * 1,000.00).
   */
  approvalBudget?: number
  /** Holdout share offered by default when launching (default 0.1). */
  defaultHoldoutShare?: number
  /** Arguments of the pre-launch checks by code (e.g. `{ margin_floor: { floor: 0.2 } }`). */
  checks?: Record<string, Record<string, unknown>>
  /** Hosts of the shop itself: a referrer from them is navigation, not a marketing touch. */
  ownHosts?: string[]
}

export const DEFAULT_APPROVAL_BUDGET = 100_000
export const DEFAULT_HOLDOUT_SHARE = 0.1
