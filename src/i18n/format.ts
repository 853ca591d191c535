/**
 * The one way to fill an interface text, at build time and in the browser (so it stays tiny).
 *
 * - A slot is a name in braces, "Lektion {n} von {total}": `format(text, { n: 2, total: 5 })`.
 * - A text about a number of things has forms, chosen by the value `count`: `one` for 1, `other` for
 *   every other number (as `Intl.PluralRules('de')` says), and `zero`, where given, for 0. A form may
 *   leave `{count}` out ("Kein Angebot passt."); every other slot is in every form.
 *
 * A slot without a value, or a value without a slot, throws: the schema (schema.ts) checks that each
 * text has exactly the slots of its key, and TypeScript checks that a call gives exactly those values.
 */

declare const slots: unique symbol;

/** An interface text with the slots S; the slot names exist for TypeScript only. */
export type Text<S extends string = never> = string & { readonly [slots]?: S };

/** An interface text per number, chosen by the value `count`. */
export interface Forms<S extends string = 'count'> {
  readonly zero?: Text<S>;
  readonly one: Text<S>;
  readonly other: Text<S>;
}

/** One value per slot. */
export type Values<S extends string> = { readonly [K in S]: string | number };

const plural = new Intl.PluralRules('de');

/** Fills the slots of `template` (choosing its form first, if it has forms) with `values`. */
export function format<S extends string>(template: Text<S> | Forms<S>, values: NoInfer<Values<S>>): string {
  const given: Record<string, string | number> = values;
  const unused = new Set(Object.keys(given));
  let text: string = template as Text<S>;
  if (typeof template !== 'string') {
    if (!unused.delete('count')) throw new Error(`format: no value for {count} in "${template.other}"`);
    const count = Number(given['count']);
    text = (count === 0 && template.zero) || (plural.select(count) === 'one' ? template.one : template.other);
  }
  text = text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(given, name)) throw new Error(`format: no value for {${name}} in "${text}"`);
    unused.delete(name);
    return String(given[name]);
  });
  if (unused.size > 0) throw new Error(`format: no slot for ${[...unused].join(', ')} in "${text}"`);
  return text;
}
