import { parseSolomon } from "../solomon"

const TEXT = `C_TINY

VEHICLE
NUMBER     CAPACITY
  3         50

CUSTOMER
CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME

    0          40      50           0       0        1236          0
    1          45      68          10     912         967         90
    2          45      70          30     825         870         90
    this line is garbage
    3          42      66          10      65         146
`

describe("parseSolomon", () => {
  test("reads the header, the depot and the customers; counts malformed lines", () => {
    const { instance, malformedLines } = parseSolomon(TEXT)
    expect(instance.name).toBe("C_TINY")
    expect(instance.vehicles).toEqual({ count: 3, capacity: 50 })
    expect(instance.depot).toEqual({ id: 0, x: 40, y: 50, ready: 0, due: 1236 })
    expect(instance.customers).toEqual([
      { id: 1, x: 45, y: 68, demand: 10, ready: 912, due: 967, service: 90 },
      { id: 2, x: 45, y: 70, demand: 30, ready: 825, due: 870, service: 90 },
    ])
    expect(malformedLines).toBe(2) // the garbage line and the 6-column line
  })

  test("refuses a file without a vehicle section", () => {
    expect(() => parseSolomon("X\nCUSTOMER\n0 1 2 3 4 5 6\n")).toThrow(/VEHICLE/)
  })
})
