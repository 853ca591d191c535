/**
 * One example of a component, as GOV.UK Frontend keeps them: the props (and slot content) a page may
 * pass, with a name that says what the example shows. Each island folder has an examples.ts with a
 * list of them; tests/unit/components/examples.test.ts renders every one with Astro's Container API.
 */
export interface Example<Props> {
  /** What this example shows, e.g. "a question with one right answer". */
  name: string;
  props: Props;
  /** HTML for the component's slots, by slot name. */
  slots?: Record<string, string>;
}
