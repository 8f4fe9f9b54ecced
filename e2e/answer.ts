/** Answering a question the way a learner does, whatever its kind (single answer or choose N). */
import type { Page } from '@playwright/test';

/**
 * Ticks options from the first one on until 回答する is enabled (one tick for a single-answer
 * question, N for "choose N"), then answers.
 */
export async function pickAndAnswer(page: Page): Promise<void> {
	const inputs = page.getByRole('group', { name: /選択肢/ }).locator('input');
	const answer = page.getByRole('button', { name: '回答する' });
	const count = await inputs.count();
	for (let i = 0; i < count && !(await answer.isEnabled()); i++) await inputs.nth(i).check();
	await answer.click();
}
