import { isValidSlug, slugify, SLUG_PATTERN } from '../../src/utilities/slugify'

describe('slugify', () => {
  it.each([
    ['Ice Pick Scars', 'ice-pick-scars'],
    ['Boxcar scars', 'boxcar-scars'],
    ['Rolling & Boxcar', 'rolling-and-boxcar'],
    ['Post-inflammatory hyperpigmentation (PIH)', 'post-inflammatory-hyperpigmentation-pih'],
    ['Café Crème', 'cafe-creme'],
    ['Fractional CO₂ laser', 'fractional-co2-laser'],
    ['  --Hyper__trophic!!  ', 'hyper-trophic'],
    ['TCA CROSS 100%', 'tca-cross-100'],
    ['already-a-slug', 'already-a-slug'],
  ])('%j -> %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('')).toBe('')
    expect(slugify('!!! ---')).toBe('')
  })

  it('always produces a valid slug from text that has letters or digits', () => {
    for (const input of ['Ice Pick Scars', 'Ünïcödé  Test', 'a & b', '1 2 3', '--x--']) {
      expect(isValidSlug(slugify(input))).toBe(true)
    }
  })
})

describe('isValidSlug', () => {
  it.each(['ice-pick-scars', 'a', 'co2-laser', '100', 'a1-b2-c3'])('accepts %j', (value) => {
    expect(isValidSlug(value)).toBe(true)
    expect(SLUG_PATTERN.test(value)).toBe(true)
  })

  it.each([
    '',
    'Ice-Pick',
    'ice pick',
    'ice--pick',
    '-ice',
    'ice-',
    'ice_pick',
    'ice/pick',
    'café',
    '../etc',
    'ice-pick\n',
  ])('refuses %j', (value) => {
    expect(isValidSlug(value)).toBe(false)
  })
})

describe('slugify with a length limit', () => {
  test.each([
    ['Ice Pick Scars', 100, 'ice-pick-scars'],
    ['Ice Pick Scars', 14, 'ice-pick-scars'],
    ['Ice Pick Scars', 13, 'ice-pick'],
    ['Ice Pick Scars', 9, 'ice-pick'],
    ['Ice Pick Scars', 8, 'ice-pick'],
    ['Ice Pick Scars', 7, 'ice'],
    ['Icepickscars', 4, 'icep'],
  ])('slugify(%j, %d) is %j', (text, limit, expected) => {
    expect(slugify(text, limit)).toBe(expected)
  })

  test('a 200-character title makes a valid slug within 120 characters', () => {
    const slug = slugify('Atrophic scar '.repeat(15), 120)
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(isValidSlug(slug)).toBe(true)
  })
})
