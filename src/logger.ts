import { pino } from 'pino';

type LogMethod = (details: object, message: string) => void;

/** The slice of pino the product uses, so modules and tests can pass any logger. */
export interface Logger {
  error: LogMethod;
  warn: LogMethod;
  info: LogMethod;
  debug: LogMethod;
}

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'newsdigest' } });
}

/** A logger that drops everything, for tests and the CLI's quiet mode. */
export const silentLogger: Logger = { error() {}, warn() {}, info() {}, debug() {} };
