/** `/quizzes/data/comprehensive.json`: every SAA-C03 bank's questions for the 総合模擬試験. */
import type { APIRoute } from 'astro';
import { loadSite } from '~/lib/content/site.ts';
import { toClientBank } from '~/lib/quiz/client-bank.ts';
import { COMPREHENSIVE_ID } from '~/lib/quiz/comprehensive.ts';
import { COMPREHENSIVE_MINUTES } from '~/lib/quiz/draw.ts';
import { t } from '~/i18n';

export const GET: APIRoute = async () => {
	const site = await loadSite();
	const title = (slug: string) => site.lessonBySlug.get(slug)?.data.title ?? slug;
	const banks = site.banks.filter((b) => b.data.exam === 'SAA-C03');
	const questions = banks.flatMap((b) =>
		toClientBank(b.data, title).questions.map((q) => ({ ...q, bankId: b.id })),
	);
	const first = banks[0]?.data;
	const data = {
		id: COMPREHENSIVE_ID,
		title: t('quiz.comprehensive.title'),
		exam: 'SAA-C03',
		passingScore: first?.passingScore ?? 720,
		timeLimitMinutes: COMPREHENSIVE_MINUTES,
		domains: first
			? first.domains.map((d) => ({ id: d.id, title: d.title, weight: d.weight }))
			: [],
		questions,
	};
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
