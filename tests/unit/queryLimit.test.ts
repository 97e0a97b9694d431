import type { PayloadRequest } from 'payload'

import { capApiPaging } from '../../src/hooks/capApiPaging'
import { capPaging, MAX_QUERY_LIMIT, type PagingArgs } from '../../src/utilities/queryLimit'

describe('capPaging', () => {
  it('caps at 100 documents', () => {
    expect(MAX_QUERY_LIMIT).toBe(100)
  })

  it.each([
    [0, 100],
    [-1, 100],
    [-500, 100],
    [101, 100],
    [1_000_000, 100],
    [100, 100],
    [99, 99],
    [5, 5],
    [1, 1],
  ])('turns limit %d into %d', (limit, expected) => {
    expect(capPaging({ limit }).limit).toBe(expected)
  })

  it("leaves an absent limit to Payload's default page size", () => {
    expect(capPaging<PagingArgs>({}).limit).toBeUndefined()
    expect(capPaging({ limit: null }).limit).toBeNull()
  })

  it('turns pagination=false into a paginated page of 100', () => {
    expect(capPaging({ pagination: false })).toMatchObject({ pagination: true, limit: 100 })
    expect(capPaging({ pagination: false, limit: 0 })).toMatchObject({
      pagination: true,
      limit: 100,
    })
    expect(capPaging({ pagination: false, limit: 5000 })).toMatchObject({
      pagination: true,
      limit: 100,
    })
  })

  it('never raises a smaller limit sent together with pagination=false', () => {
    expect(capPaging({ pagination: false, limit: 5 })).toMatchObject({ pagination: true, limit: 5 })
  })

  it('keeps the other arguments', () => {
    const where = { title: { equals: 'x' } }
    expect(capPaging({ limit: 5, page: 3, where, sort: '-createdAt', depth: 2 })).toEqual({
      limit: 5,
      page: 3,
      where,
      sort: '-createdAt',
      depth: 2,
      pagination: true,
      joins: undefined,
    })
  })

  it("caps every join's limit the same way and keeps its other options", () => {
    const capped = capPaging({
      joins: {
        zero: { limit: 0, sort: 'name' },
        huge: { limit: 10_000 },
        negative: { limit: -3 },
        small: { limit: 7, where: { kind: { equals: 'surgical' } } },
        unset: { sort: '-createdAt' },
        disabled: false,
      },
    })
    expect(capped.joins).toEqual({
      zero: { limit: 100, sort: 'name' },
      huge: { limit: 100 },
      negative: { limit: 100 },
      small: { limit: 7, where: { kind: { equals: 'surgical' } } },
      unset: { sort: '-createdAt', limit: undefined },
      disabled: false,
    })
  })

  it('passes joins=false (joins turned off) through', () => {
    expect(capPaging({ joins: false }).joins).toBe(false)
  })

  it('does not modify the arguments it was given', () => {
    const joins = { treatments: { limit: 0 } }
    const args = { limit: 0, pagination: false, joins }
    capPaging(args)
    expect(args).toEqual({ limit: 0, pagination: false, joins: { treatments: { limit: 0 } } })
  })
})

describe('capApiPaging: whose reads are capped', () => {
  const cap = (payloadAPI: PayloadRequest['payloadAPI'], args: Record<string, unknown>) =>
    capApiPaging({
      args,
      operation: 'read',
      req: { payloadAPI } as PayloadRequest,
    } as never)
  const unpaginated = { pagination: false, limit: 500 }

  it('caps a client reading over REST or GraphQL', () => {
    for (const api of ['REST', 'GraphQL'] as const) {
      expect(cap(api, unpaginated)).toMatchObject({ pagination: true, limit: 100 })
      expect(cap(api, { ...unpaginated, overrideAccess: false })).toMatchObject({ limit: 100 })
    }
  })

  it("leaves the server's own reads alone: Local API, access overridden, Payload's population", () => {
    expect(cap('local', unpaginated)).toEqual(unpaginated)
    expect(cap('REST', { ...unpaginated, overrideAccess: true })).toEqual({
      ...unpaginated,
      overrideAccess: true,
    })
    expect(cap('GraphQL', { ...unpaginated, disableErrors: true })).toEqual({
      ...unpaginated,
      disableErrors: true,
    })
  })
})
