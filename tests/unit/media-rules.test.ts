import { imageSizeProblem, isOwnMediaFileUrl } from '../../src/utilities/mediaRules'

describe('image size limit', () => {
  test.each([
    [8000, 6250],
    [1, 1],
    [50_000_000, 1],
  ])('%dx%d is accepted', (width, height) => {
    expect(imageSizeProblem(width, height)).toBeNull()
  })

  test('16000x16000 is refused with its size and the limit', () => {
    expect(imageSizeProblem(16_000, 16_000)).toBe(
      'The image is 16000x16000 pixels (256.0 megapixels); upload at most 50 megapixels.',
    )
  })

  test('one pixel over the limit is refused', () => {
    expect(imageSizeProblem(50_000_001, 1)).not.toBeNull()
  })
})

describe('media urls a client may send back', () => {
  const server = 'https://cms.example'
  test.each(['/api/media/file/scar.png', 'https://cms.example/api/media/file/scar-1024x768.webp'])(
    '%s is the server’s own file address',
    (url) => {
      expect(isOwnMediaFileUrl(url, server)).toBe(true)
    },
  )

  test.each([
    'https://evil.example/api/media/file/scar.png',
    'http://169.254.169.254/latest/meta-data',
    'https://cms.example.evil.example/api/media/file/x.png',
    '/api/media/file/../../etc/passwd',
    '/api/media/file/x.png?redirect=http://evil.example',
    'file:///etc/passwd',
    '',
  ])('%j is refused', (url) => {
    expect(isOwnMediaFileUrl(url, server)).toBe(false)
  })
})
