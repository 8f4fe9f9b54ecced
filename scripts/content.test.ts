/**
 * Content tests: every lesson, term and bank in the repository passes its schema and every
 * cross-reference resolves, so a broken file fails in seconds (before the build).
 */
import { describe, expect, it } from 'vitest';
import { checkAllContent } from './content-files.ts';
import { formatProblem } from '../src/lib/problem.ts';

describe('repository content', () => {
	const { problems } = checkAllContent();

	it('has no schema or reference problem', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});
});
