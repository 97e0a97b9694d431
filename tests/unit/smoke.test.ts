test('jest runs TypeScript as ESM', () => {
  const value: number = 1
  expect(value).toBe(1)
})
