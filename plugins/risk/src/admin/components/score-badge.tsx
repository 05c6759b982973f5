import { Badge } from "@medusajs/ui"

const COLOR = { allow: "green", review: "orange", block: "red" } as const
const LABEL = { allow: "Allowed", review: "Review", block: "Blocked" } as const

/** A risk score with its decision's colour: "72 · Review". */
export const ScoreBadge = ({ score, decision, testId }: { score: number; decision: "allow" | "review" | "block"; testId?: string }) => (
  <Badge size="2xsmall" color={COLOR[decision]} data-testid={testId}>
    {score} · {LABEL[decision]}
  </Badge>
)

const STATUS = {
  none: { label: "—", color: "grey" },
  pending: { label: "Held", color: "orange" },
  approved: { label: "Approved", color: "green" },
  cancelled: { label: "Cancelled", color: "red" },
  refused: { label: "Refused at checkout", color: "red" },
} as const

export const ReviewStatusBadge = ({ status }: { status: keyof typeof STATUS }) => (
  <Badge size="2xsmall" color={STATUS[status]?.color ?? "grey"}>
    {STATUS[status]?.label ?? status}
  </Badge>
)
