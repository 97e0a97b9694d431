import { changedFields } from '../../src/database/workflowWrites'

describe('changedFields: what a workflow write must write', () => {
  test('an empty list over an empty, missing or null one is left out: nothing changes', () => {
    const fields = { reviewState: 'approved', editedSinceApprovalBy: [] }
    const stored = { reviewState: 'in_review' }
    expect(changedFields(fields, { ...stored, editedSinceApprovalBy: [] })).toEqual({
      reviewState: 'approved',
    })
    expect(changedFields(fields, stored)).toEqual({ reviewState: 'approved' })
    expect(changedFields(fields, { ...stored, editedSinceApprovalBy: null })).toEqual({
      reviewState: 'approved',
    })
  })

  test('an empty list over a list with entries is written: it clears them', () => {
    const clearing = { editedSinceApprovalBy: [] }
    expect(changedFields(clearing, { editedSinceApprovalBy: ['u1'] })).toEqual(clearing)
  })

  test('relationships and arrays equal to the stored ones are left out, changed ones kept', () => {
    const live = {
      title: 'Boxcar scars',
      scarTypes: ['s1', 's2'],
      sources: [{ id: 'a', title: 'Study', url: null }],
      seo: { title: 'Boxcar', description: null },
    }
    expect(changedFields({ ...live }, live)).toEqual({})
    const edited = {
      ...live,
      title: 'Boxcar scars, explained',
      scarTypes: ['s2', 's1'],
      sources: [{ id: 'a', title: 'Study (2024)', url: null }],
    }
    expect(changedFields(edited, live)).toEqual({
      title: 'Boxcar scars, explained',
      scarTypes: ['s2', 's1'],
      sources: [{ id: 'a', title: 'Study (2024)', url: null }],
    })
  })

  test('a field the stored row lacks is written', () => {
    expect(changedFields({ summary: 'New' }, {})).toEqual({ summary: 'New' })
    expect(changedFields({ summary: null }, { summary: 'Old' })).toEqual({ summary: null })
  })
})
