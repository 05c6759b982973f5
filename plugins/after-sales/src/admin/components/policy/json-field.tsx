import { Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** A JSON value edited as text: shows a parse error at once; the server names the field a rule rejects. */
export const JsonField = ({ value, onChange, rows = 4, testId }: { value: unknown; onChange: (v: unknown, ok: boolean) => void; rows?: number; testId?: string }) => {
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setText(JSON.stringify(value ?? {}, null, 2)), [JSON.stringify(value)])
  return (
    <div className="flex flex-col gap-y-1">
      <Textarea
        rows={rows}
        className="font-mono txt-compact-xsmall"
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value)
          try {
            const v = JSON.parse(e.target.value)
            setError(null)
            onChange(v, true)
          } catch (err) {
            setError((err as Error).message)
            onChange(null, false)
          }
        }}
      />
      {error && (
        <Text size="xsmall" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}
