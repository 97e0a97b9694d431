import { changedFields, publicationWrite } from '../../src/database/workflowWrites'

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

describe('publicationWrite: what publishing writes into the document row', () => {
  const live = {
    id: 'doc',
    title: 'Boxcar scars',
    slug: 'boxcar-scars',
    scarTypes: ['s1'],
    reviewState: 'approved',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  }
  const version = { ...live, id: 'version', updatedAt: '2026-01-03T00:00:00.000Z' }
  const fields = { reviewState: 'published', _status: 'published' }
  const unique = new Set(['slug'])

  test('content already live: only the changed columns, with the claim', () => {
    expect(publicationWrite(live, version, fields, unique)).toEqual({
      columns: { reviewState: 'published', _status: 'published' },
      rewrite: null,
    })
  })

  test('edited text: the changed columns too, never the version row id or its timestamps', () => {
    const edited = { ...version, title: 'Boxcar scars, explained' }
    expect(publicationWrite(live, edited, fields, unique)).toEqual({
      columns: { title: 'Boxcar scars, explained', reviewState: 'published', _status: 'published' },
      rewrite: null,
    })
  })

  test('a changed list or a changed unique slug: the whole content is written after the claim', () => {
    for (const change of [{ scarTypes: ['s1', 's2'] }, { slug: 'boxcar' }]) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...content } = { ...version, ...change }
      expect(publicationWrite(live, { ...version, ...change }, fields, unique)).toEqual({
        columns: {},
        rewrite: { ...content, ...fields },
      })
    }
  })
})
