import { ExclamationCircle } from "@medusajs/icons"
import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { runWithToast } from "@finesse/core/admin-kit"
import { useKillSwitch, type Overview } from "../hooks/pricing"

/** The store-wide kill switch: its state in the page header, and the button that flips it (resuming needs an approver). */
export const KillSwitch = ({ overview }: { overview: Overview | undefined }) => {
  const toggle = useKillSwitch()
  const [reason, setReason] = useState("")
  const on = !!overview?.kill_switch.enabled
  if (on) {
    return (
      <div className="flex items-center gap-x-2" data-testid="kill-switch" data-enabled="true">
        <ExclamationCircle className="text-ui-tag-red-icon" />
        <Text size="small" weight="plus" className="text-ui-tag-red-text">
          Repricing is off{overview?.kill_switch.reason ? `: ${overview.kill_switch.reason}` : ""}
        </Text>
        <Button size="small" variant="secondary" isLoading={toggle.isPending} onClick={() => runWithToast(() => toggle.mutateAsync({ enabled: false }), "Repricing is back on")}>
          Resume repricing
        </Button>
      </div>
    )
  }
  return (
    <div className="flex items-center gap-x-2" data-testid="kill-switch" data-enabled="false">
      <Input size="small" placeholder="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} className="w-[200px]" />
      <Button
        size="small"
        variant="danger"
        isLoading={toggle.isPending}
        onClick={() => runWithToast(() => toggle.mutateAsync({ enabled: true, ...(reason ? { reason } : {}) }), "Repricing switched off store-wide")}
      >
        Kill switch
      </Button>
    </div>
  )
}
