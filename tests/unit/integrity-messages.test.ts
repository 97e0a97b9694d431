/** The sentences that tell an editor why a publish or a take-down is refused. */
import {
  blockersMessage,
  dependentsMessage,
  describeDocument,
  MESSAGE_NAMES_AT_MOST,
  nounOf,
  shortTitle,
  type LiveDependent,
  type PublicationBlocker,
} from '../../src/workflow/integrityMessages'

const blocker = (overrides: Partial<PublicationBlocker>): PublicationBlocker => ({
  collection: 'expert-quotes',
  id: 'q1',
  title: 'Sunscreen first.',
  path: 'body › expert quote',
  reason: 'not_live',
  adminPath: '/admin/collections/expert-quotes/q1',
  ...overrides,
})

describe('blockersMessage', () => {
  test('one blocker: what, where, why', () => {
    expect(blockersMessage([blocker({})])).toBe(
      'Publishing is blocked: it refers to expert quote “Sunscreen first.” (body › expert quote), which is not published.',
    )
  })

  test('several, a missing one named by its id', () => {
    expect(
      blockersMessage([
        blocker({}),
        blocker({
          collection: 'scar-types',
          id: 's9',
          title: null,
          path: 'scarTypes',
          reason: 'missing',
        }),
      ]),
    ).toBe(
      'Publishing is blocked: it refers to expert quote “Sunscreen first.” (body › expert quote), which is not published; and scar type s9 (scarTypes), which does not exist (deleted, or a wrong id).',
    )
  })

  test(`names ${MESSAGE_NAMES_AT_MOST}, then says how many more`, () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      blocker({ id: `q${i}`, title: `Quote ${i}` }),
    )
    const message = blockersMessage(many)
    expect(message).toContain('“Quote 4”')
    expect(message).not.toContain('“Quote 5”')
    expect(message.endsWith('; and 1195 more.')).toBe(true)
    expect(message.length).toBeLessThan(600)
  })

  test('none: no message', () => expect(blockersMessage([])).toBe(''))
})

describe('dependentsMessage', () => {
  const dependent = (overrides: Partial<LiveDependent>): LiveDependent => ({
    collection: 'articles',
    id: 'a1',
    title: 'Boxcar scars',
    path: 'body › expert quote',
    adminPath: '/admin/collections/articles/a1',
    ...overrides,
  })

  test('one', () => {
    expect(dependentsMessage([dependent({})])).toBe(
      'Taking it offline is blocked: a live document refers to it: article “Boxcar scars” (body › expert quote).',
    )
  })

  test('two', () => {
    expect(
      dependentsMessage([
        dependent({}),
        dependent({
          collection: 'treatments',
          id: 't1',
          title: 'Subcision',
          path: 'targets › scarType',
        }),
      ]),
    ).toBe(
      'Taking it offline is blocked: live documents refer to it: article “Boxcar scars” (body › expert quote); and treatment “Subcision” (targets › scarType).',
    )
  })

  test('none: no message', () => expect(dependentsMessage([])).toBe(''))
})

describe('naming documents', () => {
  test.each([
    ['articles', 'article'],
    ['expert-quotes', 'expert quote'],
    ['scar-types', 'scar type'],
    ['media', 'media item'],
    ['case-studies', 'case study'],
    ['webhook-endpoints', 'webhook endpoint'],
  ])('nounOf(%s)', (slug, noun) => expect(nounOf(slug)).toBe(noun))

  test('long titles are cut at a word, on one line', () => {
    const statement = `Sunscreen every day\nkeeps marks from darkening, ${'and more '.repeat(50)}`
    const short = shortTitle(statement)
    expect(short.length).toBeLessThanOrEqual(60)
    expect(short).toMatch(/^Sunscreen every day keeps marks from darkening, and .*…$/)
    expect(shortTitle('  Short  ')).toBe('Short')
  })

  test('a document without a title is named by a shortened id', () => {
    expect(describeDocument({ collection: 'media', id: 'm1', title: null })).toBe('media item m1')
    expect(describeDocument({ collection: 'media', id: 'x'.repeat(500), title: '  ' })).toMatch(
      /^media item x{30,40}…$/,
    )
  })
})
