// The desk's defaults, in a module with no imports so the CLI can read them without loading Express.
/** This machine only, unless --host says otherwise: the desk is a login page on the open web otherwise. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DESK_PORT = 8080;
