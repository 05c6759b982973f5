import { clx } from "@medusajs/ui"

/** A thin bar; the admin's UI kit has no plain progress bar. */
export const ProgressBar = ({ value, tone = "default" }: { value: number; tone?: "default" | "error" | "done" }) => {
  const pct = Math.max(0, Math.min(100, value))
  return (
    <div
      role="progressbar"
      aria-valuenow={Math.round(pct)}
      aria-valuemin={0}
      aria-valuemax={100}
      className="bg-ui-bg-subtle border-ui-border-base h-2 w-full overflow-hidden rounded-full border"
    >
      <div
        className={clx("h-full transition-[width] duration-500", {
          "bg-ui-fg-interactive": tone === "default",
          "bg-ui-tag-red-icon": tone === "error",
          "bg-ui-tag-green-icon": tone === "done",
        })}
        style={{ width: `${pct}%` }}
      />
    </div>
  )
}
