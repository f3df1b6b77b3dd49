import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Folders of the layers above agents: nothing below them may import them. */
const UPPER = ['agents', 'experiments', 'orchestration', 'bot', 'cli', 'app', 'pipeline'];

/**
 * A layer rule: files matching `files` may not import from the named top-level folders of src/ (matched on
 * the import path, relative or not). `typesFrom` folders may still be imported for types only.
 */
function layer(files, forbidden, { typesFrom = [] } = {}) {
  const folders = (names) => `(^|/)(src/)?(${names.join('|')})(/|$)`;
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.{1,2}/(\\.\\./)*(src/)?(${forbidden.join('|')})/`,
              message: `This layer may not import from ${forbidden.join(', ')} (see ARCHITECTURE.md).`,
            },
            ...(typesFrom.length === 0
              ? []
              : [
                  {
                    regex: folders(typesFrom).replace('(^|/)', '^\\.{1,2}/(\\.\\./)*'),
                    allowTypeImports: true,
                    message: `Only types may be imported from ${typesFrom.join(', ')} here.`,
                  },
                ]),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'test-results/**',
      'coverage/**',
      'bin/**',
      '*.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read environment variables only in src/config.',
        },
      ],
    },
  },
  {
    files: ['src/config/**', 'scripts/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Layers point one way: domain (domain, stats, text, shared, ports, tools) ← agents / experiments / campaigns
  // ← orchestration ← bot / cli / app. Adapters implement ports and see only the domain layer.
  layer(
    ['src/domain/**', 'src/stats/**', 'src/text/**', 'src/shared/**', 'src/ports/**', 'src/tools/**'],
    [...UPPER, 'adapters', 'campaigns', 'governance', 'audit', 'privacy', 'config'],
  ),
  layer(['src/adapters/**'], [...UPPER, 'campaigns', 'governance', 'audit', 'privacy', 'config']),
  layer(['cards/**'], [...UPPER, 'adapters', 'config'], { typesFrom: ['campaigns'] }),
  layer(
    [
      'src/agents/**',
      'src/experiments/**',
      'src/campaigns/**',
      'src/governance/**',
      'src/audit/**',
      'src/privacy/**',
    ],
    ['orchestration', 'bot', 'cli', 'app', 'pipeline'],
  ),
  layer(['src/orchestration/**', 'src/pipeline/**'], ['bot', 'cli', 'app']),
  {
    // Promises are awaited or handled: an unawaited table write or a promise passed where a callback is
    // expected fails silently in a long-running bot.
    files: ['src/**/*.ts', 'cards/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  prettier,
);
