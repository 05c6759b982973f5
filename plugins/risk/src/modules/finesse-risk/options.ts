/** Options of @finesse/risk (medusa-config: `{ resolve: "@finesse/risk", options: { ... } }`). */
export type FinesseRiskOptions = {
  /**
   * Approving a held order of at least this amount (minor units per lower-case currency) needs the Finesse
   * "approver" role; below it an operator may approve. Default 100,000 (1,000.00) in every currency.
   */
  approverAmount?: Record<string, number>
  /** Notification channel and recipient of KPI alerts (default "feed", the admin's notification feed). */
  alertChannel?: string
  alertTo?: string
  /** Counter rows and assessments older than this are deleted by the retention job (default 400 days). */
  retentionDays?: number
}

export const DEFAULT_APPROVER_AMOUNT = 100_000
export const DEFAULT_RETENTION_DAYS = 400

export function approverAmountFor(o: FinesseRiskOptions, currency: string): number {
  return o.approverAmount?.[currency.toLowerCase()] ?? DEFAULT_APPROVER_AMOUNT
}
