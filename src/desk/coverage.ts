import type { z } from "zod";
import { BODY_FIELD, type DeskField } from "./fields.js";

/** What zod keeps of a schema, as far as this walk reads it. */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
  /** A record's values (a map by language, say). */
  readonly valueType?: z.ZodType;
}

const definition = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/** The lists of paths without repeats, in their first order. */
const distinct = (lists: readonly string[][]): string[][] => [...new Map(lists.map((l) => [l.join("\n"), l])).values()];

/** A record's key, in a dotted path: `breaking.*.text` is the text of any language's line. */
export const ANY_KEY = "*";

/**
 * Each form a front-matter schema may take, as the dotted paths of its fields: `title`, `image`,
 * `image.src`, `corrections.date`. Optional, default, nullable and piped (transformed) fields are
 * walked through, and a list of objects like an object. A union whose options have other fields
 * (one breaking line, or one per language) gives one form per option; a record's keys are
 * {@link ANY_KEY}.
 */
function forms(schema: z.ZodType, prefix: string): string[][] {
  const def = definition(schema);
  if (def.type === "object" && def.shape) {
    let all: string[][] = [[]];
    for (const [name, field] of Object.entries(def.shape)) {
      const path = `${prefix}${name}`;
      const inner = forms(field, `${path}.`);
      all = distinct(all.flatMap((before) => inner.map((paths) => [...before, path, ...paths])));
    }
    return all;
  }
  if (def.type === "record" && def.valueType) {
    const path = `${prefix}${ANY_KEY}`;
    return forms(def.valueType, `${path}.`).map((paths) => [path, ...paths]);
  }
  const inner = def.innerType ?? def.element ?? def.in;
  if (inner) return forms(inner, prefix);
  if (def.options) return distinct(def.options.flatMap((option) => forms(option, prefix)));
  return [[]];
}

/** Every field of a front-matter schema as a dotted path, in any of its forms (see {@link forms}). */
export function schemaPaths(schema: z.ZodType, prefix = ""): string[] {
  return [...new Set(forms(schema, prefix).flat())];
}

/** Every field of the desk's editor as a dotted path, in the same form; the body is not front matter. */
export function fieldPaths(fields: readonly DeskField[], prefix = ""): string[] {
  return fields
    .filter((f) => !(prefix === "" && f.name === BODY_FIELD))
    .flatMap((f) => [`${prefix}${f.name}`, ...fieldPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}

/** Where the schema and the editor disagree: fields with no widget, widgets with no field. */
export interface Coverage {
  readonly withoutWidget: string[];
  readonly withoutField: string[];
}

/**
 * Compares a front-matter schema with the editor's fields, both ways, against the form of the schema
 * the editor writes (the one it misses least of). A field named after one of `languages` stands for
 * a record's key: the desk of a site with languages gives each language its own breaking line.
 */
export function coverage(schema: z.ZodType, fields: readonly DeskField[], languages: readonly string[] = []): Coverage {
  const inDesk = [...new Set(fieldPaths(fields).map((p) => p.split(".").map((part) => (languages.includes(part) ? ANY_KEY : part)).join(".")))];
  let best: Coverage | undefined;
  for (const form of forms(schema, "")) {
    const gaps = { withoutWidget: form.filter((p) => !inDesk.includes(p)), withoutField: inDesk.filter((p) => !form.includes(p)) };
    const size = (c: Coverage): number => c.withoutWidget.length + c.withoutField.length;
    if (!best || size(gaps) < size(best)) best = gaps;
  }
  return best ?? { withoutWidget: [], withoutField: inDesk };
}
