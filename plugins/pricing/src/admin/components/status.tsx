import { Badge, Text, Tooltip } from "@medusajs/ui"
import { formatMoney } from "@finesse/core/admin-kit"
import type { Proposal } from "../hooks/pricing"

type Color = "grey" | "green" | "orange" | "red" | "blue" | "purple"

const BATCH: Record<string, Color> = { running: "blue", proposed: "orange", applying: "blue", applied: "green", rolling_back: "blue", rolled_back: "purple", discarded: "grey", failed: "red" }
const PROPOSAL: Record<string, Color> = { pending: "orange", approved: "blue", auto_approved: "blue", rejected: "grey", blocked: "red", applied: "green", stale: "grey", expired: "grey", rolled_back: "purple" }
const SEVERITY: Record<string, Color> = { critical: "red", warning: "orange", info: "blue" }
const label = (s: string) => s.replace(/_/g, " ")

export const BatchStatus = ({ status }: { status: string }) => (
  <Badge size="2xsmall" color={BATCH[status] ?? "grey"} data-status={status}>
    {label(status)}
  </Badge>
)

export const ProposalStatus = ({ status }: { status: string }) => (
  <Badge size="2xsmall" color={PROPOSAL[status] ?? "grey"}>
    {label(status)}
  </Badge>
)

export const Severity = ({ severity }: { severity: string }) => (
  <Badge size="2xsmall" color={SEVERITY[severity] ?? "grey"}>
    {severity}
  </Badge>
)

/** A signed step in percent (the API's step_pct is already a percent). */
export const Step = ({ pct }: { pct: number }) => (
  <Text size="small" className={pct > 0 ? "text-ui-tag-green-text" : pct < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"}>
    {pct > 0 ? "+" : ""}
    {pct.toFixed(1)} %
  </Text>
)

/** Old → new price, with the strategy's own price when a clamp or an ending moved it. */
export const PriceMove = ({ p }: { p: Pick<Proposal, "old_price" | "new_price" | "strategy_price" | "currency_code" | "adjustments"> }) => (
  <div className="flex flex-col">
    <Text size="small" className="tabular-nums">
      {formatMoney(p.old_price, p.currency_code)} → <span className="font-medium">{formatMoney(p.new_price, p.currency_code)}</span>
    </Text>
    {!!p.adjustments?.length && (
      <Tooltip content={p.adjustments.map((a) => a.message).join("; ")}>
        <Text size="xsmall" className="text-ui-fg-muted">
          strategy asked {formatMoney(p.strategy_price, p.currency_code)}
        </Text>
      </Tooltip>
    )}
  </div>
)

/** The guardrails a proposal broke, each with its numbers. */
export const Violations = ({ p }: { p: Pick<Proposal, "violations"> }) =>
  p.violations?.length ? (
    <div className="flex flex-col gap-y-0.5" data-testid="proposal-violations">
      {p.violations.map((v) => (
        <Text key={v.code} size="xsmall" className="text-ui-tag-red-text">
          <span className="font-medium">{v.code}</span>: {v.message}
        </Text>
      ))}
    </div>
  ) : null

export const fmtPct = (v: number | null | undefined, digits = 1) => (v == null || !Number.isFinite(v) ? "–" : `${v > 0 ? "+" : ""}${v.toFixed(digits)} %`)
