import { Spinner } from "@medusajs/icons"
import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"

export type SectionHeaderProps = {
  title: ReactNode
  subtitle?: ReactNode
  /** buttons, filters or a figure on the right */
  actions?: ReactNode
  /** h1 for a page's own header, h2 (default) for a card */
  level?: "h1" | "h2"
  /** a small spinner next to the title while data refreshes */
  busy?: boolean
  /** more under the subtitle, e.g. a page's tabs */
  children?: ReactNode
}

/** The heading row of a page or card: title, a line on what it shows, and actions or filters on the right. */
export const SectionHeader = ({ title, subtitle, actions, level = "h2", busy, children }: SectionHeaderProps) => (
  <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-6 py-4">
    {/* the text gives way (wraps) before the actions drop below it, down to a third of a laptop screen */}
    <div className="flex min-w-0 flex-col gap-y-2" style={{ flex: "1 1 320px" }}>
      <div>
        <div className="flex items-center gap-x-2">
          <Heading level={level}>{title}</Heading>
          {busy && <Spinner className="text-ui-fg-muted animate-spin" aria-label="Updating" />}
        </div>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {children}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)

/**
 * A card with a section header and a body: a DataTable, a chart, a form. Rows of the body are divided by lines;
 * extra props (data-*) go to the card.
 */
export const SectionCard = ({
  title,
  subtitle,
  actions,
  busy,
  children,
  testId,
  className,
  ...rest
}: Omit<SectionHeaderProps, "level" | "children"> & {
  children?: ReactNode
  testId?: string
  className?: string
} & Omit<HTMLAttributes<HTMLDivElement>, "title" | "children" | "className">) => (
  <Container className={clx("flex min-w-0 flex-col divide-y p-0", className)} data-testid={testId} {...rest}>
    <SectionHeader title={title} subtitle={subtitle} actions={actions} busy={busy} />
    {children}
  </Container>
)
