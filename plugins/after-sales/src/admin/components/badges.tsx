import { Badge, Tooltip } from "@medusajs/ui"
import { formatDateTime } from "@finesse/core/admin-kit"

const SLA_COLOR: Record<string, "red" | "orange" | "green" | "grey" | "blue"> = { breached: "red", missed: "red", warning: "orange", ok: "green", met: "green", paused: "blue" }
const STATUS_COLOR: Record<string, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  new: "blue",
  open: "purple",
  waiting_on_customer: "orange",
  approved: "green",
  refused: "red",
  resolved: "grey",
  closed: "grey",
  cancelled: "grey",
}
const PRIORITY_COLOR: Record<string, "grey" | "blue" | "orange" | "red"> = { low: "grey", normal: "blue", high: "orange", urgent: "red" }

export const words = (s: string | null | undefined) => (s ? s.replace(/_/g, " ") : "–")

/** The worse SLA state of a case, with the due instant on hover. */
export const SlaBadge = ({ state, dueAt, testId }: { state: string | null | undefined; dueAt?: string | null; testId?: string }) => {
  if (!state) return <span className="text-ui-fg-muted txt-small">–</span>
  const badge = (
    <Badge size="2xsmall" color={SLA_COLOR[state] ?? "grey"} data-testid={testId} data-sla={state}>
      {state === "warning" ? "at risk" : state === "paused" ? "waiting" : state}
    </Badge>
  )
  return dueAt ? <Tooltip content={`due ${formatDateTime(dueAt)}`}>{badge}</Tooltip> : badge
}

export const StatusBadge = ({ status, testId }: { status: string; testId?: string }) => (
  <Badge size="2xsmall" color={STATUS_COLOR[status] ?? "grey"} data-testid={testId} data-status={status}>
    {words(status)}
  </Badge>
)

export const PriorityBadge = ({ priority }: { priority: string }) => (
  <Badge size="2xsmall" color={PRIORITY_COLOR[priority] ?? "grey"}>
    {priority}
  </Badge>
)
