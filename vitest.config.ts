import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Reuse each worker across test files instead of starting one per file (37 files; the
		// start-up, ~1 s each on a busy machine, was a third of the run). Safe here: the tests are
		// of pure modules, and the one that stubs an env variable restores it and resets modules.
		isolate: false,
		// The tests that read every lesson, term and bank take 1-2 s on a quiet 2-core machine and
		// went past Vitest's 5 s default when it was shared with other jobs (load ~20). A limit,
		// not a timing assertion.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
