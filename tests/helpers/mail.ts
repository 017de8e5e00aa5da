// Builds small RFC 5322 messages for tests: headers in, bytes out.
export interface MailSpec {
  from?: string;
  to?: string;
  subject?: string;
  date?: string;
  received?: string;
  messageId?: string;
  headers?: Record<string, string>;
  contentType?: string;
  body?: string;
}

export function buildMail(spec: MailSpec = {}): Buffer {
  const lines: string[] = [];
  if (spec.received) lines.push(`Received: from mx.example.org by mx.xmess.example.org; ${spec.received}`);
  lines.push(`From: ${spec.from ?? 'Tècnica ESS <tecnica@ajuntament.example.cat>'}`);
  lines.push(`To: ${spec.to ?? 'bonespractiques@xmess.example.org'}`);
  lines.push(`Subject: ${spec.subject ?? 'Bona pràctica'}`);
  lines.push(`Date: ${spec.date ?? 'Tue, 14 Apr 2020 10:00:00 +0200'}`);
  if (spec.messageId !== '') lines.push(`Message-ID: ${spec.messageId ?? `<${Math.random().toString(36).slice(2)}@test.example>`}`);
  for (const [k, v] of Object.entries(spec.headers ?? {})) lines.push(`${k}: ${v}`);
  lines.push('MIME-Version: 1.0');
  lines.push(`Content-Type: ${spec.contentType ?? 'text/plain; charset=utf-8'}`);
  lines.push('Content-Transfer-Encoding: 8bit');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${spec.body ?? 'Bon dia'}\r\n`, 'utf8');
}
