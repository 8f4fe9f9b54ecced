/** What lesson authors import: `import { Term, Callout } from '~/components/mdx';` */
export { default as Term } from './Term.astro';
export { default as Callout } from './Callout.astro';
