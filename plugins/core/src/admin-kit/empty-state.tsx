import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "./sdk"

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
    <div className="flex items-start gap-x-4 px-6 py-4" data-testid={bare ? testId : undefined}>
      {icon && <span className="text-ui-fg-muted mt-0.5 shrink-0">{icon}</span>}
      <div className="flex flex-col gap-y-3">
        <div>
          <Heading level="h2">{title}</Heading>
          {children && <div className="text-ui-fg-subtle txt-small">{children}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  )
  return bare ? body : <Container className="p-0" data-testid={testId}>{body}</Container>
}

/**
 * A centred note where a list or chart would be: a short title and what fills it. `height` keeps a chart's space,
 * so the card does not jump when data arrives.
 */
export const EmptyNote = ({ title, children, height, testId }: { title?: ReactNode; children?: ReactNode; height?: number; testId?: string }) => (
  <div
    className={clx("flex flex-col items-center justify-center gap-y-1 px-6 text-center", !height && "py-8")}
    style={height ? { height } : undefined}
    data-testid={testId}
  >
    {title && (
      <Text size="small" weight="plus">
        {title}
      </Text>
    )}
    {children && (
      <div className="text-ui-fg-subtle txt-small" style={{ maxWidth: 520 }}>
        {children}
      </div>
    )}
  </div>
)

/** A failed call inside a card: the server's message (Medusa's `message`) in the error colour. */
export const ErrorNote = ({ error, prefix, testId }: { error: unknown; prefix?: ReactNode; testId?: string }) => (
  <div className="px-6 py-4" data-testid={testId}>
    <Text size="small" className="text-ui-fg-error">
      {prefix}
      {errorMessage(error)}
    </Text>
  </div>
)

/** A page whose data could not load: what failed, the server's message, and "Try again". */
export const ErrorState = ({ title, error, onRetry, testId }: { title?: ReactNode; error: unknown; onRetry?: () => void; testId?: string }) => (
  <Container className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid={testId}>
    <div className="flex items-start gap-x-3">
      <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
      <div>
        {title && (
          <Text size="small" weight="plus">
            {title}
          </Text>
        )}
        <Text size="small" className={title ? "text-ui-fg-subtle" : undefined}>
          {errorMessage(error)}
        </Text>
      </div>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </Container>
)
