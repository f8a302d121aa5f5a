import { inOrderPerReceiver } from '../../../src/webhooks/dispatcher'

const claimed = (id: number, subscriptionId: number | null) => ({ id, attempts: 1, subscriptionId })

describe('inOrderPerReceiver', () => {
  it('gives each receiver its deliveries in the order they were written, receivers apart', () => {
    const groups = inOrderPerReceiver([claimed(7, 2), claimed(5, 1), claimed(6, 2), claimed(3, 1), claimed(9, 3)])
    expect(groups.map((g) => g.map((c) => [c.subscriptionId, c.id]))).toEqual([
      [[1, 3], [1, 5]],
      [[2, 6], [2, 7]],
      [[3, 9]],
    ])
  })

  it('keeps deliveries whose subscription is gone together, and an empty batch empty', () => {
    expect(inOrderPerReceiver([claimed(2, null), claimed(1, null)]).map((g) => g.map((c) => c.id))).toEqual([[1, 2]])
    expect(inOrderPerReceiver([])).toEqual([])
  })
})
