/** The parts of a Frictionless Data Package descriptor the tests read. */
export interface DataPackage {
  profile: string;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  resources: {
    name: string;
    path: string;
    format: string;
    encoding?: string;
    schema: TableSchema;
  }[];
}

export interface TableSchema {
  fields: { name: string; type: string; trueValues?: string[]; falseValues?: string[] }[];
  missingValues?: string[];
}

type Cell = string | number | boolean | null;

/**
 * CSV text cells typed as a Frictionless reader (frictionless-py, pandas with dtype from
 * the schema) types them: by the field's declared type, never by guessing from the value.
 */
export function castByTableSchema(
  rows: Record<string, string>[],
  schema: TableSchema,
): Record<string, Cell>[] {
  const missing = new Set(schema.missingValues ?? ['']);
  const cast = (field: TableSchema['fields'][number], text: string): Cell => {
    if (missing.has(text)) {
      return null;
    }
    switch (field.type) {
      case 'integer': {
        if (!/^-?\d+$/.test(text)) {
          throw new Error(`${field.name}: "${text}" is not an integer`);
        }
        return Number(text);
      }
      case 'number':
        return Number(text);
      case 'boolean':
        if ((field.trueValues ?? ['true']).includes(text)) {
          return true;
        }
        if ((field.falseValues ?? ['false']).includes(text)) {
          return false;
        }
        throw new Error(`${field.name}: "${text}" is not a boolean`);
      default:
        return text;
    }
  };
  return rows.map((row) =>
    Object.fromEntries(schema.fields.map((f) => [f.name, cast(f, row[f.name] ?? '')])),
  );
}
