import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { HttpLogger } from 'pino-http';
import { DataSource } from 'typeorm';
import { AccessModule } from '@chc/access';
import { AssessmentsModule } from '@chc/assessments';
import { BenchmarksModule } from '@chc/benchmarks';
import { ConfigModule, type AppConfig } from '@chc/config';
import { DocumentsModule } from '@chc/documents/documents.module';
import { ExportsModule } from '@chc/exports';
import {
  ClientErrorStatusPlugin,
  describeRootTypes,
  formatApiError,
  MAX_QUERY_TOKENS,
  QueryLimitsPlugin,
  RequestLoaders,
} from '@chc/graphql';
import { LandlordsModule } from '@chc/landlords';
import { OperationsModule } from '@chc/operations';
import { OutcomesModule } from '@chc/outcomes';
import { CorrectionsModule } from '@chc/corrections';
import { PipelineModule, type Pipeline } from '@chc/pipeline';
import { ReviewModule } from '@chc/review';
import { HealthController } from './health.controller';
import { NodeResolver } from './node.resolver';
import { nestLoggerParams } from './request-log';

/**
 * The API: GraphQL at /graphql, exports and uploads under /api, health at /health/live and
 * /health/ready, Prometheus metrics at /metrics (unless CHC_METRICS_PORT moves them).
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, pipeline: Pipeline, requests: HttpLogger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(nestLoggerParams(requests)),
        PipelineModule.forRoot(pipeline),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            autoSchemaFile: true,
            sortSchema: true,
            introspection: true,
            // Apollo's default landing page loads a sandbox from a CDN: none is served.
            playground: false,
            includeStacktraceInErrorResponses: false,
            formatError: formatApiError,
            transformSchema: describeRootTypes,
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
        DocumentsModule,
        OutcomesModule,
        ReviewModule,
        CorrectionsModule,
      ],
      providers: [QueryLimitsPlugin, ClientErrorStatusPlugin, NodeResolver],
      controllers: [HealthController],
    };
  }
}
