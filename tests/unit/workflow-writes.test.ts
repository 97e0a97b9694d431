import { withoutUnchangedEmptyLists } from '../../src/database/workflowWrites'

describe('withoutUnchangedEmptyLists', () => {
  const fields = { reviewState: 'approved', editedSinceApprovalBy: [] }

  test('an empty list over an empty or missing one is left out: nothing changes', () => {
    expect(withoutUnchangedEmptyLists(fields, { editedSinceApprovalBy: [] })).toEqual({
      reviewState: 'approved',
    })
    expect(withoutUnchangedEmptyLists(fields, {})).toEqual({ reviewState: 'approved' })
  })

  test('an empty list over a list with entries is written: it clears them', () => {
    expect(withoutUnchangedEmptyLists(fields, { editedSinceApprovalBy: ['u1'] })).toEqual(fields)
  })

  test('a list with entries is always written', () => {
    const adding = { editedSinceApprovalBy: ['u2'] }
    expect(withoutUnchangedEmptyLists(adding, { editedSinceApprovalBy: [] })).toEqual(adding)
  })
})
