/** `/quizzes/data/<bank>.json`: one bank's questions for its quiz page, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '~/lib/content/site.ts';
import { toClientBank } from '~/lib/quiz/client-bank.ts';

export const getStaticPaths = (async () => {
	const { banks } = await loadSite();
	return banks.map((bank) => ({ params: { bank: bank.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const site = await loadSite();
	const bank = site.banks.find((b) => b.id === params.bank);
	if (!bank) throw new Error(`quizzes/data: no bank "${params.bank ?? ''}"`);
	const data = toClientBank(bank.data, (slug) => site.lessonBySlug.get(slug)?.data.title ?? slug);
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
