import { currencyDigits, formatMoney } from "@finesse/core/admin-kit"
import type { MedusaPromotion } from "../hooks/promotions"

/** A Medusa promotion's mechanics in a line: "15 % off the items of 3 products, automatic, for a customer group". */
export function describeMechanics(p: MedusaPromotion): string {
  const am = p.application_method
  const amount = am.type === "percentage" ? `${am.value} % off` : `${formatMoney(Math.round(am.value * 10 ** currencyDigits(am.currency_code ?? "eur")), am.currency_code)} off`
  const target =
    am.target_type === "shipping_methods"
      ? "shipping"
      : am.target_type === "items"
        ? `${am.target_rules.flatMap((r) => r.values).length || "some"} product(s)${p.type === "buyget" ? ` when buying ${am.buy_rules.flatMap((r) => r.values).length} product(s)` : ""}`
        : "the order"
  const rules = p.rules.map((r) => r.attribute)
  const audience = rules.includes("customer.groups.id") ? ", for customer groups" : ""
  const spend = p.rules.find((r) => r.attribute === "item_subtotal" && r.operator === "gte")
  return `${amount} ${target}${spend ? ` above ${spend.values[0]}` : ""}, ${p.is_automatic ? "automatic" : `code ${p.code}`}${audience}`
}
