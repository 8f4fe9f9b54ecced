/**
 * The bank as the quiz page's script receives it (`/quizzes/data/<bank>.json`): Markdown already
 * rendered to safe HTML at build time, lesson slugs resolved to titles. Only this bank's data is
 * fetched by its page.
 * THIS SHAPE IS SHARED BY THE BUILD (endpoint) AND THE BROWSER (fd-quiz).
 */
import type { Bank } from '../../schemas/bank.ts';
import { renderInlineMarkdown, renderMarkdown } from '../markdown.ts';

export interface ClientOption {
	id: string;
	html: string;
	correct: boolean;
	explanationHtml: string;
	pin?: boolean;
}
export interface ClientQuestion {
	id: string;
	domain: string;
	type: 'single' | 'multiple';
	choose: number;
	stemHtml: string;
	options: ClientOption[];
	explanationHtml: string;
	references: { title: string; url: string }[];
	lessons: { slug: string; title: string }[];
	tags: string[];
	difficulty: 'easy' | 'medium' | 'hard';
	/** YYYY-MM-DD of the last check against the documentation. */
	verified: string;
	/** The start of the stem as plain text, for the result list. */
	stemStart: string;
	/** The bank the question belongs to (set in the comprehensive exam's data). */
	bankId?: string;
}
export interface ClientBank {
	id: string;
	title: string;
	exam: string;
	passingScore: number;
	timeLimitMinutes: number;
	domains: { id: string; title: string; weight: number }[];
	questions: ClientQuestion[];
}

/** Shapes a validated bank for the browser. `lessonTitle` resolves a slug to its title. */
export function toClientBank(bank: Bank, lessonTitle: (slug: string) => string): ClientBank {
	return {
		id: bank.id,
		title: bank.title,
		exam: bank.exam,
		passingScore: bank.passingScore,
		timeLimitMinutes: bank.timeLimitMinutes,
		domains: bank.domains.map((d) => ({ id: d.id, title: d.title, weight: d.weight })),
		questions: bank.questions.map((q) => ({
			id: q.id,
			domain: q.domain,
			type: q.type,
			choose: q.type === 'multiple' ? (q.choose ?? 2) : 1,
			stemHtml: renderMarkdown(q.stem),
			options: q.options.map((o) => ({
				id: o.id,
				html: renderInlineMarkdown(o.text),
				correct: o.correct,
				explanationHtml: renderMarkdown(o.explanation),
				...(o.pin ? { pin: true } : {}),
			})),
			explanationHtml: renderMarkdown(q.explanation),
			references: q.references.map((r) => ({ title: r.title, url: r.url })),
			lessons: q.lessons.map((slug) => ({ slug, title: lessonTitle(slug) })),
			tags: q.tags,
			difficulty: q.difficulty,
			verified: q.verified,
			stemStart: plainStart(q.stem),
		})),
	};
}

/**
 * The first `max` characters of a Markdown stem as plain text (code blocks, marks and link
 * targets removed); the page cuts it visually with an ellipsis.
 */
export function plainStart(markdown: string, max = 70): string {
	const text = markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[`*_#>|]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return text.slice(0, max);
}
