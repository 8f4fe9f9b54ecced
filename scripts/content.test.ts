/**
 * Content tests: every lesson, term and bank in the repository passes its schema and every
 * cross-reference resolves, so a broken file fails in seconds (before the build).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from './content-files.ts';
import { validateBanks } from '../src/lib/quiz/validate.ts';
import { checkContentLinks } from '../src/lib/content/integrity.ts';
import { formatProblem } from '../src/lib/problem.ts';

describe('repository content', () => {
	const content = loadContent();
	const { problems: bankProblems } = validateBanks(content.bankFiles, new Set(content.lessons.map((l) => l.slug)));
	const all = [...content.problems, ...bankProblems, ...checkContentLinks(content.lessons, content.terms)];

	it('has no schema or reference problem', () => {
		expect(all.map(formatProblem)).toEqual([]);
	});
});
