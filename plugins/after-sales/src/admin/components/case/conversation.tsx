import { Badge, Button, Container, Heading, Switch, Label, Text, Textarea, clx } from "@medusajs/ui"
import { EmptyNote, formatDateTime, runWithToast } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useSendMessage, useSuggestions, type CaseDetail } from "../../hooks/after-sales"

const AUTHOR: Record<string, string> = { customer: "Customer", agent: "Agent", system: "System" }

/** The conversation: customer-visible messages and internal notes, oldest first. */
export const Conversation = ({ c }: { c: CaseDetail }) => (
  <Container className="flex flex-col gap-y-3 p-4" data-testid="case-conversation">
    <Heading level="h2">Conversation</Heading>
    {c.messages.map((m) => (
      <div
        key={m.id}
        data-testid="case-message"
        data-visibility={m.visibility}
        className={clx(
          "rounded-lg border px-4 py-3",
          m.visibility === "internal" ? "bg-ui-tag-orange-bg border-ui-tag-orange-border" : m.author_type === "customer" ? "bg-ui-bg-subtle" : "bg-ui-bg-base"
        )}
      >
        <div className="mb-1 flex items-center gap-x-2">
          <Text size="xsmall" weight="plus">
            {AUTHOR[m.author_type] ?? m.author_type}
          </Text>
          {m.visibility === "internal" && (
            <Badge size="2xsmall" color="orange">
              internal note
            </Badge>
          )}
          {m.reply_key && (
            <Badge size="2xsmall" color="grey">
              {m.reply_key}
            </Badge>
          )}
          <Text size="xsmall" className="text-ui-fg-muted ml-auto">
            {formatDateTime(m.created_at)}
          </Text>
        </div>
        <Text size="small" className="whitespace-pre-wrap">
          {m.body}
        </Text>
      </div>
    ))}
  </Container>
)

/** Writing to the customer (or a note), with replies that resolved similar cases one click away. */
export const Composer = ({ c }: { c: CaseDetail }) => {
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  const [replyKey, setReplyKey] = useState<string | null>(null)
  const send = useSendMessage(c.id)
  const sugg = useSuggestions(c.id)
  const canReply = c.allowed_actions.includes("agent_reply") || internal
  const submit = async (then?: "request_info" | "resolve") => {
    const ok = await runWithToast(
      () => send.mutateAsync({ body, visibility: internal ? "internal" : "customer", reply_key: replyKey, then }),
      internal ? "Note added" : then === "resolve" ? "Sent and resolved" : then === "request_info" ? "Sent; waiting on the customer" : "Sent"
    )
    if (ok) {
      setBody("")
      setReplyKey(null)
    }
  }
  return (
    <Container className="flex flex-col gap-y-3 p-4" data-testid="case-composer">
      <div className="flex items-center justify-between">
        <Heading level="h2">Reply</Heading>
        <div className="flex items-center gap-x-2">
          <Switch id="internal-note" checked={internal} onCheckedChange={setInternal} />
          <Label htmlFor="internal-note" size="small">
            Internal note
          </Label>
        </div>
      </div>
      <div className="flex flex-col gap-y-2" data-testid="case-suggestions">
        <Text size="xsmall" className="text-ui-fg-subtle">
          Suggested replies {sugg.data?.indexed_cases ? `(from ${sugg.data.indexed_cases.toLocaleString()} resolved cases)` : "(saved replies for this kind of case)"}
        </Text>
        {sugg.data?.suggestions.length === 0 && <EmptyNote>No suggestion yet: saved replies and resolved cases feed them.</EmptyNote>}
        {sugg.data?.suggestions.map((s, i) => (
          <button
            key={`${s.reply_key ?? "free"}-${i}`}
            type="button"
            data-testid="suggestion"
            data-reply-key={s.reply_key ?? ""}
            className="bg-ui-bg-subtle hover:bg-ui-bg-base-hover rounded-md border px-3 py-2 text-left"
            onClick={() => {
              setBody(s.body)
              setReplyKey(s.reply_key)
              setInternal(false)
            }}
          >
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                {s.title}
              </Text>
              {s.support > 0 && (
                <Badge size="2xsmall" color="blue">
                  resolved {s.support} similar
                </Badge>
              )}
              {s.missing.length > 0 && (
                <Badge size="2xsmall" color="orange">
                  fill in {s.missing.join(", ")}
                </Badge>
              )}
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle line-clamp-2">
              {s.body}
            </Text>
          </button>
        ))}
      </div>
      <Textarea rows={5} value={body} onChange={(e) => setBody(e.target.value)} placeholder={internal ? "Only agents see this note" : "Write to the customer"} data-testid="composer-body" />
      <div className="flex flex-wrap justify-end gap-2">
        {!internal && c.allowed_actions.includes("request_info") && (
          <Button size="small" variant="secondary" disabled={!body.trim()} onClick={() => submit("request_info")}>
            Send and wait for the customer
          </Button>
        )}
        {!internal && c.allowed_actions.includes("resolve") && (
          <Button size="small" variant="secondary" disabled={!body.trim()} onClick={() => submit("resolve")} data-testid="send-resolve">
            Send and resolve
          </Button>
        )}
        <Button size="small" disabled={!body.trim() || !canReply} isLoading={send.isPending} onClick={() => submit()} data-testid="send-message">
          {internal ? "Add note" : "Send"}
        </Button>
      </div>
    </Container>
  )
}
