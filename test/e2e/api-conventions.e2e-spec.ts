import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import { startApiFixture, type ApiFixture, type GraphQLResult } from '../support/api-fixture';

const code = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Every type, field, argument, input field and enum value of ours with no description. */
function undescribed(types: readonly IntrospectionType[]): string[] {
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

describe('GraphQL conventions clients rely on (issue 14)', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApiFixture();
  }, 180_000);

  afterAll(() => api.close());

  it('should describe every type, field, argument and enum value', async () => {
    const { data } = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(undescribed(data!.__schema.types)).toEqual([]);
  });

  it('should serve no landing page that loads scripts from elsewhere', async () => {
    const page = await fetch(`${api.server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await page.text();
    expect(body).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(body).not.toMatch(/cdn|embeddable-sandbox|apollographql\.com/i);
  });
});
