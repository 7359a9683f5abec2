import type { IntrospectionType } from 'graphql';

/** Every type, field, argument, input field and enum value of ours with no description. */
export function undescribed(types: readonly IntrospectionType[]): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  for (const type of types.filter((t) => !t.name.startsWith('__'))) {
    if (blank(type.description)) {
      missing.push(type.name);
    }
    const fields = ('fields' in type ? type.fields : null) ?? [];
    for (const field of fields) {
      if (blank(field.description)) {
        missing.push(`${type.name}.${field.name}`);
      }
      for (const arg of field.args) {
        if (blank(arg.description)) {
          missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    for (const input of ('inputFields' in type ? type.inputFields : null) ?? []) {
      if (blank(input.description)) {
        missing.push(`${type.name}.${input.name}`);
      }
    }
    for (const value of ('enumValues' in type ? type.enumValues : null) ?? []) {
      if (blank(value.description)) {
        missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}
