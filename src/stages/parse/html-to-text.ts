// HTML bodies and HTML attachments to plain text, with tables linearised (see TextSource).
export function htmlToText(_html: string): string {
  throw new Error('not implemented yet');
}
