import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

// src/core is the pure heart of the engine: parsing, state decisions, rendering.
// Anything that touches the disk, processes, git or GitHub lives in adapters.
const ioModules = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https'
]

export default tseslint.config(
  {
    ignores: ['dist/', 'schemas/', 'coverage/', 'node_modules/', '__tests__/fixtures/', '.cache/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({
            name,
            message: 'src/core is pure: do I/O in src/adapters.'
          })),
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'src/core is pure: do I/O in src/adapters.'
            },
            {
              group: ['**/adapters/**', '**/cli/**', '**/kernel/**'],
              message: 'src/core depends on nothing outside core.'
            }
          ]
        }
      ]
    }
  },
  {
    // The kernel and the supervisor reach I/O through ports (src/kernel/ports.ts,
    // src/supervision/ports.ts) that the composition root fills in (docs/architecture.md,
    // "Layers"). No file is excepted.
    files: ['src/kernel/**/*.ts', 'src/supervision/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**'],
              message:
                'src/kernel and src/supervision use ports (src/kernel/ports.ts, src/supervision/ports.ts), not adapters: see docs/architecture.md.'
            }
          ]
        }
      ]
    }
  },
  {
    // Git runs only through the hardened runner (src/adapters/git/git-runner.ts): its
    // configuration and environment keep an agent's repository settings and our tokens apart.
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/git/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[arguments.0.type='Literal'][arguments.0.value='git']",
          message: 'run git through src/adapters/git (runGit), never by spawning it directly.'
        }
      ]
    }
  },
  prettier
)
