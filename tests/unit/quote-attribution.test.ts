/**
 * Which edits of an expert reach the quotes' attribution. The Local API suite proves the rewrite
 * itself (tests/int/access.suite.ts, "a quote's attribution follows its expert").
 */
import {
  attributionChanged,
  attributionOf,
  NO_ATTRIBUTION,
} from '../../src/services/quoteAttribution'

const EXPERT = {
  id: 'e1',
  name: 'Dr Ada',
  credentials: 'MD',
  slug: 'ada',
  bio: { root: { children: [] } },
  affiliation: 'Clinic',
}

describe('attributionOf', () => {
  it('takes the name, credentials and slug, and nothing else', () => {
    expect(attributionOf(EXPERT)).toEqual({ name: 'Dr Ada', credentials: 'MD', slug: 'ada' })
  })

  it('gives empty or missing values as null, and no expert as no attribution', () => {
    expect(attributionOf({ name: 'Dr Ada', credentials: '' })).toEqual({
      name: 'Dr Ada',
      credentials: null,
      slug: null,
    })
    expect(attributionOf(null)).toEqual(NO_ATTRIBUTION)
  })
})

describe('attributionChanged', () => {
  it.each(['name', 'credentials', 'slug'])('is true when the %s changes', (field) => {
    expect(attributionChanged(EXPERT, { ...EXPERT, [field]: 'other' })).toBe(true)
  })

  it('is false when only other fields change, so such edits rewrite no quotes', () => {
    expect(attributionChanged(EXPERT, { ...EXPERT, bio: null, affiliation: 'Elsewhere' })).toBe(
      false,
    )
  })
})
