/**
 * Lower-case, ASCII, hyphen-separated: `Ice Pick Scars` -> `ice-pick-scars`. Longer than
 * `maxLength`, it is cut after the last whole word that fits.
 */
export const slugify = (text: string, maxLength = Infinity): string => {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const endsOnWord = slug[maxLength] === '-'
  const lastBreak = cut.lastIndexOf('-')
  return (endsOnWord || lastBreak <= 0 ? cut : cut.slice(0, lastBreak)).replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isValidSlug = (value: string): boolean => SLUG_PATTERN.test(value)
