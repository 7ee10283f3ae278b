// The server's log: readable lines for a person at a terminal, JSON lines for a log collector.
// LOG_FORMAT chooses (`pretty`, `json`, or `auto`: pretty when the output is a terminal).
import type { Writable } from 'node:stream';
import pino, { type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { withRedaction } from './logging.js';

export type LogFormatSetting = 'auto' | 'pretty' | 'json';
export type LogFormat = 'pretty' | 'json';

export function resolveLogFormat(setting: LogFormatSetting, isTty: boolean): LogFormat {
  if (setting === 'auto') return isTty ? 'pretty' : 'json';
  return setting;
}

export interface LoggerSettings {
  level: string;
  format: LogFormat;
  /** Where to write: a file descriptor (1 stdout, 2 stderr) or a stream (tests). Default 1. */
  destination?: 1 | 2 | Writable;
  /** Colours in the pretty format; default: when the destination is a terminal. */
  colorize?: boolean;
}

/** Fields that a pretty line shows in its message already (the request lines of lib/request-log.ts). */
const SHOWN_IN_MESSAGE = ['pid', 'hostname', 'req', 'res', 'responseTime'];

/** A pino logger with the app's redaction, in the chosen format. */
export function createLogger(settings: LoggerSettings): Logger {
  const options = withRedaction({ level: settings.level }) as LoggerOptions;
  const destination = settings.destination ?? 1;
  if (settings.format === 'json') {
    return pino(options, typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination);
  }
  const tty = typeof destination === 'number' ? (destination === 1 ? process.stdout : process.stderr).isTTY === true : false;
  const stream = pretty({
    destination,
    sync: true,
    colorize: settings.colorize ?? tty,
    translateTime: 'SYS:HH:MM:ss',
    ignore: SHOWN_IN_MESSAGE.join(','),
  });
  return pino(options, stream);
}
