import { greet } from '../src/greeting.mjs'

const got = greet('Ada')
if (got !== 'Hello, Ada!') {
  console.error(`greet('Ada') returned ${JSON.stringify(got)}, expected "Hello, Ada!"`)
  process.exit(1)
}
console.log('greeting ok')
