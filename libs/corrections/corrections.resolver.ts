import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller, CallerRequest } from '../access/caller';
import { RequireRole } from '../access/require-role.decorator';
import { toAssessmentObject, toResponseObject } from '../assessments/dto/assessment.mapper';
import { AssessmentObject } from '../assessments/dto/assessment.object';
import { ResponseObject } from '../assessments/dto/response.object';
import type { Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { CorrectionsService } from './corrections.service';
import {
  AddProvisionArgs,
  CorrectAssessmentArgs,
  CorrectResponseArgs,
  ResponseNoteArgs,
} from './dto/correction.inputs';
import { toCorrectionObject } from './dto/correction.mapper';
import { CorrectionConnection, CorrectionObject } from './dto/correction.object';
import { CorrectionIdArgs, CorrectionsArgs } from './dto/corrections.args';

const callerOf = (request: CallerRequest): Caller =>
  request.caller ?? { role: 'analyst', keyId: null, name: 'unknown', tracker: 'unknown' };

/** Analysts only: corrections of what was read, their undoing, and the audit log. */
@RequireRole('analyst')
@Resolver()
export class CorrectionsResolver {
  constructor(private readonly service: CorrectionsService) {}

  @Mutation(() => ResponseObject, {
    description:
      'Corrects a response’s answer, evidence or commentary (analysts); later extractions and analyses keep it.',
  })
  async correctResponse(
    @Args() { id, input, note }: CorrectResponseArgs,
    @Context('req') request: CallerRequest,
  ): Promise<ResponseObject> {
    return toResponseObject(await this.service.correctResponse(id, input, note, callerOf(request)));
  }

  @Mutation(() => ResponseObject, {
    description: 'Records that a response was checked and read right (analysts), for agreement.',
  })
  async confirmResponse(
    @Args() { id, note }: ResponseNoteArgs,
    @Context('req') request: CallerRequest,
  ): Promise<ResponseObject> {
    return toResponseObject(await this.service.confirmResponse(id, note, callerOf(request)));
  }

  @Mutation(() => ResponseObject, {
    description:
      'Adds the row of a provision the extractor missed or merged into another row (analysts).',
  })
  async addProvision(
    @Args() { assessmentId, input, note }: AddProvisionArgs,
    @Context('req') request: CallerRequest,
  ): Promise<ResponseObject> {
    return toResponseObject(
      await this.service.addProvision(assessmentId, input, note, callerOf(request)),
    );
  }

  @Mutation(() => CorrectionObject, {
    description:
      'Removes a row the extractor made wrongly (analysts); undoing it restores the row.',
  })
  async removeProvision(
    @Args() { id, note }: ResponseNoteArgs,
    @Context('req') request: CallerRequest,
  ): Promise<CorrectionObject> {
    return toCorrectionObject(await this.service.removeProvision(id, note, callerOf(request)));
  }

  @Mutation(() => AssessmentObject, {
    description: 'Corrects an assessment’s landlord, period or year (analysts).',
  })
  async correctAssessment(
    @Args() { id, input, note }: CorrectAssessmentArgs,
    @Context('req') request: CallerRequest,
  ): Promise<AssessmentObject> {
    return toAssessmentObject(
      await this.service.correctAssessment(id, input, note, callerOf(request)),
    );
  }

  @Mutation(() => CorrectionObject, {
    description:
      'Undoes a correction, restoring the value before it (analysts); refused while later corrections of the same value are in force.',
  })
  async undoCorrection(
    @Args() { id }: CorrectionIdArgs,
    @Context('req') request: CallerRequest,
  ): Promise<CorrectionObject> {
    return toCorrectionObject(await this.service.undo(id, callerOf(request)));
  }

  @Query(() => CorrectionConnection, {
    description: 'The audit log of corrections, newest first (analysts).',
  })
  async corrections(@Args() args: CorrectionsArgs): Promise<Connection<CorrectionObject>> {
    const { kind, assessmentId, responseId, active, ...page } = args;
    const connection = await this.service.list(
      { kind, assessmentId, responseId, active },
      pageRequest(page),
    );
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ ...e, node: toCorrectionObject(e.node) })),
    };
  }
}
