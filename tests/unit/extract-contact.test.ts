// The contact person: from sub-labels, one line, a sentence or a signature, and phones in E.164.
import { describe, it, expect } from '@jest/globals';
import { completeContact, parseContactText, signatureContact } from '../../src/stages/extract/contact.js';
import { findEmail, findPhone, normalisePhone } from '../../src/stages/extract/phone.js';
import { cleanName, isPersonName, sameName } from '../../src/stages/extract/names.js';
import { splitSignature } from '../../src/stages/extract/signature.js';

const values = (c: ReturnType<typeof parseContactText>) => ({ name: c.name?.value, role: c.role?.value, email: c.email?.value, phone: c.phone?.value });

describe('extract: phones and e-mails', () => {
  it.each([
    ['93 555 01 12', '+34935550112'], ['Tel. 93.555.44.33', '+34935554433'], ['+34 612 34 56 78', '+34612345678'],
    ['0034 93 555 0112', '+34935550112'], ['(+34) 93-555-01-12', '+34935550112'], ['Mòbil 600112233', '+34600112233'],
    ['972 55 51 89 (ext. 345)', '+34972555189'],
  ])('normalises "%s" to %s', (raw, e164) => {
    expect(normalisePhone(raw)).toBe(e164);
  });

  it('does not read amounts, dates or postcodes as phones', () => {
    expect(findPhone('un préstec de fins a 15.000 euros des del 23/03/2020 a 17500 Ripoll, 6.000 àpats')).toBeNull();
  });

  it('reads an address left as "x [x]" or "<mailto:x>" and lower-cases it', () => {
    expect(findEmail('Correu: ABC@Example.cat [ABC@Example.cat]')).toBe('abc@example.cat');
    expect(findEmail('Correu: abc@example.cat <mailto:abc@example.cat>')).toBe('abc@example.cat');
  });
});

describe('extract: contact person', () => {
  it('reads name, role, phone and e-mail from one line', () => {
    expect(values(parseContactText('Anna Roca Vila, tècnica de Comerç, tel. 93 555 01 12, aroca@example.cat', 'x')))
      .toEqual({ name: 'Anna Roca Vila', role: 'tècnica de Comerç', email: 'aroca@example.cat', phone: '+34935550112' });
  });

  it('finds the name at the end of a phrase ("podeu contactar amb …")', () => {
    expect(values(parseContactText('podeu contactar amb Anna Roca Vila (aroca@example.cat)', 'x')).name).toBe('Anna Roca Vila');
  });

  it('tells people from departments and job titles', () => {
    expect(isPersonName('Joana Riba i Costa')).toBe(true);
    expect(isPersonName('Mª Àngels Roca')).toBe(true);
    expect(isPersonName('ANNA ROCA VILA')).toBe(true);
    expect(isPersonName('Servei de Promoció Econòmica')).toBe(false);
    expect(isPersonName('Registre General')).toBe(false);
    expect(isPersonName('Tècnica de Comerç')).toBe(false);
  });

  it('matches a signed first name with the full name', () => {
    expect(sameName('Anna', 'Anna Roca Vila')).toBe(true);
    expect(sameName('Anna Roca', 'Anna Roca Vila')).toBe(true);
    expect(sameName('Anna Vidal', 'Anna Roca')).toBe(false);
  });

  it('reads the signature after the closing formula, not the disclaimer', () => {
    const split = splitSignature(['Títol: X', '', 'Salutacions,', '', 'Anna Roca Vila', 'Tècnica de Comerç', 'Ajuntament de Ripoll', 'T. 972 55 01 12', '',
      'AVÍS LEGAL: Aquest missatge és confidencial i s\'adreça al seu destinatari.', 'Abans d\'imprimir aquest correu, penseu en el medi ambient.']);
    expect(split.content.filter(Boolean)).toEqual(['Títol: X']);
    const c = signatureContact(split.signature, { address: 'aroca@ripoll.cat', name: 'Anna Roca Vila' });
    expect(values(c)).toEqual({ name: 'Anna Roca Vila', role: 'Tècnica de Comerç', email: 'aroca@ripoll.cat', phone: '+34972550112' });
  });

  it('takes a signature without closing formula when it starts with a name', () => {
    const split = splitSignature(['Us reenvio la proposta de la tècnica.', 'Joan Pons Mir', 'Regidor de Promoció Econòmica', 'Ajuntament de Ripoll']);
    expect(split.signature[0]).toBe('Joan Pons Mir');
  });

  it('fills the practice contact from the signature only when it is the same person', () => {
    const own = { name: { value: 'Anna Roca Vila', evidence: 'label' } };
    const sameSig = { name: { value: 'Anna Roca', evidence: 'signature' }, phone: { value: '+34972550112', evidence: 'signature' } };
    const otherSig = { name: { value: 'Joan Pons', evidence: 'signature' }, phone: { value: '+34972550113', evidence: 'signature' } };
    expect(completeContact(own, sameSig, null).phone?.value).toBe('+34972550112');
    expect(completeContact(own, otherSig, null).phone).toBeUndefined();
    expect(completeContact({}, otherSig, null).name?.value).toBe('Joan Pons');
  });

  it('keeps a signature before a notice paragraph and leaves the notice out of the content', () => {
    const split = splitSignature(['Títol: X', '', 'Salutacions,', '', 'Anna Roca Vila', 'Tècnica de Comerç', 'Ajuntament de Ripoll', 'Tel. 972 55 01 12', '',
      "Durant l'estat d'alarma l'atenció al públic és telemàtica. Podeu demanar cita prèvia al web."]);
    expect(split.content.filter(Boolean)).toEqual(['Títol: X']);
    expect(split.signature[0]).toBe('Anna Roca Vila');
    const noClosing = splitSignature(['Text de la pràctica.', '', 'Anna Roca Vila', 'Ajuntament de Ripoll', 'aroca@ripoll.cat', '', 'Durante el estado de alarma la atención será telefónica.']);
    expect(noClosing.content.filter(Boolean)).toEqual(['Text de la pràctica.']);
    expect(noClosing.signature).toEqual(['Anna Roca Vila', 'Ajuntament de Ripoll', 'aroca@ripoll.cat']);
  });

  it('does not cut prose after an opening "Gràcies!" followed by a long paragraph', () => {
    const long = 'Us expliquem el projecte que hem engegat aquest any amb les entitats del barri i que ha funcionat molt bé. '.repeat(4);
    const split = splitSignature(['Gràcies!', '', 'Anna Roca Vila', 'Tel. 972 55 01 12', '', long]);
    expect(split.content.join(' ')).toContain('Us expliquem');
  });

  it('completes a self-introduced writer from the sender name', () => {
    const own = { name: { value: 'Anna Roca', evidence: 'self-introduction in prose in body' } };
    const c = completeContact(own, {}, { address: 'aroca@ripoll.cat', name: 'Anna Roca Vila' });
    expect(c.name?.value).toBe('Anna Roca Vila');
    expect(c.email?.value).toBe('aroca@ripoll.cat');
    expect(completeContact(own, {}, { address: 'jpons@ripoll.cat', name: 'Joan Pons Mir' }).name?.value).toBe('Anna Roca');
  });

  it("drops the article Catalan puts before a person's name, not a capitalised one that is part of a name", () => {
    expect(cleanName("l'Oriol Bassols Rius")).toBe('Oriol Bassols Rius');
    expect(cleanName('la Marta Puig Coll')).toBe('Marta Puig Coll');
    expect(cleanName('La Garriga Nova')).toBe('La Garriga Nova');
    // A sentence that starts with the name capitalises its article.
    expect(cleanName('La Blanca Vilaseca Pi')).toBe('Blanca Vilaseca Pi');
  });
});
