import { Badge, Button, Input, Text } from "@medusajs/ui"
import { OptionSelect, SectionCard, errorMessage } from "@finesse/core/admin-kit"
import { useState } from "react"
import { usePreview } from "../../hooks/after-sales"

/** Tries the saved policy on an order line without opening a case: which rule decides, and why. */
export const PreviewPanel = () => {
  const preview = usePreview()
  const [f, setF] = useState({ order_id: "", line_item_id: "", quantity: "1", kind: "return", condition: "unopened", resolution: "refund" })
  const d = preview.data?.decision
  return (
    <SectionCard title="Try the policy" subtitle="What the saved policy says about one order line today" testId="policy-preview">
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <Input size="small" className="w-[220px]" placeholder="Order id (order_…)" value={f.order_id} onChange={(e) => setF({ ...f, order_id: e.target.value })} />
        <Input size="small" className="w-[220px]" placeholder="Line item id (ordli_…)" value={f.line_item_id} onChange={(e) => setF({ ...f, line_item_id: e.target.value })} />
        <Input size="small" className="w-[60px]" value={f.quantity} onChange={(e) => setF({ ...f, quantity: e.target.value })} />
        <OptionSelect value={f.kind} onChange={(kind) => setF({ ...f, kind })} options={["return", "exchange", "claim", "repair"].map((k) => ({ value: k, label: k }))} className="w-[110px]" />
        <OptionSelect value={f.condition} onChange={(condition) => setF({ ...f, condition })} options={["unopened", "like_new", "used", "damaged", "defective"].map((k) => ({ value: k, label: k.replace("_", " ") }))} className="w-[120px]" />
        <OptionSelect value={f.resolution} onChange={(resolution) => setF({ ...f, resolution })} options={["refund", "store_credit", "exchange"].map((k) => ({ value: k, label: k.replace("_", " ") }))} className="w-[130px]" />
        <Button
          size="small"
          variant="secondary"
          isLoading={preview.isPending}
          onClick={() => preview.mutate({ order_id: f.order_id, kind: f.kind, lines: [{ line_item_id: f.line_item_id, quantity: Number(f.quantity), condition: f.condition, resolution: f.resolution, reason: f.kind === "repair" ? "defective" : undefined }] })}
        >
          Evaluate
        </Button>
      </div>
      {preview.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-3">
          {errorMessage(preview.error)}
        </Text>
      )}
      {d && (
        <div className="flex flex-col gap-y-1 px-6 py-3" data-testid="preview-result">
          <Text size="small">
            <Badge size="2xsmall" color={d.outcome === "refuse" ? "red" : d.outcome === "review" ? "orange" : "green"}>
              {d.outcome}
            </Badge>{" "}
            by <span className="font-mono">{d.decided_by?.rule_code ?? "policy default"}</span>: {d.message}
          </Text>
          {d.lines.map((l: any) => (
            <Text key={l.line_item_id} size="xsmall" className="text-ui-fg-subtle font-mono">
              {JSON.stringify(l.numbers)} · offered {l.resolution_options.join(", ") || "nothing"}
            </Text>
          ))}
        </div>
      )}
    </SectionCard>
  )
}
