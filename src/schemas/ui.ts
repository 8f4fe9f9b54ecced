/**
 * Shape of a UI dictionary (src/i18n/*.ts): namespaced keys (`quiz.submit`) to non-empty strings.
 * Placeholders are written `{name}`.
 */
import { z } from 'astro/zod';

export const UiKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/, {
	error: 'キーは namespace.name の形にしてください（例: quiz.submit）',
});
export const UiDictionarySchema = z.record(UiKeySchema, z.string().min(1));
