import { Label, Select, clx } from "@medusajs/ui"
import { Fragment, type ReactNode } from "react"

/** One choice of an OptionSelect; options that share a `group` are listed under that group's heading. */
export type Option = { value: string; label: ReactNode; group?: string }

/** Plain values as options labelled by themselves. */
export const asOptions = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }))

/** A labelled form or filter control: a small label above the control. */
export const Field = ({
  label,
  htmlFor,
  className,
  children,
}: {
  label: ReactNode
  htmlFor?: string
  className?: string
  children: ReactNode
}) => (
  <div className={clx("flex flex-col gap-y-1", className)}>
    <Label size="xsmall" weight="plus" className="text-ui-fg-subtle" htmlFor={htmlFor}>
      {label}
    </Label>
    {children}
  </div>
)

export type OptionSelectProps = {
  value: string
  onChange: (value: string) => void
  options: readonly Option[] | undefined
  /** shown while no option is chosen, and the trigger's accessible name when there is no `ariaLabel` */
  placeholder?: string
  ariaLabel?: string
  /** classes of the trigger, e.g. a width ("w-[200px]"); without one it fills its column */
  className?: string
  testId?: string
  disabled?: boolean
  size?: "small" | "base"
}

function grouped(options: readonly Option[]): { group: string | undefined; options: Option[] }[] {
  const groups: { group: string | undefined; options: Option[] }[] = []
  for (const o of options) {
    const last = groups[groups.length - 1]
    if (last && last.group === o.group) last.options.push(o)
    else groups.push({ group: o.group, options: [o] })
  }
  return groups
}

/** A select over a list of options (placements, job kinds, fields…), grouped under headings when options carry a `group`. */
export const OptionSelect = ({
  value,
  onChange,
  options,
  placeholder,
  ariaLabel,
  className,
  testId,
  disabled,
  size = "small",
}: OptionSelectProps) => {
  const items = (list: Option[]) =>
    list.map((o) => (
      <Select.Item key={o.value} value={o.value}>
        {o.label}
      </Select.Item>
    ))
  return (
    <Select size={size} value={value} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger className={className} aria-label={ariaLabel ?? placeholder} data-testid={testId}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {grouped(options ?? []).map((g, i) =>
          g.group ? (
            <Select.Group key={`${g.group}-${i}`}>
              <Select.Label>{g.group}</Select.Label>
              {items(g.options)}
            </Select.Group>
          ) : (
            <Fragment key={`items-${i}`}>{items(g.options)}</Fragment>
          )
        )}
      </Select.Content>
    </Select>
  )
}

const ALL = "__all"

/**
 * A filter over options whose first item means "all": `value` null or undefined shows that item, and choosing it
 * calls `onChange(undefined)`, so a filter state is just the chosen id or nothing.
 */
export const FilterSelect = ({
  value,
  onChange,
  options,
  allLabel,
  ...rest
}: Omit<OptionSelectProps, "value" | "onChange"> & {
  value: string | null | undefined
  onChange: (value: string | undefined) => void
  /** the first item: "All channels", "All states"… */
  allLabel: string
}) => (
  <OptionSelect
    {...rest}
    value={value ?? ALL}
    onChange={(v) => onChange(v === ALL ? undefined : v)}
    options={[{ value: ALL, label: allLabel }, ...(options ?? [])]}
    placeholder={rest.placeholder ?? allLabel}
  />
)
