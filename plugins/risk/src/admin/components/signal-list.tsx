import { Text, clx } from "@medusajs/ui"
import type { SignalView } from "../hooks/risk"

/** Every signal of an assessment: the hits with their points first, then what was checked and found fine. */
export const SignalList = ({ signals, all = true }: { signals: SignalView[]; all?: boolean }) => {
  const shown = all ? signals : signals.filter((s) => s.hit)
  return (
    <ul className="flex flex-col gap-y-1.5" data-testid="risk-signals">
      {shown.map((s) => (
        <li key={s.code} className="flex items-start gap-x-3" data-testid={s.hit ? "risk-signal-hit" : "risk-signal"}>
          <span
            className={clx(
              "txt-compact-xsmall-plus mt-0.5 w-10 shrink-0 rounded text-center tabular-nums",
              s.hit ? "bg-ui-tag-orange-bg text-ui-tag-orange-text" : "bg-ui-bg-subtle text-ui-fg-muted"
            )}
          >
            {s.hit ? `+${s.points}` : "0"}
          </span>
          <div className="min-w-0">
            <Text size="small" weight={s.hit ? "plus" : "regular"} className={s.hit ? "" : "text-ui-fg-subtle"}>
              {s.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {s.reason}
            </Text>
          </div>
        </li>
      ))}
    </ul>
  )
}
