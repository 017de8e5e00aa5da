// The part of Express 5 the desk uses, typed here because @types/express is not installed (the lead
// may add it: then delete this file). Only what src/desk calls; anything else is a type error.
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface CookieOptions {
    httpOnly?: boolean;
    secure?: boolean;
    sameSite?: 'strict' | 'lax' | 'none' | boolean;
    path?: string;
    maxAge?: number;
    domain?: string;
    expires?: Date;
  }

  export interface Request extends IncomingMessage {
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: unknown;
    path: string;
    ip: string | undefined;
    secure: boolean;
    method: string;
    originalUrl: string;
    get(name: string): string | undefined;
    accepts(...types: string[]): string | false;
  }

  export interface Response extends ServerResponse {
    locals: Record<string, unknown>;
    status(code: number): Response;
    type(type: string): Response;
    set(field: string, value: string): Response;
    set(fields: Record<string, string>): Response;
    send(body?: string | Buffer): Response;
    json(body: unknown): Response;
    redirect(status: number, url: string): void;
    attachment(filename?: string): Response;
    cookie(name: string, value: string, options?: CookieOptions): Response;
    clearCookie(name: string, options?: CookieOptions): Response;
  }

  export type NextFunction = (err?: unknown) => void;
  export type RequestHandler = (req: Request, res: Response, next: NextFunction) => unknown;
  export type ErrorRequestHandler = (err: unknown, req: Request, res: Response, next: NextFunction) => unknown;

  export interface Router extends RequestHandler {
    get(path: string, ...handlers: RequestHandler[]): Router;
    post(path: string, ...handlers: RequestHandler[]): Router;
    use(...handlers: (RequestHandler | ErrorRequestHandler)[]): Router;
  }

  export interface Express extends Router {
    (req: IncomingMessage, res: ServerResponse): void;
    disable(setting: string): Express;
    set(setting: string, value: unknown): Express;
  }

  interface ExpressFactory {
    (): Express;
    Router(): Router;
    urlencoded(options: { extended: boolean; limit?: string; parameterLimit?: number }): RequestHandler;
  }

  const express: ExpressFactory;
  export default express;
}
