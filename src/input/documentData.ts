/**
 * Checks on the data of a create or update before Payload copies, validates and stores it.
 * Payload's own validation misses types (a list where text belongs is stored as '["a"]' or
 * crashes a hook), relationship ids that cannot be ids, values nested thousands of levels deep
 * and lists longer than SQLite can insert in one statement; each of those answered 500.
 */
import { describeJsonType, findJsonShapeProblem, isPlainObject } from './jsonShape'
import { subFieldsOf, type FieldShape } from './fieldPaths'

export interface DataProblem {
  path: string
  message: string
}

/** The database's id format: UUIDs on SQLite (idType 'uuid'), ObjectIds on MongoDB. */
export type IdFormat = { name: string; test: (value: string) => boolean }

export const UUID_IDS: IdFormat = {
  name: 'a UUID such as 3f2a6c1e-8b4d-4c6f-9a3e-1b2c3d4e5f60',
  test: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
}

export const OBJECT_IDS: IdFormat = {
  name: 'a 24-character hexadecimal ObjectId',
  test: (value) => /^[0-9a-f]{24}$/i.test(value),
}

/** Payload's database adapter name -> the ids it stores. */
export const idFormatFor = (databaseName: string): IdFormat =>
  databaseName === 'mongoose' ? OBJECT_IDS : UUID_IDS

const TEXT_TYPES = ['text', 'textarea', 'email', 'code', 'radio']

const joinPath = (prefix: string, key: string | number): string =>
  prefix ? `${prefix}.${key}` : String(key)

const quote = (value: unknown): string => JSON.stringify(value)?.slice(0, 60) ?? String(value)

/**
 * Every problem with `data` against `fields`, each with the path it is at. An empty list means
 * the data may go on to Payload's own validation.
 */
export const findDataProblems = (
  data: unknown,
  fields: FieldShape[],
  ids: IdFormat,
): DataProblem[] => {
  if (!isPlainObject(data)) {
    return [
      {
        path: '',
        message: `Send the document's fields as a JSON object, not ${describeJsonType(data)}.`,
      },
    ]
  }
  const shapeProblem = findJsonShapeProblem(data)
  if (shapeProblem) return [{ path: '', message: shapeProblem }]
  const problems: DataProblem[] = []
  checkFields(data, fields, '', ids, problems)
  return problems
}

const checkFields = (
  data: Record<string, unknown>,
  fields: FieldShape[],
  prefix: string,
  ids: IdFormat,
  problems: DataProblem[],
): void => {
  for (const field of fields) {
    if (!field.name) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level of the data.
      checkFields(data, subFieldsOf(field), prefix, ids, problems)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    checkValue(value, field, joinPath(prefix, field.name), ids, problems)
  }
}

const expect = (
  problems: DataProblem[],
  path: string,
  ok: boolean,
  wanted: string,
  value: unknown,
): boolean => {
  if (!ok)
    problems.push({ path, message: `${path} must be ${wanted}, not ${describeJsonType(value)}.` })
  return ok
}

/** The admin panel sends an empty array or blocks field as its row count (0). */
const isRowCount = (value: unknown): boolean =>
  Number.isSafeInteger(value) && (value as number) >= 0

const eachItem = (
  value: unknown,
  path: string,
  problems: DataProblem[],
  check: (item: unknown, itemPath: string) => void,
): void => {
  if (!expect(problems, path, Array.isArray(value), 'a list', value)) return
  ;(value as unknown[]).forEach((item, index) => check(item, joinPath(path, index)))
}

const checkValue = (
  value: unknown,
  field: FieldShape,
  path: string,
  ids: IdFormat,
  problems: DataProblem[],
): void => {
  const single = (check: (item: unknown, itemPath: string) => void) =>
    field.hasMany ? eachItem(value, path, problems, check) : check(value, path)

  if (TEXT_TYPES.includes(field.type) || field.type === 'select') {
    single((item, itemPath) => expect(problems, itemPath, typeof item === 'string', 'text', item))
  } else if (field.type === 'number') {
    single((item, itemPath) =>
      expect(
        problems,
        itemPath,
        (typeof item === 'number' && Number.isFinite(item)) ||
          (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item))),
        'a number',
        item,
      ),
    )
  } else if (field.type === 'checkbox') {
    expect(problems, path, typeof value === 'boolean', 'true or false', value)
  } else if (field.type === 'richText') {
    expect(problems, path, isPlainObject(value), 'rich text (an object with a root)', value)
  } else if (field.type === 'group' || field.type === 'tab') {
    if (expect(problems, path, isPlainObject(value), 'an object', value)) {
      checkFields(value as Record<string, unknown>, subFieldsOf(field), path, ids, problems)
    }
  } else if (field.type === 'array') {
    if (isRowCount(value)) return
    eachItem(value, path, problems, (row, rowPath) => {
      if (expect(problems, rowPath, isPlainObject(row), 'an object (one row)', row)) {
        checkFields(row as Record<string, unknown>, subFieldsOf(field), rowPath, ids, problems)
      }
    })
  } else if (field.type === 'blocks') {
    if (isRowCount(value)) return
    eachItem(value, path, problems, (row, rowPath) => {
      if (!expect(problems, rowPath, isPlainObject(row), 'an object (one block)', row)) return
      const block = (field.blocks ?? []).find(
        (candidate) => candidate.slug === (row as { blockType?: unknown }).blockType,
      )
      if (block)
        checkFields(row as Record<string, unknown>, subFieldsOf(block), rowPath, ids, problems)
    })
  } else if (field.type === 'relationship' || field.type === 'upload') {
    single((item, itemPath) => checkReference(item, field, itemPath, ids, problems))
  }
}

/** A relationship value: an id, a populated document `{ id }`, or `{ relationTo, value }`. */
const checkReference = (
  item: unknown,
  field: FieldShape,
  path: string,
  ids: IdFormat,
  problems: DataProblem[],
): void => {
  if (item === null) return
  let id: unknown = item
  if (Array.isArray(field.relationTo)) {
    if (!isPlainObject(item) || !('relationTo' in item) || !('value' in item)) {
      problems.push({
        path,
        message: `${path} must be { relationTo, value } naming one of ${field.relationTo.join(', ')}, not ${describeJsonType(item)}.`,
      })
      return
    }
    id = item.value
  }
  if (isPlainObject(id) && 'id' in id) id = id.id
  if (typeof id !== 'string' || !ids.test(id)) {
    problems.push({
      path,
      message: `${path} must be the id of a document (${ids.name}), not ${
        typeof id === 'string' ? quote(id) : describeJsonType(id)
      }.`,
    })
  }
}
