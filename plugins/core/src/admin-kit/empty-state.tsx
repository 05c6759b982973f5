import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * What a page or card shows before there is data: what is missing, why, and what to do about it (a button, a link
 * to the job that fills it). Never a bare "no data".
 */
export const EmptyState = ({
  icon,
  title,
  children,
  actions,
  testId,
  bare,
}: {
  icon?: ReactNode
  title: ReactNode
  children?: ReactNode
  actions?: ReactNode
  testId?: string
  /** inside another card: no container of its own */
  bare?: boolean
}) => {
  const body = (
    <div className="flex items-start gap-x-4 px-6 py-5" data-testid={bare ? testId : undefined}>
      {icon && <span className="text-ui-fg-muted mt-0.5 shrink-0">{icon}</span>}
      <div className="flex flex-col gap-y-3">
        <div>
          <Heading level="h2">{title}</Heading>
          {children && (
            <Text size="small" className="text-ui-fg-subtle">
              {children}
            </Text>
          )}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  )
  return bare ? body : <Container className="p-0" data-testid={testId}>{body}</Container>
}
