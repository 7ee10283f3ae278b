// Which requests the log mentions. A line for every request buries what matters (and the banner of
// `npm start`): a failed request (5xx, or an error while answering) is an error, a slow one a
// warning, and every other one only a `debug` line. Fastify's other log lines stay as they are.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { redactUrl } from './logging.js';

/** Answers slower than this are logged as warnings, unless told otherwise. */
export const SLOW_REQUEST_MS = 2000;

type Level = 'error' | 'warn' | 'debug' | 'trace';

function enabled(log: FastifyReply['log'], level: Level): boolean {
  // pino's loggers tell; any other logger is simply asked to write.
  const isLevelEnabled = (log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return typeof isLevelEnabled === 'function' ? isLevelEnabled.call(log, level) : true;
}

export class RequestLog extends LogController {
  constructor(private readonly slowMs = SLOW_REQUEST_MS) {
    super();
  }

  override incomingRequest(request: FastifyRequest) {
    if (enabled(request.log, 'trace')) request.log.trace({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const status = reply.statusCode;
    const ms = Math.round(reply.elapsedTime);
    const failed = Boolean(error) || status >= 500;
    const level: Level = failed ? 'error' : ms >= this.slowMs ? 'warn' : 'debug';
    if (!enabled(reply.log, level)) return;
    const what = failed ? 'request failed' : level === 'warn' ? 'slow request' : 'request';
    reply.log[level](
      { req: request, res: reply, responseTime: ms, ...(error ? { err: error } : {}) },
      `${what}: ${request.method} ${redactUrl(request.url)} ${status} in ${ms} ms`,
    );
  }

  override routeNotFound(request: FastifyRequest) {
    request.log.debug(`no route ${request.method} ${redactUrl(request.url)}`);
  }
}
