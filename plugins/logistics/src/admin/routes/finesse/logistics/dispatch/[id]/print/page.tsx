import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useParams, useSearchParams } from "react-router-dom"
import { ErrorState, OptionSelect } from "@finesse/core/admin-kit"
import { clock, usePlan, useRouteSheet } from "../../../../../../hooks/logistics"

/** A driver's route sheet to print: stops in order with window, arrival, address and a signature column. */
const RouteSheetPage = () => {
  const { id } = useParams()
  const [params, setParams] = useSearchParams()
  const plan = usePlan(id)
  const routeId = params.get("route") ?? plan.data?.dispatch_plan.routes?.[0]?.id
  const sheet = useRouteSheet(id!, routeId)
  if (plan.error) return <ErrorState error={plan.error} />
  const s = sheet.data?.sheet
  return (
    <Container className="flex flex-col gap-y-4 p-6 print:shadow-none" data-testid="route-sheet">
      <div className="flex items-start justify-between print:hidden">
        <OptionSelect
          value={routeId ?? ""}
          onChange={(v) => setParams({ route: v })}
          options={(plan.data?.dispatch_plan.routes ?? []).map((r) => ({ value: r.id, label: `${r.vehicle_name} (${r.driver_name ?? "no driver"})` }))}
          className="w-[260px]"
        />
        <Button size="small" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {s && (
        <>
          <div>
            <Heading level="h1">
              {s.vehicle_name} · {s.day}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Driver {s.driver_name ?? "—"} · from {s.depot?.name ?? "depot"} at {clock(s.start_min)} UTC, back {clock(s.end_min)} · {s.stops.length} stops · {s.distance_km} km
            </Text>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>#</Table.HeaderCell>
                <Table.HeaderCell>Arrive</Table.HeaderCell>
                <Table.HeaderCell>Window</Table.HeaderCell>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Recipient and address</Table.HeaderCell>
                <Table.HeaderCell>Units</Table.HeaderCell>
                <Table.HeaderCell>Signature</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {s.stops.map((x) => (
                <Table.Row key={x.stop_id} data-testid="sheet-stop">
                  <Table.Cell>{x.sequence}</Table.Cell>
                  <Table.Cell>{clock(x.arrival_min)}</Table.Cell>
                  <Table.Cell>
                    {clock(x.window[0])}–{clock(x.window[1])}
                  </Table.Cell>
                  <Table.Cell>{x.order_label}</Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {x.address ? `${x.address.name}, ${x.address.address}, ${x.address.postal_code} ${x.address.city}${x.address.phone ? ` · ${x.address.phone}` : ""}` : "—"}
                  </Table.Cell>
                  <Table.Cell>{x.units}</Table.Cell>
                  <Table.Cell className="w-[160px]"> </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}

export default RouteSheetPage
