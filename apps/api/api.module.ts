import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessModule } from '@chc/access';
import { AssessmentsModule } from '@chc/assessments';
import { BenchmarksModule } from '@chc/benchmarks';
import { ConfigModule, type AppConfig } from '@chc/config';
import { ExportsModule } from '@chc/exports';
import {
  ClientErrorStatusPlugin,
  formatApiError,
  MAX_QUERY_TOKENS,
  QueryLimitsPlugin,
  RequestLoaders,
} from '@chc/graphql';
import { LandlordsModule } from '@chc/landlords';
import { OperationsModule } from '@chc/operations';
import { OutcomesModule } from '@chc/outcomes';
import { PipelineModule, type Pipeline } from '@chc/pipeline';
import { HealthController } from './health.controller';

/** The API: GraphQL at /graphql, exports and uploads under /api, health at /health. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, pipeline: Pipeline): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PipelineModule.forRoot(pipeline),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            autoSchemaFile: true,
            sortSchema: true,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            formatError: formatApiError,
            parseOptions: { maxTokens: MAX_QUERY_TOKENS },
            // ClientErrorStatusPlugin sets the status: 4xx when the caller got nothing.
            preserveHttpStatusForExecutionErrors: false,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
              loaders: new RequestLoaders(dataSource.manager),
            }),
          }),
        }),
        AccessModule,
        LandlordsModule,
        AssessmentsModule,
        BenchmarksModule,
        OperationsModule,
        ExportsModule,
        OutcomesModule,
      ],
      providers: [QueryLimitsPlugin, ClientErrorStatusPlugin],
      controllers: [HealthController],
    };
  }
}
