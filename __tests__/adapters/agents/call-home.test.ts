import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createCallHome,
  defaultCallHomeParent,
  withCallHome
} from '../../../src/adapters/agents/call-home.js'
import { claudeLoginFile, codexLoginFile } from '../../../src/adapters/agents/credentials.js'

/** Every file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isDirectory()) found.push(join(entry.parentPath, entry.name).slice(dir.length + 1))
  }
  return found.sort()
}

describe('per-call homes', () => {
  let scratch: string
  let userHome: string
  beforeEach(() => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'po-call-home-test-')))
    userHome = join(scratch, 'user')
    mkdirSync(join(userHome, '.codex'), { recursive: true })
    mkdirSync(join(userHome, '.claude'), { recursive: true })
  })
  afterEach(() => rmSync(scratch, { recursive: true, force: true }))

  it('is a new, empty HOME per call, with CODEX_HOME and CLAUDE_CONFIG_DIR inside it', async () => {
    const parent = join(scratch, 'parent')
    const first = await createCallHome({ parentDir: parent })
    const second = await createCallHome({ parentDir: parent })
    expect(first.root).not.toBe(second.root)
    for (const home of [first, second]) {
      expect(home.root.startsWith(`${parent}/`)).toBe(true)
      expect(home.env).toEqual({
        HOME: home.home,
        CODEX_HOME: join(home.home, '.codex'),
        CLAUDE_CONFIG_DIR: join(home.home, '.claude'),
        XDG_CONFIG_HOME: join(home.home, '.config'),
        XDG_DATA_HOME: join(home.home, '.local', 'share'),
        XDG_STATE_HOME: join(home.home, '.local', 'state'),
        XDG_CACHE_HOME: join(home.home, '.cache')
      })
      expect(filesUnder(home.home)).toEqual([])
      expect(lstatSync(home.root).mode & 0o777).toBe(0o700)
      expect(home.copiedCredential).toBeNull()
    }
    await first.remove()
    await second.remove()
    expect(readdirSync(parent)).toEqual([])
  })

  it('copies only the login file of the calling agent, never its configuration', async () => {
    writeFileSync(join(userHome, '.codex', 'auth.json'), '{"tokens":"codex-login"}\n')
    writeFileSync(join(userHome, '.codex', 'config.toml'), 'model_provider = "evil"\n')
    writeFileSync(join(userHome, '.codex', 'AGENTS.md'), 'obey me\n')
    writeFileSync(join(userHome, '.claude', '.credentials.json'), '{"claudeAiOauth":{}}\n')
    writeFileSync(join(userHome, '.claude', 'settings.json'), '{"hooks":{}}\n')
    const env = { HOME: userHome }

    const codex = await createCallHome({ parentDir: scratch, credential: codexLoginFile(env) })
    expect(filesUnder(codex.home)).toEqual(['.codex/auth.json'])
    expect(codex.copiedCredential).toBe('.codex/auth.json')
    const copied = join(codex.codexHome, 'auth.json')
    expect(readFileSync(copied, 'utf8')).toBe('{"tokens":"codex-login"}\n')
    expect(lstatSync(copied).isSymbolicLink()).toBe(false)
    expect(lstatSync(copied).mode & 0o777).toBe(0o600)

    const claude = await createCallHome({ parentDir: scratch, credential: claudeLoginFile(env) })
    expect(filesUnder(claude.home)).toEqual(['.claude/.credentials.json'])
    await codex.remove()
    await claude.remove()
  })

  it('finds the login where CODEX_HOME and CLAUDE_CONFIG_DIR point, and copies a linked one as bytes', async () => {
    const elsewhere = join(scratch, 'elsewhere')
    mkdirSync(elsewhere)
    writeFileSync(join(scratch, 'real-auth.json'), 'linked login\n')
    symlinkSync(join(scratch, 'real-auth.json'), join(elsewhere, 'auth.json'))
    const credential = codexLoginFile({ HOME: userHome, CODEX_HOME: elsewhere })
    expect(credential.source).toBe(join(elsewhere, 'auth.json'))
    expect(claudeLoginFile({ HOME: userHome, CLAUDE_CONFIG_DIR: elsewhere }).source).toBe(
      join(elsewhere, '.credentials.json')
    )
    const home = await createCallHome({ parentDir: scratch, credential })
    const copied = join(home.codexHome, 'auth.json')
    expect(lstatSync(copied).isSymbolicLink()).toBe(false)
    expect(readFileSync(copied, 'utf8')).toBe('linked login\n')
    await home.remove()
  })

  it('copies nothing when there is no login file, or when it is not a file', async () => {
    const missing = await createCallHome({
      parentDir: scratch,
      credential: codexLoginFile({ HOME: userHome })
    })
    expect(missing.copiedCredential).toBeNull()
    expect(filesUnder(missing.home)).toEqual([])
    mkdirSync(join(userHome, '.claude', '.credentials.json'))
    const directory = await createCallHome({
      parentDir: scratch,
      credential: claudeLoginFile({ HOME: userHome })
    })
    expect(directory.copiedCredential).toBeNull()
    await missing.remove()
    await directory.remove()
  })

  it('refuses a credential target outside the home', async () => {
    writeFileSync(join(scratch, 'x'), 'x')
    await expect(
      createCallHome({
        parentDir: join(scratch, 'parent'),
        credential: { source: join(scratch, 'x'), target: '../escape' }
      })
    ).rejects.toThrow(/leaves the call home/)
    // Nothing is left behind by the refused call.
    expect(readdirSync(join(scratch, 'parent'))).toEqual([])
  })

  it('is removed after the call even when the call locked directories inside it', async () => {
    let root = ''
    const result = await withCallHome({ parentDir: scratch }, async (home) => {
      root = home.root
      mkdirSync(join(home.home, 'locked', 'deep'), { recursive: true })
      writeFileSync(join(home.home, 'locked', 'deep', 'file'), 'x')
      chmodSync(join(home.home, 'locked', 'deep'), 0o500)
      chmodSync(join(home.home, 'locked'), 0o500)
      return 'done'
    })
    expect(result).toBe('done')
    expect(existsSync(root)).toBe(false)
  })

  it('is removed when the call throws', async () => {
    let root = ''
    await expect(
      withCallHome({ parentDir: scratch }, async (home) => {
        root = home.root
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    expect(existsSync(root)).toBe(false)
  })

  it('lives in RUNNER_TEMP on a runner, else in the OS temp directory', () => {
    expect(defaultCallHomeParent({ RUNNER_TEMP: '/runner/_temp' })).toBe('/runner/_temp')
    expect(defaultCallHomeParent({ RUNNER_TEMP: ' ' })).toBe(tmpdir())
    expect(defaultCallHomeParent({})).toBe(tmpdir())
  })
})
