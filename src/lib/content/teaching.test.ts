import { describe, expect, it } from 'vitest';
import { teachingLessons } from './teaching.ts';

const term = {
	id: 'awsvpc-network-mode',
	ja: 'awsvpc ネットワークモード',
	en: 'awsvpc network mode',
};

describe('teachingLessons', () => {
	it('prefers the earliest lesson with a heading that starts with a name or alias', () => {
		const lessons = [
			{ slug: 'compare', order: 3, terms: [term.id], body: '### 3. ネットワークモード\n' },
			{ slug: 'hands-on', order: 10, terms: [], body: '## awsvpc の設定\n' },
			{ slug: 'networking', order: 5, terms: [], body: '## awsvpc だけが使える理由\n' },
		];
		const withAlias = { ...term, aliases: ['awsvpc', 'TD'] };
		expect(teachingLessons(lessons, [withAlias]).get(term.id)).toBe('networking');
	});

	it('prefers the lesson with a heading about the term over one that only lists it', () => {
		const lessons = [
			{
				slug: 'compare',
				order: 3,
				terms: [term.id],
				body: '<Term id="awsvpc-network-mode">x</Term>',
			},
			{
				slug: 'networking',
				order: 5,
				terms: [],
				body: '## awsvpc ネットワークモードだけが使える理由\n<Term id="awsvpc-network-mode">x</Term>',
			},
		];
		expect(teachingLessons(lessons, [term]).get(term.id)).toBe('networking');
	});

	it('breaks a tie by lesson order and leaves out terms no lesson mentions', () => {
		const lessons = [
			{ slug: 'later', order: 9, terms: [term.id], body: '' },
			{ slug: 'earlier', order: 1, terms: [term.id], body: '' },
		];
		const other = { id: 'other', ja: 'その他', en: 'Other' };
		const map = teachingLessons(lessons, [term, other]);
		expect(map.get(term.id)).toBe('earlier');
		expect(map.has('other')).toBe(false);
	});
});
