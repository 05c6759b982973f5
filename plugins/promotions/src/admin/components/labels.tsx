import { StatusBadge } from "@medusajs/ui"
import { formatMoney, formatPercent } from "@finesse/core/admin-kit"
import type { CheckStatus, Evaluation, Phase } from "../hooks/promotions"

export const PHASE_COLOR: Record<Phase, "grey" | "blue" | "green" | "orange" | "purple"> = { draft: "grey", scheduled: "blue", running: "green", ended: "purple", inactive: "orange" }
export const CHECK_COLOR: Record<CheckStatus, "green" | "orange" | "red"> = { pass: "green", warn: "orange", fail: "red" }
const VERDICT: Record<string, { label: string; color: "green" | "red" | "grey" | "orange" }> = {
  paid_off: { label: "paid off", color: "green" },
  lost_margin: { label: "lost margin", color: "red" },
  inconclusive: { label: "inconclusive", color: "grey" },
  no_control: { label: "no control group", color: "orange" },
  failed: { label: "not evaluated", color: "orange" },
}

export const TEMPLATE_LABEL: Record<string, string> = {
  flash_sale: "Flash sale",
  tiered_spend: "Spend X, save Y",
  coupon: "Coupon",
  bundle: "Bundle",
  free_shipping: "Free shipping",
  custom: "Made in Medusa",
}

export const CHANNEL_LABEL: Record<string, string> = {
  email: "E-mail",
  sms: "SMS",
  affiliate: "Affiliates",
  display: "Display",
  paid_search: "Paid search",
  paid_social: "Paid social",
  paid_other: "Other paid",
  organic_social: "Organic social",
  organic_search: "Organic search",
  other: "Other tagged",
  referral: "Referral",
  direct: "Direct",
}

export const CheckBadge = ({ status }: { status: CheckStatus | null | undefined }) =>
  status ? <StatusBadge color={CHECK_COLOR[status]}>{status === "pass" ? "checks pass" : status === "warn" ? "checks warn" : "checks fail"}</StatusBadge> : null

export const VerdictBadge = ({ evaluation }: { evaluation: Pick<Evaluation, "status" | "verdict"> }) => {
  const v = VERDICT[evaluation.status === "ready" ? (evaluation.verdict ?? "inconclusive") : evaluation.status]
  return <StatusBadge color={v.color}>{v.label}</StatusBadge>
}

/** "+1,234.00 € (−120.00 € to 2,400.00 €)": an estimate with its interval. */
export function withInterval(value: number | null | undefined, low: number | null | undefined, high: number | null | undefined, currency: string | null | undefined, money = true) {
  const f = (v: number | null | undefined) => (v == null ? "–" : money ? formatMoney(v, currency) : Math.round(v).toLocaleString("en"))
  const sign = value != null && value > 0 ? "+" : ""
  return `${sign}${f(value)} (${f(low)} to ${f(high)})`
}

export const pct = (v: number | null | undefined, digits = 1) => (v == null || !Number.isFinite(v) ? "–" : formatPercent(v, digits))
