/**
 * The workflow-aware history's rules: moves grouped per version, people named, comparison targets
 * picked, comparison URLs in the shape Payload's version view reads, and the publication words.
 */
import { publicationOf, publicationSummary } from '../../src/admin/publication'
import {
  compareVersionsPath,
  diffLinks,
  historyEventOf,
  historyVersionOf,
  movesByVersion,
  movesOfVersionsWhere,
  peopleNamedIn,
  personName,
  pickDiffTargets,
  versionRoles,
  versionsListPath,
  type HistoryEvent,
} from '../../src/workflow/history'

const event = (overrides: Partial<HistoryEvent> & { id: string }): HistoryEvent => ({
  version: 'v1',
  action: 'submit',
  from: 'draft',
  to: 'in_review',
  actor: 'u1',
  comment: null,
  createdAt: '2025-01-01T10:00:00.000Z',
  sequence: null,
  ...overrides,
})

describe('reading stored rows', () => {
  it('takes review state, Payload status and saver from a version row, populated or not', () => {
    expect(
      historyVersionOf({
        id: 7,
        updatedAt: '2025-01-02T00:00:00.000Z',
        version: { reviewState: 'in_review', _status: 'draft', lastEditedBy: { id: 'u9' } },
      }),
    ).toEqual({
      id: '7',
      updatedAt: '2025-01-02T00:00:00.000Z',
      reviewState: 'in_review',
      status: 'draft',
      lastEditedBy: 'u9',
    })
    expect(historyVersionOf({ id: 'v2', version: { lastEditedBy: 'u3' } }).lastEditedBy).toBe('u3')
    expect(historyVersionOf({ id: 'v3' })).toMatchObject({ reviewState: null, lastEditedBy: null })
  })

  it('reads an event, an empty comment counting as none', () => {
    expect(
      historyEventOf({
        id: 'e1',
        version: 'v1',
        action: 'approve',
        from: 'in_review',
        to: 'approved',
        actor: { id: 'u2' },
        comment: '',
        createdAt: '2025-01-01T00:00:00.000Z',
      }),
    ).toMatchObject({ actor: 'u2', comment: null, version: 'v1', sequence: null })
  })
})

describe('moves per version', () => {
  it('asks for every version of the page in one query, scoped to the document', () => {
    expect(movesOfVersionsWhere('articles', 'doc1', ['v1', 'v2'])).toEqual({
      and: [
        { collection: { equals: 'articles' } },
        { documentId: { equals: 'doc1' } },
        { version: { in: ['v1', 'v2'] } },
      ],
    })
  })

  it('groups moves by version, oldest first, ignoring moves without a version', () => {
    const grouped = movesByVersion([
      event({ id: 'approve', version: 'v1', createdAt: '2025-01-01T12:00:00.000Z' }),
      event({ id: 'submit', version: 'v1', createdAt: '2025-01-01T11:00:00.000Z' }),
      event({ id: 'publish', version: 'v2', createdAt: '2025-01-01T13:00:00.000Z' }),
      event({ id: 'orphan', version: null }),
    ])
    expect([...grouped.keys()]).toEqual(['v1', 'v2'])
    expect(grouped.get('v1')!.map((move) => move.id)).toEqual(['submit', 'approve'])
    expect(grouped.get('v2')!.map((move) => move.id)).toEqual(['publish'])
  })

  it('orders moves of one millisecond by their sequence number when recorded', () => {
    const at = '2025-01-01T12:00:00.000Z'
    const grouped = movesByVersion([
      event({ id: 'second', createdAt: at, sequence: 2 }),
      event({ id: 'first', createdAt: at, sequence: 1 }),
    ])
    expect(grouped.get('v1')!.map((move) => move.id)).toEqual(['first', 'second'])
  })
})

describe('people', () => {
  it('collects savers and actors once each', () => {
    const versions = [
      historyVersionOf({ id: 'v1', version: { lastEditedBy: 'u1' } }),
      historyVersionOf({ id: 'v2', version: { lastEditedBy: 'u2' } }),
      historyVersionOf({ id: 'v3' }),
    ]
    const events = [event({ id: 'e1', actor: 'u2' }), event({ id: 'e2', actor: 'u3' })]
    expect(peopleNamedIn(versions, events)).toEqual(['u1', 'u2', 'u3'])
  })

  it('names a user by name, else e-mail; an unreadable id is a former user', () => {
    const people = new Map([
      ['u1', { id: 'u1', name: 'Rita Reviewer', email: 'rita@example.com' }],
      ['u2', { id: 'u2', name: '  ', email: 'eddie@example.com' }],
    ])
    expect(personName(people, 'u1')).toBe('Rita Reviewer')
    expect(personName(people, 'u2')).toBe('eddie@example.com')
    expect(personName(people, 'gone')).toBe('A former user')
    expect(personName(people, null)).toBe('Unknown user')
  })
})

describe('comparison targets', () => {
  const read = {
    isLive: true,
    newestVersionId: 'v5',
    newestPublishedVersionId: 'v3',
    lastApprovedVersionId: 'v2',
    lastApprovedVersionExists: true,
  }

  it('is the newest version, the newest published one while live, and the last approved one', () => {
    expect(pickDiffTargets(read)).toEqual({
      workingCopyVersionId: 'v5',
      liveVersionId: 'v3',
      lastApprovedVersionId: 'v2',
    })
  })

  it('has no live version while the document is offline, whatever its history holds', () => {
    expect(pickDiffTargets({ ...read, isLive: false }).liveVersionId).toBeNull()
  })

  it('forgets an approved version that is no longer kept', () => {
    expect(
      pickDiffTargets({ ...read, lastApprovedVersionExists: false }).lastApprovedVersionId,
    ).toBeNull()
  })

  it('marks each version with what it is to the reviewer', () => {
    const targets = { workingCopyVersionId: 'v5', liveVersionId: 'v5', lastApprovedVersionId: 'v2' }
    expect(versionRoles('v5', targets)).toEqual(['workingCopy', 'live'])
    expect(versionRoles('v2', targets)).toEqual(['lastApproved'])
    expect(versionRoles('v1', targets)).toEqual([])
  })
})

describe('comparison links', () => {
  it("opens Payload's version view of the working copy with the other version as versionFrom", () => {
    expect(
      compareVersionsPath({
        adminRoute: '/admin',
        collection: 'articles',
        documentId: 'doc 1',
        versionId: 'v5',
        versionFrom: 'v3',
      }),
    ).toBe('/admin/collections/articles/doc%201/versions/v5?versionFrom=v3')
    expect(
      compareVersionsPath({
        adminRoute: '/',
        collection: 'scar-types',
        documentId: 'd',
        versionId: 'a',
        versionFrom: 'b',
      }),
    ).toBe('/collections/scar-types/d/versions/a?versionFrom=b')
    expect(
      versionsListPath({ adminRoute: '/admin/', collection: 'articles', documentId: 'd' }),
    ).toBe('/admin/collections/articles/d/versions')
  })

  it('links both comparisons when the working copy differs from live and from the approval', () => {
    expect(
      diffLinks({ workingCopyVersionId: 'v5', liveVersionId: 'v3', lastApprovedVersionId: 'v2' }),
    ).toEqual([
      { key: 'live', label: 'Changes since the live version', versionId: 'v5', versionFrom: 'v3' },
      {
        key: 'lastApproved',
        label: 'Changes since the last approval',
        versionId: 'v5',
        versionFrom: 'v2',
      },
    ])
  })

  it('says why a comparison is missing: nothing live, never approved, nothing changed', () => {
    const [live, approved] = diffLinks({
      workingCopyVersionId: 'v5',
      liveVersionId: null,
      lastApprovedVersionId: 'v5',
    })
    expect(live).toEqual({
      key: 'live',
      label: 'Changes since the live version',
      unavailable: 'Not live: there is no live version to compare with.',
    })
    expect(approved).toMatchObject({ unavailable: 'No changes since the last approval.' })

    const [same, never] = diffLinks({
      workingCopyVersionId: 'v5',
      liveVersionId: 'v5',
      lastApprovedVersionId: null,
    })
    expect(same).toMatchObject({
      unavailable: 'No pending changes: the working copy is the live version.',
    })
    expect(never).toMatchObject({ unavailable: expect.stringMatching(/^Never approved/) })

    expect(
      diffLinks({
        workingCopyVersionId: null,
        liveVersionId: null,
        lastApprovedVersionId: null,
      })[0],
    ).toMatchObject({ unavailable: 'No version has been saved yet.' })
  })
})

describe('publication beside the review state', () => {
  it('says Live or Offline, and that an edit is pending when a live working copy moved on', () => {
    expect(publicationSummary({ publication: 'live', reviewState: 'published' })).toEqual({
      publication: 'live',
      label: 'Live',
      pendingEdit: null,
    })
    expect(publicationSummary({ publication: 'live', reviewState: 'in_review' }).pendingEdit).toBe(
      'edit pending',
    )
    expect(publicationSummary({ publication: 'offline', reviewState: 'draft' })).toEqual({
      publication: 'offline',
      label: 'Offline',
      pendingEdit: null,
    })
    expect(publicationSummary({ publication: 'bogus', reviewState: 'draft' }).label).toBe('Unknown')
  })

  it('falls back on whether the main document is published when none is stored', () => {
    expect(publicationOf(undefined, true)).toBe('live')
    expect(publicationOf(undefined, false)).toBe('offline')
    expect(publicationOf('offline', true)).toBe('offline')
  })
})
