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
}

const definition = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/**
 * The objects a schema holds at its top, through optional, default, nullable, pipes (transforms),
 * arrays and unions: `image` (an optional object) holds one, `corrections` (an optional list of
 * objects) too, a plain text field none.
 */
function objectsIn(schema: z.ZodType): Array<Readonly<Record<string, z.ZodType>>> {
  const def = definition(schema);
  if (def.type === "object" && def.shape) return [def.shape];
  const inner = def.innerType ?? def.element ?? def.in;
  if (inner) return objectsIn(inner);
  if (def.options) return def.options.flatMap(objectsIn);
  return [];
}

/**
 * Every field of a front-matter schema as a dotted path: `title`, `image`, `image.src`,
 * `corrections.date`. A list of objects is walked like an object.
 */
export function schemaPaths(schema: z.ZodType, prefix = ""): string[] {
  const paths: string[] = [];
  for (const shape of objectsIn(schema)) {
    for (const [name, field] of Object.entries(shape)) {
      const path = `${prefix}${name}`;
      paths.push(path, ...schemaPaths(field, `${path}.`));
    }
  }
  return [...new Set(paths)];
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

/** Compares a front-matter schema with the editor's fields, both ways. */
export function coverage(schema: z.ZodType, fields: readonly DeskField[]): Coverage {
  const inSchema = schemaPaths(schema);
  const inDesk = fieldPaths(fields);
  return {
    withoutWidget: inSchema.filter((p) => !inDesk.includes(p)),
    withoutField: inDesk.filter((p) => !inSchema.includes(p)),
  };
}
