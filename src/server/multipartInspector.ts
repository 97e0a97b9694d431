import type { IncomingHttpHeaders } from 'node:http'

import busboy from 'busboy'

import { checkMultipartField, checkUploadFileName, formatBytes } from '../input/requestBody'
import type { Refusal } from '../input/requestLine'

/** Looks at a streamed body chunk by chunk; each step calls back with a refusal or nothing. */
export interface BodyInspector {
  write: (chunk: Buffer, done: (problem?: Refusal) => void) => void
  end: (done: (problem?: Refusal) => void) => void
}

/**
 * Reads an upload's multipart body alongside Payload, with the same parser Payload uses
 * (busboy), so what Payload would fail on with a 500 is refused first: a malformed body (a NUL
 * in a part header, a missing boundary, a truncated form), a `_payload` field that is not a JSON
 * object, a file name with control characters. Files are counted, never kept.
 */
export const inspectMultipart = (
  headers: IncomingHttpHeaders,
  maxFieldBytes: number,
): BodyInspector | Refusal => {
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers, limits: { fieldSize: maxFieldBytes } })
  } catch (error) {
    return malformed(error)
  }
  let problem: Refusal | undefined
  const refuse = (refusal: Refusal | undefined) => {
    problem ??= refusal
  }
  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) {
      refuse({ status: 413, message: `A form field is larger than ${formatBytes(maxFieldBytes)}.` })
    } else refuse(checkMultipartField(name, value))
  })
  parser.on('file', (_name, file, info) => {
    refuse(checkUploadFileName(info.filename ?? ''))
    file.resume()
  })
  parser.on('error', (error) => refuse(malformed(error)))
  // The parser's own error (set when it fails) explains a failed write better than the write's.
  const problemAfter = (error?: Error | null) => {
    const failure = parser.errored ?? error
    return problem ?? (failure ? malformed(failure) : undefined)
  }
  return {
    write: (chunk, done) => {
      if (problem) return done(problem)
      parser.write(chunk, (error) => done(problemAfter(error)))
    },
    end: (done) => {
      if (problem) return done(problem)
      parser.once('close', () => done(problemAfter()))
      parser.end()
    },
  }
}

const malformed = (error: unknown): Refusal => ({
  status: 400,
  message: `The multipart form is malformed: ${error instanceof Error ? error.message : String(error)}.`,
})
