// Forwards and quoted replies: whose words are whose.
import { describe, it, expect } from '@jest/globals';
import { isForwardSubject, isReplySubject, parseAddress, splitLayers } from '../../src/stages/extract/quotes.js';

const text = (lines: string[]) => lines.join('\n');

describe('extract: forwards and quotes', () => {
  it('tells forwards from replies by the subject prefix', () => {
    for (const s of ['RV: Bona pràctica', 'Fwd: Ficha', 'FW: x', 'TR: x', 'Re: RV: x']) expect(isForwardSubject(s)).toBe(true);
    for (const s of ['RE: Bona pràctica', 'Re: x', 'AW: x']) expect(isReplySubject(s)).toBe(true);
    expect(isReplySubject('Bona pràctica')).toBe(false);
  });

  it('splits an Outlook "De:/Enviat el:/Per a:/Tema:" block and names the original author', () => {
    const layers = splitLayers(text(['Us ho reenvio.', '', 'De: Anna Roca Vila <aroca@ripoll.cat>', "Enviat el: dimarts, 21 d'abril de 2020 10:15",
      'Per a: Joan <joan@ripoll.cat>', 'Tema: Bona pràctica', '', 'Títol: Xarxa']), 'RV: Bona pràctica');
    expect(layers.map((l) => l.kind)).toEqual(['top', 'forward']);
    expect(layers[1]?.author).toEqual({ address: 'aroca@ripoll.cat', name: 'Anna Roca Vila' });
    expect(layers[1]?.lines.filter(Boolean)).toEqual(['Títol: Xarxa']);
  });

  it('splits "-----Mensaje original-----" and its header block in a reply, as a quote', () => {
    const layers = splitLayers(text(['El teléfono es el 93 555 00 11.', '', '-----Mensaje original-----', 'De: Ana <ana@x.cat>',
      'Enviado el: lunes', 'Para: XMESS <bp@x.org>', 'Asunto: Ficha', '', 'Teléfono: 93 555 00 00']), 'RE: Ficha');
    expect(layers.map((l) => l.kind)).toEqual(['top', 'quote']);
    expect(layers[0]?.lines.filter(Boolean)).toEqual(['El teléfono es el 93 555 00 11.']);
  });

  it('splits a Zimbra "Missatge reenviat" separator as a forward whatever the subject', () => {
    const layers = splitLayers(text(['Reenviem.', '----- Missatge reenviat -----', 'De: "Anna Roca" <aroca@x.cat>', 'Per a: r@x.cat',
      'Enviats: Dijous', 'Assumpte: BP', '', 'Títol: X']), 'Bones pràctiques');
    expect(layers.map((l) => l.kind)).toEqual(['top', 'forward']);
    expect(layers[1]?.author?.name).toBe('Anna Roca');
  });

  it('splits a Gmail attribution line wrapped over two lines and strips "> "', () => {
    const layers = splitLayers(text(['Us passo el mòbil: 655 12 34 99', '', 'El dc., 29 d’abr. 2020 a les 9:00, Bones pràctiques XMESS <',
      'bp@xmess.example.org> va escriure:', '', '> Ens falta el telèfon.']), 'Re: Falten dades');
    expect(layers.map((l) => l.kind)).toEqual(['top', 'quote']);
    expect(layers[1]?.lines.filter(Boolean)).toEqual(['Ens falta el telèfon.']);
  });

  it('starts a quote at "> " lines without any header', () => {
    const layers = splitLayers(text(['Gràcies!', '> Títol: X']), 'Re: X');
    expect(layers.map((l) => l.kind)).toEqual(['top', 'quote']);
  });

  it('reads addresses in the forms headers use', () => {
    expect(parseAddress('"Anna Roca" <aroca@x.cat>')).toEqual({ address: 'aroca@x.cat', name: 'Anna Roca' });
    expect(parseAddress('Anna Roca [mailto:ARoca@x.cat]')).toEqual({ address: 'aroca@x.cat', name: 'Anna Roca' });
    expect(parseAddress('aroca@x.cat')).toEqual({ address: 'aroca@x.cat', name: null });
  });
});
