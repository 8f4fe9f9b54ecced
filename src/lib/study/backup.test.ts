import { describe, expect, it } from 'vitest';
import {
	importMessages,
	makeBackup,
	mergeBackup,
	parseBackup,
	type BackupData,
	type MergeReport,
} from './backup.ts';
import { attemptOf, storedCardOf } from '../quiz/test-data.ts';

const attempt = (id: string, finishedAt: number) => attemptOf({ id, finishedAt });
const card = (lastReview: string) => storedCardOf({ last_review: lastReview });
/** The merge report of a file that adds nothing. */
const NOTHING_NEW: MergeReport = {
	attempts: 0,
	lessons: 0,
	cards: 0,
	bookmarks: 0,
	theme: false,
	setups: 0,
};

const mine: BackupData = {
	done: { a: '2026-03-02T00:00:00.000Z' },
	history: {
		v: 2,
		bookmarks: {},
		attempts: [attempt('x', 1)],
		cards: { q1: { bankId: 'net', card: card('2026-03-01T00:00:00.000Z') } },
	},
};

describe('backup file', () => {
	it('round-trips through JSON', () => {
		const file = JSON.parse(
			JSON.stringify(makeBackup({ ...mine, theme: 'dark' }, '2026-03-11T00:00:00.000Z')),
		) as unknown;
		expect(parseBackup(file)).toEqual({ ...mine, theme: 'dark' });
	});
	it('reads an older quiz history export', () => {
		expect(parseBackup(mine.history)).toEqual({ done: {}, history: mine.history });
	});
	it.each([
		['null', null],
		['an array', ['x']],
		['a future version', { format: 'fargate-drill-backup', v: 2 }],
		['a foreign object', { hello: 1 }],
		['an unreadable quiz part', { format: 'fargate-drill-backup', v: 1, quiz: 'x' }],
	])('refuses %s', (_, value) => {
		expect(parseBackup(value)).toBe(undefined);
	});
	it('drops bad lesson entries one by one', () => {
		const parsed = parseBackup({
			format: 'fargate-drill-backup',
			v: 1,
			progress: { v: 1, done: { ok: 'd', 'Bad Slug': 'd', n: 1 } },
		});
		expect(parsed?.done).toEqual({ ok: 'd' });
	});
});

describe('mergeBackup', () => {
	it('adds what is new, never duplicates, and reports it', () => {
		const incoming: BackupData = {
			done: { a: '2026-03-01T00:00:00.000Z', b: '2026-03-05T00:00:00.000Z' },
			history: {
				v: 2,
				bookmarks: {},
				attempts: [attempt('x', 1), attempt('y', 2)],
				cards: {
					q1: { bankId: 'net', card: card('2026-03-03T00:00:00.000Z') },
					q2: { bankId: 'net', card: card('2026-03-03T00:00:00.000Z') },
				},
			},
			theme: 'light',
		};
		const { data, report } = mergeBackup(mine, incoming);
		expect(data.history.attempts.map((a) => a.id)).toEqual(['x', 'y']);
		expect(data.done).toEqual({ a: '2026-03-01T00:00:00.000Z', b: '2026-03-05T00:00:00.000Z' });
		expect(Object.keys(data.history.cards)).toEqual(['q1', 'q2']);
		expect(data.theme).toBe('light');
		expect(report).toEqual({
			attempts: 1,
			lessons: 1,
			cards: 2,
			bookmarks: 0,
			theme: true,
			setups: 0,
		});
		// Importing the same file again adds nothing.
		expect(mergeBackup(data, incoming).report).toEqual(NOTHING_NEW);
	});
});

describe('settings and bookmarks', () => {
	const setup = { net: { set: 'exam' as const, count: 65, extension: true } };
	it('the file carries the quiz setup choices and the bookmarks; v stays 1', () => {
		const data: BackupData = {
			...mine,
			history: { ...mine.history, bookmarks: { q1: { bankId: 'net', at: 3 } } },
			theme: 'light',
			setup,
		};
		const file = makeBackup(data, '2026-03-11T00:00:00.000Z');
		expect(file.v).toBe(1);
		expect(file.settings).toEqual({ theme: 'light', quizSetup: setup });
		expect(file.quiz.v).toBe(2);
		expect(parseBackup(JSON.parse(JSON.stringify(file)) as unknown)).toEqual(data);
		// No settings set: none written.
		expect(makeBackup(mine, 'x').settings).toEqual({});
	});
	it('reads a v1 file written before quizSetup existed, with a v1 quiz part', () => {
		const parsed = parseBackup({
			format: 'fargate-drill-backup',
			v: 1,
			exportedAt: 'x',
			progress: { v: 1, done: { a: 'd' } },
			quiz: {
				v: 1,
				attempts: [],
				cards: {},
			},
			settings: { theme: 'dark' },
		});
		expect(parsed).toEqual({
			done: { a: 'd' },
			history: { v: 2, attempts: [], cards: {}, bookmarks: {} },
			theme: 'dark',
		});
	});
	it('drops bad setup entries one by one', () => {
		const parsed = parseBackup({
			format: 'fargate-drill-backup',
			v: 1,
			settings: { quizSetup: { ...setup, bad: { set: 'x' } } },
		});
		expect(parsed?.setup).toEqual(setup);
	});
	it('merges setup choices per bank (here wins) and counts bookmarks', () => {
		const current: BackupData = {
			...mine,
			setup: { net: { set: 'due', count: 5, extension: false } },
		};
		const incoming: BackupData = {
			done: {},
			history: {
				v: 2,
				attempts: [],
				cards: {},
				bookmarks: { q1: { bankId: 'net', at: 1 }, q2: { bankId: 'net', at: 2 } },
			},
			setup: { ...setup, storage: { set: 'practice', count: 10, extension: false } },
		};
		const { data, report } = mergeBackup(
			{ ...current, history: { ...current.history, bookmarks: { q1: { bankId: 'net', at: 9 } } } },
			incoming,
		);
		expect(data.setup).toEqual({
			net: { set: 'due', count: 5, extension: false },
			storage: { set: 'practice', count: 10, extension: false },
		});
		expect(data.history.bookmarks).toEqual({
			q1: { bankId: 'net', at: 9 },
			q2: { bankId: 'net', at: 2 },
		});
		expect(report).toMatchObject({ bookmarks: 1, setups: 1, theme: false });
	});
});

describe('importMessages', () => {
	const none = NOTHING_NEW;
	it('says when nothing was new', () => {
		expect(importMessages(none)).toEqual([{ key: 'study.importNothing', params: {} }]);
	});
	it('names what was added, and settings and bookmarks when any', () => {
		expect(importMessages({ ...none, attempts: 2, lessons: 1, cards: 3 })).toEqual([
			{ key: 'study.importDone', params: { attempts: 2, lessons: 1, cards: 3 } },
		]);
		expect(importMessages({ ...none, theme: true, setups: 2, bookmarks: 1 })).toEqual([
			{ key: 'study.importDone', params: { attempts: 0, lessons: 0, cards: 0 } },
			{ key: 'study.importExtra', params: { bookmarks: 1, settings: 3 } },
		]);
	});
});
