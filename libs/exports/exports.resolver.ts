import { Query, Resolver } from '@nestjs/graphql';
import { dataDictionary } from './data-dictionary';
import { DataDictionaryObject } from './data-dictionary.object';

@Resolver()
export class ExportsResolver {
  @Query(() => DataDictionaryObject, { description: 'Every exportable dataset and column.' })
  dataDictionary(): DataDictionaryObject {
    const dictionary = dataDictionary();
    return {
      ...dictionary,
      filters: Object.entries(dictionary.filters).map(([name, description]) => ({
        name,
        description,
      })),
    };
  }
}
