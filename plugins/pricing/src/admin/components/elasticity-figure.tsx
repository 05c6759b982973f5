import { Badge, Text } from "@medusajs/ui"
import { Stat, formatDateTime } from "@finesse/core/admin-kit"
import type { Elasticity } from "../hooks/pricing"

const EVIDENCE = { good: "green", weak: "orange", insufficient: "grey" } as const

/** A product's elasticity with its interval, where it comes from and how good the evidence is (and why not). */
export const ElasticityFigure = ({ e, category }: { e: Elasticity | null; category: Elasticity | null }) => {
  if (!e) return <Stat label="Price elasticity" value="–" hint="Not estimated yet: the elasticity job reads the order history (weekly, or Recompute on the Pricing page)" />
  const has = e.elasticity != null
  return (
    <div className="flex flex-col gap-y-1" data-testid="product-elasticity" data-evidence={e.evidence}>
      <Stat
        label="Price elasticity"
        help="Change in units sold for a 1 % change in price (log-log model of weekly units on price with seasonal and promotion controls). −2 means a 1 % rise loses about 2 % of units."
        value={has ? e.elasticity!.toFixed(2) : "–"}
        hint={has ? `95 % interval ${e.ci_low?.toFixed(2)} … ${e.ci_high?.toFixed(2)} · ${e.observations} weeks${e.source === "pooled" ? " · pooled from its category" : ""}` : `${e.observations} weeks of sales`}
        aside={<Badge size="2xsmall" color={EVIDENCE[e.evidence]}>{e.evidence} evidence</Badge>}
      />
      {!!e.reasons?.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {e.reasons.join("; ")}
        </Text>
      )}
      {category?.elasticity != null && e.source !== "pooled" && (
        <Text size="xsmall" className="text-ui-fg-muted">
          Category: {category.elasticity.toFixed(2)} ({category.evidence}) · computed {formatDateTime(e.computed_at)}
        </Text>
      )}
    </div>
  )
}
