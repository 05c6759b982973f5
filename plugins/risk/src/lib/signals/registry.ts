import { LINKED_ACCOUNTS } from "./linked-accounts-signal"
import { LIST_ALLOW, LIST_BLOCK } from "./list-signals"
import { COUNTRY_MISMATCH, DISPOSABLE_EMAIL, FIRST_ORDER_HIGH_VALUE } from "./order-signals"
import type { RiskSignal } from "./types"
import { VELOCITY_SIGNALS } from "./velocity-signals"

/**
 * Every order risk signal, in the order they are shown and form the model's features. Codes are stable: they
 * are stored with assessments, rule settings and back-tests. Add new signals at the end; never rename one.
 */
export const RISK_SIGNALS: readonly RiskSignal[] = [
  LIST_ALLOW,
  LIST_BLOCK,
  ...VELOCITY_SIGNALS,
  FIRST_ORDER_HIGH_VALUE,
  COUNTRY_MISMATCH,
  DISPOSABLE_EMAIL,
  LINKED_ACCOUNTS,
]

export function riskSignalByCode(code: string, registry: readonly RiskSignal[] = RISK_SIGNALS): RiskSignal | undefined {
  return registry.find((s) => s.code === code)
}
