/**
 * The yardstick for `npm run bench`: a bare node:http server that answers each benchmarked
 * request with the exact bytes the CMS sent for it (status, content type and body), and nothing
 * else. Reads its answers from the JSON file named on the command line; prints its port.
 */
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const answers = new Map(
  JSON.parse(readFileSync(process.argv[2], 'utf8')).map((answer) => [
    `${answer.method} ${answer.path}`,
    { ...answer, body: Buffer.from(answer.body, 'base64') },
  ]),
)

const server = createServer((req, res) => {
  const answer = answers.get(`${req.method} ${req.url}`)
  // Read (and drop) any request body, as a real server must.
  req.resume()
  req.on('end', () => {
    if (!answer) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(answer.status, {
      'content-type': answer.contentType,
      'content-length': answer.body.length,
    })
    res.end(answer.body)
  })
})

server.listen(0, '127.0.0.1', () => {
  console.log(`BARE_PORT=${server.address().port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
