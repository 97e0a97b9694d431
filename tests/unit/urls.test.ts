import { isHttpUrl } from '../../src/utilities/urls'

describe('isHttpUrl', () => {
  it.each([
    'https://www.aad.org/public/diseases/acne/derm-treat/scars',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Path?q=1#x',
    'https://localhost:3000/',
  ])('accepts %j', (value) => {
    expect(isHttpUrl(value)).toBe(true)
  })

  it.each([
    '',
    'example.com',
    'www.example.com/page',
    '/relative/path',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'http://',
  ])('refuses %j', (value) => {
    expect(isHttpUrl(value)).toBe(false)
  })
})
