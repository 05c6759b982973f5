import { Text, clx } from "@medusajs/ui"

/** A thin progress bar (the admin's UI kit has none), with the percent beside it when `showValue`. */
export const ProgressBar = ({ value, tone = "default", showValue }: { value: number; tone?: "default" | "error" | "done"; showValue?: boolean }) => {
  const pct = Math.max(0, Math.min(100, value))
  const bar = (
    <div
      role="progressbar"
      aria-valuenow={Math.round(pct)}
      aria-valuemin={0}
      aria-valuemax={100}
      className="bg-ui-bg-subtle border-ui-border-base h-2 w-full overflow-hidden rounded-full border"
    >
      <div
        className={clx("h-full", {
          "bg-ui-fg-interactive": tone === "default",
          "bg-ui-tag-red-icon": tone === "error",
          "bg-ui-tag-green-icon": tone === "done",
        })}
        style={{ width: `${pct}%`, transition: "width 500ms" }}
      />
    </div>
  )
  if (!showValue) return bar
  return (
    <div className="flex min-w-0 flex-1 items-center gap-x-2">
      {bar}
      <Text size="xsmall" className="w-10 shrink-0 text-right tabular-nums">
        {Math.round(pct)}%
      </Text>
    </div>
  )
}
