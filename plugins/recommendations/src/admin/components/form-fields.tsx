import { Label, Select } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control of the recommendation pages' forms. */
export const Field = ({ label, children }: { label: ReactNode; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall">{label}</Label>
    {children}
  </div>
)

/** A small select over options (the admin meta's placements, strategies, rule actions…); `first` items go before them. */
export const OptionSelect = ({
  value,
  onValueChange,
  options,
  first,
  testId,
}: {
  value: string
  onValueChange: (value: string) => void
  options: readonly { value: string; label: string }[] | undefined
  first?: ReactNode
  testId?: string
}) => (
  <Select size="small" value={value} onValueChange={onValueChange}>
    <Select.Trigger data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {first}
      {options?.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Plain values as options labelled by themselves. */
export const asOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))
