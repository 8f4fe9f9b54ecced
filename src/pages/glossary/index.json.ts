/**
 * /glossary/index.json: the glossary search index, prebuilt at build time (records + Fuse's
 * serialised index). Only <fd-glossary-search> fetches it, on first use of the search box.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '~/lib/content/site.ts';
import { buildIndexData, toGlossaryRecord } from '~/lib/glossary/search.ts';

export const GET: APIRoute = async () => {
	const { terms } = await loadSite();
	const data = buildIndexData(terms.map((term) => toGlossaryRecord(term.id, term.data)));
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
