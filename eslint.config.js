// @ts-check
/**
 * ESLint flat config: type-aware typescript-eslint rules for TypeScript, eslint-plugin-astro for
 * components. Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
 * `npm run lint` fails on any warning (--max-warnings 0).
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-fixtures/',
			'dist-base/',
			'.astro/',
			'node_modules/',
			'bench/out/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// Template literals with numbers are everywhere in UI strings and are safe.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `_`-prefixed names mark parameters kept for a signature.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// `el.addEventListener('x', () => doSomething())` is the idiom for a void callback.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
		},
	},
	{
		// A test that asserts `x!.y` fails loudly when x is missing, which is what a test wants.
		files: ['**/*.test.ts', 'e2e/**/*.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
	{
		// astro-eslint-parser does not support the project service; it reads tsconfig.json instead.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
	},
	{
		// Plain JavaScript config files have no types to check.
		files: ['**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
);
