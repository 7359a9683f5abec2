import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { relinkUnmatched } from '../assessments/landlord-links.service';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { toLandlordObject } from './dto/landlord.mapper';
import type { LandlordInput } from './dto/landlord.input';
import type { LandlordObject } from './dto/landlord.object';
import { websiteHostOf } from './website-url';
import { LandlordsRepository, type LandlordSearch } from './landlords.repository';

@Injectable()
export class LandlordsService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository(): LandlordsRepository {
    return new LandlordsRepository(this.dataSource.manager);
  }

  async page(filter: LandlordSearch, page: PageRequest): Promise<Connection<LandlordObject>> {
    return keysetConnection(await this.repository.page(filter, page), page, toLandlordObject);
  }

  async find(id: string): Promise<LandlordObject | null> {
    const found = await this.repository.findById(id);
    return found ? toLandlordObject(found) : null;
  }

  async save(input: LandlordInput): Promise<LandlordObject> {
    const saved = await this.repository.save(input.id ?? null, {
      name: input.name.trim(),
      aliases: (input.aliases ?? []).map((a) => a.trim()).filter(Boolean),
      kind: input.kind ?? 'other',
      region: input.region ?? null,
      homes: input.homes ?? null,
      website: input.website ?? null,
      websiteHost: input.website ? websiteHostOf(input.website) : null,
      registrationIds: {},
    });
    if (!saved) {
      throw new NotFoundException(`no landlord has the id ${input.id}`);
    }
    // A new name, alias or website may be what an unmatched document was waiting for.
    await relinkUnmatched(this.dataSource.manager);
    return toLandlordObject(saved);
  }
}
