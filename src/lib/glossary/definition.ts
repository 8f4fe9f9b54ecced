/**
 * A term's one-line definition is written in Markdown so identifiers read as code
 * (`logConfiguration`). Pages render it (src/lib/markdown.ts, build time only); plain-text uses
 * (the meta description, the search index and its highlights) drop the marks with this.
 * No Markdown renderer here: the glossary search's browser bundle imports this module.
 */

/** The definition as plain text: code spans keep their text, without the backticks. */
export function definitionText(definition: string): string {
	return definition.replace(/`([^`]+)`/g, '$1');
}
