export interface DovecotConfigOptions {
  /** `dovecot --version` output: 2.3.x and 2.4.x take different settings. */
  version: string;
  /** The server's own folder: run/, state/, mail/, passwd, dovecot.log (and cert.pem/key.pem with TLS). */
  dir: string;
  port: number;
  /** The IMAPS port, or null for none. */
  tlsPort?: number | null;
  name: string;
  /** Owner of the Maildirs (Dovecot refuses uid 0). */
  uid: number;
}

export function dovecotConfig(options: DovecotConfigOptions): string;
