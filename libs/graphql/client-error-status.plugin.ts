import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { HTTP_STATUS } from './api-error';

const STATUS_BY_CODE = new Map<string, number>(Object.entries(HTTP_STATUS));

/**
 * A request that produced no data at all because of the caller (a bad cursor, a rate
 * limit, a missing key) is answered with that error's 4xx status rather than 200, so
 * HTTP clients, proxies and logs see a client mistake; a partial result stays 200.
 */
@Plugin()
export class ClientErrorStatusPlugin implements ApolloServerPlugin {
  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return Promise.resolve({
      willSendResponse({ response }) {
        const body = response.body;
        if (body.kind !== 'single' || !body.singleResult.errors?.length) {
          return Promise.resolve();
        }
        const { data, errors } = body.singleResult;
        const nothingResolved =
          data === null || (data !== undefined && Object.values(data).every((v) => v === null));
        const code = errors[0]!.extensions?.code;
        const status = typeof code === 'string' ? STATUS_BY_CODE.get(code) : undefined;
        if (nothingResolved && status !== undefined && status < 500) {
          response.http.status = status;
        }
        return Promise.resolve();
      },
    });
  }
}
