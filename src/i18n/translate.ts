import type { Lang } from './lang.ts';

/**
 * The machinery behind `t()`: dictionaries are nested objects, one per language (./id/, ./en/),
 * whose leaves are strings or functions of their parameters (plural forms, numbers in text). A
 * key is the dotted path to a leaf, e.g. `t('region.profile')` or `t('common.programmeCount', 3)`.
 * The compiler proves each language complete: `Translation<typeof id>` demands every key with the
 * same parameters, and `t()` accepts only keys that exist, with the arguments they take.
 */

type MessageFunction = (...args: never[]) => string;
export type Message = string | MessageFunction;
export interface Messages {
  readonly [key: string]: Message | Messages;
}

/** What another language must provide for dictionary `M`: the same keys, each taking the same arguments. */
export type Translation<M> = {
  readonly [K in keyof M]: M[K] extends string ? string : M[K] extends (...args: infer A) => string ? (...args: A) => string : Translation<M[K]>;
};

/** Every dotted key of a dictionary that leads to a message. */
export type MessageKey<M, Prefix extends string = ''> = {
  [K in keyof M & string]: M[K] extends Message ? `${Prefix}${K}` : MessageKey<M[K], `${Prefix}${K}.`>;
}[keyof M & string];

/** The message at a dotted key. */
type MessageAt<M, K extends string> = K extends `${infer Head}.${infer Rest}` ? (Head extends keyof M ? MessageAt<M[Head], Rest> : never) : K extends keyof M ? M[K] : never;

/** The arguments a key's message takes: none for a plain string. */
export type MessageArguments<M, K extends string> = MessageAt<M, K> extends (...args: infer A) => string ? A : [];

export type Translator<M> = <K extends MessageKey<M>>(key: K, ...args: MessageArguments<M, K>) => string;

/** Leaves of a dictionary by dotted key: built once per language, so a lookup is one map access. */
function flatten(messages: Messages, prefix = '', into = new Map<string, Message>()): Map<string, Message> {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string' || typeof value === 'function') into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/** `t()` for each language of `dictionaries`. */
export function createTranslators<M extends Messages>(dictionaries: Readonly<Record<Lang, Translation<M>>>): Readonly<Record<Lang, Translator<M>>> {
  const make = (lang: Lang): Translator<M> => {
    const messages = flatten(dictionaries[lang] as Messages);
    return (key, ...args) => {
      const message = messages.get(key);
      // Unreachable for typed callers; a key built at run time from data could still miss.
      if (message === undefined) throw new Error(`No ${lang} text for "${key}"`);
      return typeof message === 'string' ? message : (message as (...values: unknown[]) => string)(...args);
    };
  };
  return { id: make('id'), en: make('en') };
}
