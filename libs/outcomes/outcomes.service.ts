import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LandlordEntity } from '../landlords/entities/landlord.entity';
import { ClaimsFlagsService } from './claims-flags.service';
import { OutcomesRepository, type UnmatchedName } from './outcomes.repository';

/** Names in the outcome sources: the review list and analysts' links. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly flags: ClaimsFlagsService,
  ) {}

  unmatchedNames(source: string | null): Promise<UnmatchedName[]> {
    return new OutcomesRepository(this.dataSource.manager).unmatchedNames(source);
  }

  /** Links a name to a landlord, then judges the claims again; the rows linked. */
  async linkName(
    name: string,
    landlordId: string,
  ): Promise<{ landlord: LandlordEntity; rowsLinked: number }> {
    const landlord = await this.dataSource
      .getRepository(LandlordEntity)
      .findOne({ where: { id: landlordId } });
    if (!landlord) {
      throw new NotFoundException(`no landlord has the id ${landlordId}`);
    }
    const rowsLinked = await new OutcomesRepository(this.dataSource.manager).linkName(
      name,
      landlordId,
    );
    await this.flags.refresh();
    return { landlord, rowsLinked };
  }
}
