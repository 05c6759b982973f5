import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * A labelled horizontal bar for a share of a whole (0–1), with its figures on the right: segment sizes, the
 * personas of a preview, the answers to a survey question.
 */
export const ShareBar = ({ label, share, figures }: { label: ReactNode; share: number; figures: readonly ReactNode[] }) => (
  <div className="flex items-center gap-x-3 py-1">
    <Text size="small" className="w-[160px] shrink-0 truncate">
      {label}
    </Text>
    <div className="bg-ui-bg-subtle h-2 flex-1 overflow-hidden rounded-full">
      <div className="bg-ui-fg-interactive h-full" style={{ width: `${Math.max(0, Math.min(1, share || 0)) * 100}%` }} />
    </div>
    {figures.map((f, i) => (
      <Text key={i} size="small" className="text-ui-fg-subtle w-24 shrink-0 text-right tabular-nums">
        {f}
      </Text>
    ))}
  </div>
)
