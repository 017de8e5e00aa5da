#!/usr/bin/env node
// Writes tests/fixtures/heldout9/: the ninth blind held-out corpus (30 .eml, config/, expected.json),
// written without reading the extractor, in shapes no earlier corpus has: phone mail with dash-bulleted
// labels, a spreadsheet row pasted as tab-separated text, PDF forms in two columns and over two pages,
// a signature with switchboard, direct line and fax, a short unlabelled paragraph, horizontal tables in
// HTML and DOCX, English-label templates, S/MIME, vCard + calendar invite, DOCX tracked changes, a
// mailbox rule forwarding as attachment, mixed ca/es, long legal disclaimers and more.
// Deterministic: fixed dates, boundaries and zip timestamps.  Usage: node tests/corpora/heldout9/make.mjs
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  XMESS, encWord, addr, leaf, multi, received, eml, emlText, innerMessage, rfc822, smimeSigned, vcard, ics, quote, esc, mailto, htmlOf,
  png, docx, dLab, odt, pdfForm, pdfTwoColumnForm, pdfFormOverPages, pdfScan, DOCX_TYPE, ODT_TYPE, writeCorpus, cases, firstSentence,
} from '../lib/index.mjs';
import { P } from './practices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout9');
const { messages, add, exp } = cases();
const TB = 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0';
const OUTLOOK = ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca'];
const OUTLOOK_HEAD = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>';
const mso = (html) => `<p class=MsoNormal>${html}<o:p></o:p></p>`;
const ACK = (n) => `<ack.202004${n}@xmess.example.org>`;
const std = ({ host, ip, at, id, from, name, subject, date, mid, extra = [], part, returnPath }) => eml({
  received: [received(host, ip, at, id)],
  headers: { returnPath: returnPath ?? from, from: addr(name, from), subject, date, messageId: mid, extra },
  part,
});
const text = (body, params) => leaf({ body, params });
const alt = (t, html, boundary) => multi('alternative', [leaf({ body: t }), leaf({ type: 'text/html', body: html })], boundary);

// ------------------------------------------------------------------ 001 phone mail, dash-bulleted labels
add('001-sobremunt-mobil-guions.eml', exp([P.sobremunt], { case: 'written on a phone (Samsung Email): a one-line greeting then dash-bulleted labels ("- Nom:", "- Qui ho fa:", "- Què és:", "- Contacte:" with name, e-mail and mobile on one line), "Enviat des del meu Samsung Galaxy"; organic vegetables from the farmers\' cooperative = agroecology + intercooperation' }), () => {
  const pr = P.sobremunt;
  const body = `Hola! Us passo la nostra bona practica

- Nom: ${pr.title}
- Qui ho fa: ${pr.promoters[0]} i ${pr.promoters[1]}
- Què és: ${pr.expl}
- Contacte: ${pr.contact.name}, ${pr.contact.email}, ${pr.tel}

Salut

Enviat des del meu Samsung Galaxy`;
  return std({ host: 'correu.sobremunt.cat', ip: '192.0.2.201', at: 'Tue, 14 Apr 2020 19:22:08 +0200', id: '9A1C3E5F70', from: pr.contact.email, name: 'Roser Casas', subject: 'Bona pràctica Sobremunt', date: 'Tue, 14 Apr 2020 19:22:01 +0200', mid: '<m8kq2z.1586884921@email.android.com>', extra: ['X-Mailer: Samsung Email'], part: text(body) });
});

// ------------------------------------------------------------------ 002 spreadsheet row pasted as TSV
add('002-sabadell-fila-full-calcul.eml', exp([P.sabadell], { case: 'a row of the council\'s spreadsheet pasted into a plain-text mail: a header row (Nom de la pràctica / Entitats promotores / Descripció / Persona de contacte / Correu electrònic / Telèfon) and a values row, tab-separated, the promoters ";"-separated inside their cell; bulk buying to cut packaging waste = waste reduction; cooperative + neighbours\' association = intercooperation' }), () => {
  const pr = P.sabadell;
  const head = ['Nom de la pràctica', 'Entitats promotores', 'Descripció', 'Persona de contacte', 'Correu electrònic', 'Telèfon'];
  const row = [pr.title, pr.promoters.join('; '), pr.expl, pr.contact.name, pr.contact.email, pr.tel];
  const body = `Bon dia,

Us enganxo la fila del full de càlcul on recollim les accions del servei:

${head.join('\t')}
${row.join('\t')}

Salutacions,
Oriol Pagès
Servei de Consum - Ajuntament de Sabadell`;
  return std({ host: 'smtp.ajsabadell.cat', ip: '192.0.2.202', at: 'Wed, 15 Apr 2020 10:05:44 +0200', id: '2B4D6F8A91', from: pr.contact.email, name: pr.contact.name, subject: 'XMESS - fitxa Sabadell', date: 'Wed, 15 Apr 2020 10:05:40 +0200', mid: '<5e96c0f4.1c69fb81.a3b2.4e71@ajsabadell.cat>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 003 PDF form in two columns
add('003-girona-pdf-dues-columnes.eml', exp([P.girona], { case: 'PDF form laid out in two columns whose text stream runs line by line across both (left: Títol, Entitats promotores one per line, Persona de contacte, Correu, Telèfon; right: Descripció); the body only announces it; organic seasonal food in the school-canteen contract = procurement + agroecology, with the farmers\' cooperative' }), async () => {
  const pr = P.girona;
  const buf = await pdfTwoColumnForm({
    left: [['Títol de la pràctica', pr.title], ['Entitats promotores', pr.promoters.join('\n')], ['Persona de contacte', `${pr.contact.name}\nTècnica de Compra Pública`], ['Correu electrònic', pr.contact.email], ['Telèfon', pr.tel]],
    right: [['Descripció', pr.expl]],
  }, { heading: 'Fitxa de bona pràctica · Recull XMESS 2020', letterhead: 'AJUNTAMENT DE GIRONA · Àrea de Promoció Econòmica', title: 'Fitxa XMESS', author: 'mdalmau', creator: 'Adobe InDesign 15.0 (Windows)', producer: 'Adobe PDF Library 15.0' });
  const body = `Bon dia,

Adjunto la fitxa de Girona en PDF.

Cordialment,

Maria Dalmau
Ajuntament de Girona`;
  return std({ host: 'correu.ajgirona.cat', ip: '192.0.2.203', at: 'Thu, 16 Apr 2020 12:31:19 +0200', id: '3C5E7A9B02', from: pr.contact.email, name: pr.contact.name, subject: 'Fitxa bona pràctica Girona', date: 'Thu, 16 Apr 2020 12:31:15 +0200', mid: '<000b01d613e1$5f3a2c10$1dae8430$@ajgirona.cat>', extra: OUTLOOK,
    part: multi('mixed', [text(body), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fitxa_XMESS_Girona.pdf' })], '----=_NextPart_000_000C_01D613F2.22C2FC10') });
});

// ------------------------------------------------------------------ 004 PDF form over two pages
add('004-manresa-pdf-dues-pagines.eml', exp([P.manresa], { case: 'PDF form on two pages with a running header and a "n/2" footer: an introduction and the short fields fill most of page 1, so "Descripció" starts at the foot of page 1 and its text continues on page 2 after the footer and the header; reused bicycles and cycling = reuse + sustainable mobility; foundation and association = intercooperation' }), async () => {
  const pr = P.manresa;
  const buf = await pdfFormOverPages([
    ['Nom de la pràctica', pr.title], ['Àrea responsable', 'Regidoria de Medi Ambient i Mobilitat'], ['Entitats promotores', pr.promoters.join(', ')],
    ['Persona de contacte', pr.contact.name], ['Correu electrònic', pr.contact.email], ['Telèfon', pr.tel], ['Data d\'inici', 'Setembre de 2018'],
    ['Àmbit territorial', 'Manresa i els municipis del Bages amb transport públic fins al polígon'],
    ['Objectius', 'Donar una segona vida a les bicicletes abandonades, oferir feina i formació a persones amb discapacitat intel·lectual i fer que la bicicleta sigui una manera barata i segura d\'anar a estudiar i a treballar.'],
    ['Descripció', pr.expl], ['Resultats', 'Vegeu la descripció. El projecte continua el 2020 amb un segon taller al barri de la Mion.'],
  ], {
    heading: 'Fitxa de bona pràctica', header: 'Ajuntament de Manresa · Recull de bones pràctiques XMESS 2020', footer: 'Regidoria de Medi Ambient i Mobilitat',
    before: ['Aquesta fitxa recull una de les experiències que l\'Ajuntament de Manresa presenta al recull de bones pràctiques d\'economia social i solidària de la Xarxa de Municipis per l\'Economia Social i Solidària (XMESS).',
      'Les dades de la fitxa es poden difondre en els canals de la Xarxa. Per a qualsevol aclariment, adreceu-vos a la persona de contacte que s\'hi indica.',
      'La Regidoria de Medi Ambient i Mobilitat impulsa, des de l\'any 2016, diverses actuacions per fomentar la mobilitat sostenible a la ciutat: carrils bici, aparcaments segurs a les estacions i programes educatius a les escoles. L\'experiència que presentem forma part d\'aquest pla.',
      'El projecte ha rebut el suport del programa de Foment de l\'Economia Social de la Diputació de Barcelona i s\'ha presentat a les jornades de mobilitat de la comarca.',
      'Les entitats que hi participen formen part de la taula de mobilitat de la ciutat, que es reuneix cada trimestre per fer-ne el seguiment i proposar-hi millores, i que ha elaborat el pla de mobilitat urbana que el Ple va aprovar el 2019.'],
    title: 'Fitxa XMESS Manresa', author: 'jsola',
  });
  const body = `Bon dia,

Us adjunto la fitxa de la nostra pràctica.

Salutacions,

Jordi Solà
Ajuntament de Manresa`;
  return std({ host: 'mail.ajmanresa.cat', ip: '192.0.2.204', at: 'Fri, 17 Apr 2020 09:48:02 +0200', id: '4D6F8B0C13', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Manresa - fitxa', date: 'Fri, 17 Apr 2020 09:47:58 +0200', mid: '<7f3c2a1e-8b4d-4e6f-9a0c-1d2e3f4a5b6c@ajmanresa.cat>', extra: [TB],
    part: multi('mixed', [text(body), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'fitxa-bicicletes-manresa.pdf' })], '------------4A2C6E8F0B1D3F5A7C9E0B2D') });
});

// ------------------------------------------------------------------ 005 signature with switchboard, direct line and fax
add('005-vic-signatura-centraleta.eml', exp([P.vic], { case: 'labelled body (Títol de l\'experiència / Entitats / Descripció) with "Persona de contacte: jo mateixa": the contact is the signer, whose signature lists three numbers (Tel. switchboard, "Línia directa", Fax); the contact\'s phone is the direct line; textile reuse by an insertion workshop with Càritas and a cooperative' }), () => {
  const pr = P.vic;
  const body = `Bon dia,

Us fem arribar la bona pràctica de l'Ajuntament de Vic.

Títol de l'experiència: ${pr.title}
Entitats: ${pr.promoters.join(', ')}
Descripció: ${pr.expl}
Persona de contacte: jo mateixa (dades a la signatura)

Cordialment,

${pr.contact.name}
Tècnica d'Economia Social i Solidària
Ajuntament de Vic
Pl. Major, 1 - 08500 Vic
Tel. 93 886 21 00 (centraleta) | Línia directa: ${pr.tel} | Fax 93 889 26 38
${pr.contact.email} | www.vic.cat`;
  return std({ host: 'correu.vic.cat', ip: '192.0.2.205', at: 'Mon, 20 Apr 2020 11:12:40 +0200', id: '5E7A9C1D24', from: pr.contact.email, name: pr.contact.name, subject: 'Recull bones pràctiques - Vic', date: 'Mon, 20 Apr 2020 11:12:36 +0200', mid: '<001f01d616ef$a2b3c4d0$e81a4c70$@vic.cat>', extra: OUTLOOK, part: text(body) });
});

// ------------------------------------------------------------------ 006 short practice in one unlabelled paragraph
add('006-viladamat-paragraf-curt.eml', exp([P.viladamat], { case: 'a small council\'s short practice told in one unlabelled paragraph of two sentences ("El Banc del Temps de Viladamat va néixer l\'any passat…"), sent from the council\'s generic address by the mayor, whose name and phone are in the signature; no theme (a time bank run by the council alone)' }), () => {
  const pr = P.viladamat;
  const body = `Bon dia,

${pr.expl} Ara hi participen una cinquantena de veïns.

Atentament,

${pr.contact.name}
Alcalde de Viladamat
${pr.tel}`;
  return std({ host: 'correu.viladamat.cat', ip: '192.0.2.206', at: 'Mon, 20 Apr 2020 13:30:11 +0200', id: '6F8B0D2E35', from: pr.contact.email, name: 'Ajuntament de Viladamat', subject: 'Bones pràctiques', date: 'Mon, 20 Apr 2020 13:30:08 +0200', mid: '<20200420133008.4F1A2B@correu.viladamat.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.2'], part: text(body) });
});

// ------------------------------------------------------------------ 007 horizontal table in HTML
add('007-cornella-taula-horitzontal-html.eml', exp([P.cornella], { case: 'Outlook HTML with a horizontal table: labels in the first (shaded) row (Pràctica / Entitats promotores / Descripció / Contacte / Correu / Telèfon), values in the second; the text alternative, as Outlook writes it, puts each cell on a line of its own; care workers, mostly migrant women = feminism/intersectionality; cooperative + association = intercooperation' }), () => {
  const pr = P.cornella;
  const head = ['Pràctica', 'Entitats promotores', 'Descripció', 'Contacte', 'Correu', 'Telèfon'];
  const row = [pr.title, pr.promoters.join('<br>'), esc(pr.expl), esc(pr.contact.name), mailto(pr.contact.email), pr.tel];
  const td = (x, h) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt${h ? ';background:#D9E2F3' : ''}" valign=top>${mso(h ? `<b>${x}</b>` : x)}</td>`;
  const html = `${OUTLOOK_HEAD}<body lang=CA><div class=WordSection1>${mso('Bon dia,')}${mso('&nbsp;')}${mso('Us enviem la nostra proposta per al recull:')}${mso('&nbsp;')}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none"><tr>${head.map((h) => td(h, true)).join('')}</tr><tr>${row.map((v) => td(v)).join('')}</tr></table>
${mso('&nbsp;')}${mso('Salutacions,')}${mso('&nbsp;')}${mso('Yolanda Ruiz<br>Servei de Promoció Econòmica<br>Ajuntament de Cornellà de Llobregat')}</div></body></html>`;
  const t = `Bon dia,

Us enviem la nostra proposta per al recull:

${head.join('\n\n')}

${[pr.title, pr.promoters.join('\n'), pr.expl, pr.contact.name, pr.contact.email, pr.tel].join('\n\n')}

Salutacions,

Yolanda Ruiz
Servei de Promoció Econòmica
Ajuntament de Cornellà de Llobregat`;
  return std({ host: 'mail.aj-cornella.cat', ip: '192.0.2.207', at: 'Tue, 21 Apr 2020 09:03:55 +0200', id: '7A9C1E3F46', from: pr.contact.email, name: pr.contact.name, subject: 'Proposta recull XMESS - Cornellà', date: 'Tue, 21 Apr 2020 09:03:51 +0200', mid: '<002301d617a6$33c4d5e0$9b4e7fa0$@aj-cornella.cat>', extra: OUTLOOK,
    part: alt(t, html, '----=_NextPart_000_0024_01D617B6.F74DA5E0') });
});

// ------------------------------------------------------------------ 008 horizontal table in DOCX, one practice per row
add('008-elprat-docx-taula-horitzontal.eml', exp([P.prat1, P.prat2], { case: 'DOCX whose only content is a heading and a horizontal table: the first row holds the labels (Títol / Entitats promotores / Descripció / Persona de contacte / Correu / Telèfon), each following row one practice (two practices); both share the switchboard number; organic local farmers\' market with their cooperative = agroecology + intercooperation; a council programme for people of 16-29 = youth' }), async () => {
  const [a, b] = [P.prat1, P.prat2];
  const row = (pr) => [pr.title, pr.promoters.join('\n'), pr.expl, pr.contact.name, pr.contact.email, pr.tel];
  const buf = await docx([{ p: "Bones pràctiques de l'Ajuntament del Prat de Llobregat", style: 'Heading1' },
    { table: [[['Títol'], ['Entitats promotores'], ['Descripció'], ['Persona de contacte'], ['Correu'], ['Telèfon']].map(([t]) => [{ p: [{ t, b: true }] }]), row(a), row(b)], widths: [1400, 1500, 3300, 1300, 1300, 1100] }],
  { title: 'Bones practiques El Prat', creator: 'agomez' });
  const body = `Hola,

Us adjuntem una taula amb les dues pràctiques que presentem.

Gràcies,

Albert Gómez
Ajuntament del Prat de Llobregat`;
  return std({ host: 'correu.elprat.cat', ip: '192.0.2.208', at: 'Tue, 21 Apr 2020 16:44:20 +0200', id: '8B0D2F4A57', from: a.contact.email, name: a.contact.name, subject: 'Bones pràctiques El Prat', date: 'Tue, 21 Apr 2020 16:44:16 +0200', mid: '<e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9@elprat.cat>', extra: [TB],
    part: multi('mixed', [text(body), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Bones_practiques_ElPrat.docx' })], '------------7C9E1A3B5D7F9B1C3E5A7C9E') });
});

// ------------------------------------------------------------------ 009 English-label template in the body
add('009-bcn-plantilla-angles.eml', exp([P.bcn], { case: 'Catalan mail that pastes the English template of the council\'s European projects ("Name of the practice:", "Promoting bodies:", "Description:", "Contact person:", "E-mail:", "Phone:") with Catalan values; procurement with social clauses, the cooperatives\' federation = intercooperation' }), () => {
  const pr = P.bcn;
  const body = `Bon dia,

Us fem arribar la pràctica amb la plantilla que fem servir per als projectes europeus, espero que no us faci res que les etiquetes siguin en anglès.

Name of the practice: ${pr.title}
Promoting bodies: ${pr.promoters.join('; ')}
Description: ${pr.expl}
Contact person: ${pr.contact.name}
E-mail: ${pr.contact.email}
Phone: ${pr.tel}

Salutacions,

Marta Castells
Comissionat d'Economia Social, Desenvolupament Local i Consum
Ajuntament de Barcelona`;
  return std({ host: 'mx.bcn.cat', ip: '192.0.2.209', at: 'Wed, 22 Apr 2020 10:20:33 +0200', id: '9C1E3A5B68', from: pr.contact.email, name: pr.contact.name, subject: 'XMESS good practice - Barcelona', date: 'Wed, 22 Apr 2020 10:20:29 +0200', mid: '<AM0PR09MB42641F2A3B4C5D6E7F8091A2B3C4D@AM0PR09MB4264.eurprd09.prod.outlook.com>', extra: ['Content-Language: ca-ES'], part: text(body) });
});

// ------------------------------------------------------------------ 010 English-label DOCX with Spanish content
add('010-santcugat-docx-angles.eml', exp([P.santcugat], { case: 'DOCX in the council\'s English "Good practice sheet" template, bold labels (Title / Lead organisations / Summary / Contact: "name - e-mail - phone") with Spanish values; Spanish body; people of 18-30 = youth, with the ateneu cooperatiu' }), async () => {
  const pr = P.santcugat;
  const buf = await docx([{ p: 'Good practice sheet', style: 'Title' }, dLab('Title', pr.title), dLab('Lead organisations', pr.promoters.join(' and ')), dLab('Summary', pr.expl),
    dLab('Contact', `${pr.contact.name} - ${pr.contact.email} - ${pr.tel}`)], { title: 'Good practice sheet', creator: 'snavarro', lang: 'es-ES' });
  const body = `Buenos días,

Os adjunto la ficha de nuestra práctica. Está en la plantilla en inglés que usamos para la red europea, espero que os sirva.

Saludos,

Sergio Navarro
Ajuntament de Sant Cugat del Vallès`;
  return std({ host: 'correu.santcugat.cat', ip: '192.0.2.210', at: 'Wed, 22 Apr 2020 13:15:07 +0200', id: '0D2F4B6C79', from: pr.contact.email, name: pr.contact.name, subject: 'Buena práctica Sant Cugat', date: 'Wed, 22 Apr 2020 13:15:03 +0200', mid: '<003a01d6189f$1c2d3e40$54687ac0$@santcugat.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es'],
    part: multi('mixed', [text(body), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Good practice sheet - Sant Cugat.docx' })], '----=_NextPart_000_003B_01D618B0.DFB60E40') });
});

// ------------------------------------------------------------------ 011 S/MIME-signed mail from a comarcal council
add('011-selva-smime-signat.eml', exp([P.selva], { case: 'multipart/signed (S/MIME, smime.p7s) from a comarcal council signed with a public-administration certificate: Spanish labelled body (Título / Entidades promotoras with the council and three town councils / Descripción / Contacto) and a notice about the electronic signature; the p7s is not an unreadable attachment; several councils = intercooperation; electric vans = sustainable mobility' }), () => {
  const pr = P.selva;
  const body = `Buenos días,

Les enviamos la buena práctica del Consell Comarcal de la Selva.

Título: ${pr.title}
Entidades promotoras: ${pr.promoters.join(', ')}
Descripción: ${pr.expl}
Contacto: ${pr.contact.name} - ${pr.contact.email} - ${pr.tel}

Atentamente,

${pr.contact.name}
Àrea de Mobilitat
Consell Comarcal de la Selva

Aquest missatge està signat electrònicament amb un certificat de l'Agència Catalana de Certificació (CATCert).`;
  return std({ host: 'correu.selva.cat', ip: '192.0.2.211', at: 'Thu, 23 Apr 2020 08:41:26 +0200', id: '1E3A5C7D80', from: pr.contact.email, name: pr.contact.name, subject: 'Buena práctica - Consell Comarcal de la Selva', date: 'Thu, 23 Apr 2020 08:41:22 +0200', mid: '<5EA138F2.4070506@selva.cat>', extra: [TB],
    part: smimeSigned(text(body), 'selva', 'ms020406080907030105060208') });
});

// ------------------------------------------------------------------ 012 vCard and calendar invitation attached
add('012-cardedeu-vcard-invitacio.eml', exp([P.cardedeu], { case: 'labelled body (Nom / Promotors / Descripció / "Persona de contacte: jo mateixa, us adjunto la meva targeta") with an attached vCard (the only place with her phone) and an .ics invitation to visit the gardens; neither attachment is unreadable; organic gardening with an association' }), () => {
  const pr = P.cardedeu;
  const body = `Bon dia,

Us enviem la nostra bona pràctica:

Nom: ${pr.title}
Promotors: ${pr.promoters.join(' i ')}
Descripció: ${pr.expl}
Persona de contacte: jo mateixa, us adjunto la meva targeta amb les dades.

També us adjunto la convocatòria de la jornada de portes obertes dels horts, per si hi voleu venir.

Salutacions,
Eva Prat
Ajuntament de Cardedeu`;
  const card = vcard({ name: pr.contact.name, family: 'Prat Ballús', given: 'Eva', org: 'Ajuntament de Cardedeu;Serveis Socials', title: 'Tècnica de Serveis Socials', email: pr.contact.email, tel: pr.tel, adr: 'Plaça de l\'Ajuntament, 1;Cardedeu;;08440;Catalunya' });
  const inv = ics({ uid: '040000008200E00074C5B7101A82E00800000000C0F1A5D2@cardedeu.cat', summary: 'Portes obertes dels Horts Socials', start: '20200516T100000', end: '20200516T130000', organizer: { name: pr.contact.name, email: pr.contact.email }, attendee: XMESS, location: 'Horts Socials, camí del riu, Cardedeu' });
  return std({ host: 'correu.cardedeu.cat', ip: '192.0.2.212', at: 'Thu, 23 Apr 2020 12:02:50 +0200', id: '2F4B6D8E91', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Horts Socials Cardedeu', date: 'Thu, 23 Apr 2020 12:02:46 +0200', mid: '<000c01d61948$aa11bb20$fe3331b0$@cardedeu.cat>', extra: OUTLOOK,
    part: multi('mixed', [text(body), leaf({ type: 'text/x-vcard', charset: 'utf-8', cte: 'base64', body: card, filename: 'Eva Prat Ballús.vcf' }), leaf({ type: 'text/calendar', cte: 'base64', body: inv, filename: 'invite.ics', params: 'method=REQUEST' })], '----=_NextPart_000_000D_01D61959.6D9A8B20') });
});

// ------------------------------------------------------------------ 013 DOCX with tracked changes
add('013-mataro-docx-canvis-registrats.eml', exp([P.mataro], { case: 'DOCX sent with its tracked changes unaccepted (w:ins/w:del by a second author): the title replaced (old "Punt d\'Emprenedoria Social" deleted, new one inserted), a third promoter inserted, a sentence of the description deleted, the phone corrected; the ground truth is the document with the changes accepted' }), async () => {
  const pr = P.mataro;
  const buf = await docx([
    { p: 'Fitxa de bona pràctica', style: 'Heading1' },
    { p: [{ t: 'Títol: ', b: true }, { t: "Punt d'Emprenedoria Social", del: true }, { t: pr.title, ins: true }] },
    { p: [{ t: 'Entitats promotores: ', b: true }, { t: `${pr.promoters[0]}, ${pr.promoters[1]}` }, { t: ` i ${pr.promoters[2]}`, ins: true }] },
    { p: [{ t: 'Descripció: ', b: true }, { t: firstSentence(pr.expl) }, { t: " El projecte es va presentar al Ple de novembre i es finança amb el pressupost de Promoció Econòmica.", del: true }, { t: pr.expl.slice(firstSentence(pr.expl).length) }] },
    { p: [{ t: 'Persona de contacte: ', b: true }, { t: `${pr.contact.name} (${pr.contact.email}), tel. ` }, { t: '93 758 21 00', del: true }, { t: pr.tel, ins: true }] },
  ], { title: 'Fitxa Xarxa Emprèn', creator: 'iroca', revAuthor: 'Gemma Llobet (Alcaldia)' });
  const body = `Bon dia,

Adjunto la fitxa. L'ha revisada Alcaldia i hi ha deixat els canvis marcats; els podeu donar per bons.

Salutacions,

Ignasi Roca
Servei d'Ocupació i Promoció Econòmica
Ajuntament de Mataró`;
  return std({ host: 'correu.ajmataro.cat', ip: '192.0.2.213', at: 'Fri, 24 Apr 2020 09:27:31 +0200', id: '3A5C7E9F02', from: pr.contact.email, name: pr.contact.name, subject: 'Fitxa XMESS Mataró (revisada)', date: 'Fri, 24 Apr 2020 09:27:27 +0200', mid: '<1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@ajmataro.cat>', extra: [TB],
    part: multi('mixed', [text(body), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa_XarxaEmpren_revisada.docx' })], '------------0E2A4C6E8A0C2E4A6C8E0A2C') });
});

// ------------------------------------------------------------------ 014 forwarded as an attachment by a mailbox rule
add('014-ripollet-regla-bustia-generica.eml', exp([P.ripollet], { case: 'sent by the rule of a department\'s generic mailbox (From: Promoció Econòmica <promocioeconomica@ripollet.cat>, "[Reenviament automàtic]" subject, Auto-Submitted: auto-forwarded): a one-line automatic banner and the technician\'s original mail attached as message/rfc822 (labels Títol / Promotors / Descripció / Contacte); the contact is the technician; women in trades = feminism; with an installers\' cooperative' }), () => {
  const pr = P.ripollet;
  const inner = innerMessage({
    headers: { from: addr(pr.contact.name, pr.contact.email), to: 'Promoció Econòmica <promocioeconomica@ripollet.cat>', subject: 'Bona pràctica per a la XMESS', date: 'Fri, 24 Apr 2020 11:02:10 +0200', messageId: '<b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e@ripollet.cat>', extra: ['Content-Language: ca'] },
    part: text(`Hola,

Aquí va la pràctica per enviar a la XMESS:

Títol: ${pr.title}
Promotors: ${pr.promoters.join(' i ')}
Descripció: ${pr.expl}
Contacte: ${pr.contact.name}, ${pr.contact.email}, ${pr.tel}

Gràcies!
Sílvia`),
  });
  return std({ host: 'correu.ripollet.cat', ip: '192.0.2.214', at: 'Fri, 24 Apr 2020 11:02:14 +0200', id: '4B6D8F0A13', from: 'promocioeconomica@ripollet.cat', name: 'Promoció Econòmica', subject: '[Reenviament automàtic] Bona pràctica per a la XMESS', date: 'Fri, 24 Apr 2020 11:02:13 +0200', mid: '<fwd.1587718933.77@correu.ripollet.cat>', extra: ['Auto-Submitted: auto-forwarded', 'X-Forwarded-By: Zimbra filter rule'],
    part: multi('mixed', [text("Missatge reenviat automàticament per la bústia promocioeconomica@ripollet.cat.\n"), rfc822(inner, 'Bona pràctica per a la XMESS.eml')], '=_b2c1d0e9f8a7b6c5d4e3f2a1') });
});

// ------------------------------------------------------------------ 015 Catalan content under Spanish labels
add('015-tarrega-barreja-es-ca.eml', exp([P.tarrega], { case: 'mixed languages: Spanish greeting and Spanish labels (Nombre de la práctica / Promotores / Descripción / Persona de contacto / Teléfono), Catalan values, a Catalan closing; "des de l\'inici del confinament" = covid; Creu Roja and a cooperative = intercooperation' }), () => {
  const pr = P.tarrega;
  const body = `Buenos días,

Os enviamos la práctica (la descripción la tenemos en catalán, perdonad):

Nombre de la práctica: ${pr.title}
Promotores: ${pr.promoters.join(', ')}
Descripción: ${pr.expl}
Persona de contacto: ${pr.contact.name} (${pr.contact.email})
Teléfono: ${pr.tel}

Moltes gràcies,
Joan Farré
Ajuntament de Tàrrega`;
  return std({ host: 'correu.tarrega.cat', ip: '192.0.2.215', at: 'Fri, 24 Apr 2020 13:55:40 +0200', id: '5C7E9A1B24', from: pr.contact.email, name: pr.contact.name, subject: 'Práctica Tàrrega', date: 'Fri, 24 Apr 2020 13:55:36 +0200', mid: '<20200424115536.GA24117@correu.tarrega.cat>', extra: ['User-Agent: Mutt/1.10.1 (2018-07-13)'], part: leaf({ body, cte: '8bit' }) });
});

// ------------------------------------------------------------------ 016 long legal disclaimer with an ecological footer
const DISCLAIMER = `AVÍS LEGAL: Aquest missatge i els seus annexos són confidencials i s'adrecen exclusivament a la persona destinatària. Si l'heu rebut per error, us preguem que ho comuniqueu al remitent i que l'elimineu. D'acord amb el Reglament (UE) 2016/679 general de protecció de dades, us informem que les vostres dades formen part d'un fitxer responsabilitat de l'Ajuntament de Reus, amb la finalitat de gestionar les comunicacions. Podeu exercir els drets d'accés, rectificació, supressió, oposició i limitació adreçant-vos a l'Oficina d'Atenció Ciutadana.
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad del Ayuntamiento de Reus.
LEGAL NOTICE: This message and its attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
Abans d'imprimir aquest correu, penseu en el medi ambient i en la transició ecològica: estalvieu paper. Aquest ajuntament treballa per la igualtat de gènere i contra la violència masclista.`;
add('016-reus-avis-legal-llarg.eml', exp([P.reus], { case: 'a short labelled mail (Nom / Impulsa / En què consisteix / Contacte) under a legal disclaimer in three languages longer than the mail, whose last lines speak of the environment, the ecological transition and gender equality: the footer does not count; the practice is youth only (14-17), council alone' }), () => {
  const pr = P.reus;
  const body = `Bon dia,

Nom: ${pr.title}
Impulsa: ${pr.promoters[0]}
En què consisteix: ${pr.expl}
Contacte: ${pr.contact.name} · ${pr.contact.email} · ${pr.tel}

Salutacions,
Montserrat Gavaldà
Regidoria de Joventut

${DISCLAIMER}`;
  const html = `${OUTLOOK_HEAD}<body lang=CA><div class=WordSection1>${body.split('\n\n').slice(0, -1).map((x) => mso(x.split('\n').map(esc).join('<br>'))).join(mso('&nbsp;'))}${mso('&nbsp;')}${DISCLAIMER.split('\n').map((l) => `<p class=MsoNormal><span style="font-size:7.5pt;color:gray">${esc(l)}</span></p>`).join('')}</div></body></html>`;
  return std({ host: 'correu.reus.cat', ip: '192.0.2.216', at: 'Mon, 27 Apr 2020 10:40:12 +0200', id: '6D8F0B2C35', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Reus', date: 'Mon, 27 Apr 2020 10:40:08 +0200', mid: '<004e01d61c6b$4a5b6c70$def04550$@reus.cat>', extra: OUTLOOK,
    part: alt(body, html, '----=_NextPart_000_004F_01D61C7C.0DE43C70') });
});

// ------------------------------------------------------------------ 017 / 018 Amposta: a wrong phone corrected by a reply to our acknowledgement
const AMPOSTA_ID = '<CAH5x3f9Lq2Wd7Rt0Ys4Np8Ke1Mb6Vc=Zj@mail.gmail.com>';
const ampostaText = (pr, tel) => `Bon dia,

Us envio la bona pràctica d'Amposta.

Títol: ${pr.title}
Entitats: ${pr.promoters.join(' i ')}
Descripció: ${pr.expl}
Contacte: ${pr.contact.name}, ${pr.contact.email}, ${tel}

Salutacions,
Jaume Bertomeu
Ajuntament d'Amposta`;
add('017-amposta-telefon-erroni.eml', exp([P.amposta], { case: 'Gmail plain + HTML, labelled; the phone in the mail is wrong (977 70 00 65), corrected by the reply 018, so the expected practice has the corrected number; estat d\'alarma = covid, with a rice cooperative' }), () => {
  const pr = P.amposta;
  const t = ampostaText(pr, '977 70 00 65');
  return eml({
    received: [received('mail-wr1-f52.google.com', '209.85.221.52', 'Mon, 27 Apr 2020 12:18:40 +0200', '7E9A1C3D46')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: "Bona pràctica Amposta", date: 'Mon, 27 Apr 2020 12:18:31 +0200', messageId: AMPOSTA_ID },
    part: alt(t, `<div dir="ltr">${t.split('\n').map((l) => (l ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('')}</div>`, '000000000000a1b2c3d405a43c9e1f'),
  });
});
add('018-amposta-correccio-telefon.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '017-amposta-telefon-erroni.eml', case: 'Gmail reply to our acknowledgement of 017 (In-Reply-To = acknowledgement, References = 017 + acknowledgement): "m\'he equivocat en el telèfon, el bo és el 977 70 00 56", the acknowledgement quoted below with the wrong number: corrects 017\'s phone, no new practice' }, () => {
  const pr = P.amposta;
  const t = `Hola, m'he equivocat en el telèfon: el bo és el ${pr.tel}. La resta és correcte.

Gràcies,
Jaume

El dl., 27 d’abr. 2020 a les 12:19, Bones pràctiques XMESS (<${XMESS}>) va escriure:
${quote(`Gràcies per la vostra aportació. Hem registrat «${pr.title}».\n\n  Contacte: ${pr.contact.name} · ${pr.contact.email} · 977 70 00 65\n\nSi alguna dada no és correcta, contesteu aquest correu.`)}
`;
  return eml({
    received: [received('mail-wr1-f52.google.com', '209.85.221.52', 'Mon, 27 Apr 2020 13:02:15 +0200', '8F0B2D4E57')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Re: Confirmació de recepció: Bona pràctica Amposta', date: 'Mon, 27 Apr 2020 13:02:08 +0200', messageId: '<CAH5x3f9Rr7Kd2Wq1Ls0Hb9Ne4Tc3Vz=Pm@mail.gmail.com>', extra: [`In-Reply-To: ${ACK('27.1219.ab12cd34')}`, `References: ${AMPOSTA_ID} ${ACK('27.1219.ab12cd34')}`] },
    part: leaf({ body: t }),
  });
});

// ------------------------------------------------------------------ 019 two practices, Spanish, numbered with inline labels
add('019-castellar-dues-numerades-es.eml', exp([P.castellar1, P.castellar2], { case: 'Spanish plain text, two practices numbered "1)" and "2)" each with inline labels on one line per field (Nombre: / Promueve: / En qué consiste: / Contacto:), different contacts sharing the switchboard number; the first has no theme (premises for new cooperatives, council alone), the second = biomass + forest owners\' association' }), () => {
  const [a, b] = [P.castellar1, P.castellar2];
  const block = (n, pr) => `${n}) Nombre: ${pr.title}
   Promueve: ${pr.promoters.join(' y ')}
   En qué consiste: ${pr.expl}
   Contacto: ${pr.contact.name} (${pr.contact.email}), tel. ${pr.tel}`;
  const body = `Hola,

Desde el Ayuntamiento de Castellar del Vallès os enviamos dos prácticas:

${block(1, a)}

${block(2, b)}

Saludos cordiales,
Rosa M. Pons
Promoció Econòmica`;
  return std({ host: 'correu.castellarvalles.cat', ip: '192.0.2.219', at: 'Mon, 27 Apr 2020 17:09:03 +0200', id: '9A1C3E5F68', from: a.contact.email, name: a.contact.name, subject: 'Dos prácticas de Castellar del Vallès', date: 'Mon, 27 Apr 2020 17:08:59 +0200', mid: '<9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@castellarvalles.cat>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 020 forward of a forward (Gmail over Outlook, Spanish headers)
add('020-badalona-reenviament-encadenat.eml', exp([P.badalona], { case: 'forward of a forward: the mayor\'s office (Gmail-style "---------- Missatge reenviat ---------") forwards the councillor\'s Outlook forward ("-----Mensaje original----- De: / Enviado el: / Para: / Asunto:"), which holds the technician\'s mail with labels; the contact is the technician at the bottom, not the forwarders; single mothers = feminism; cooperative + families\' association' }), () => {
  const pr = P.badalona;
  const body = `Bon dia,

Per encàrrec de l'alcalde us reenvio la proposta de Badalona.

Cordialment,
Gabinet d'Alcaldia

---------- Missatge reenviat ---------
De: Regidoria de Feminismes <feminismes@badalona.cat>
Date: dl., 27 d’abr. 2020 a les 18:40
Subject: RV: Bona pràctica criança
To: Gabinet d'Alcaldia <alcaldia@badalona.cat>

Us la passo per enviar-la a la XMESS.

-----Mensaje original-----
De: ${pr.contact.name} <${pr.contact.email}>
Enviado el: lunes, 27 de abril de 2020 12:14
Para: Regidoria de Feminismes <feminismes@badalona.cat>
Asunto: Bona pràctica criança

Hola,

Títol: ${pr.title}
Entitats promotores: ${pr.promoters.join(', ')}
Descripció: ${pr.expl}
Contacte: ${pr.contact.name} · ${pr.contact.email} · ${pr.tel}

Lucía Martín
Servei d'Infància`;
  return std({ host: 'correu.badalona.cat', ip: '192.0.2.220', at: 'Tue, 28 Apr 2020 09:15:44 +0200', id: '0B2D4F6A79', from: 'alcaldia@badalona.cat', name: "Gabinet d'Alcaldia", subject: 'Fwd: RV: Bona pràctica criança', date: 'Tue, 28 Apr 2020 09:15:40 +0200', mid: '<CAK2m9Xp4Ws7Ld1Qr6Tz3Jb8Nc5Ve0Yh=Gf@mail.gmail.com>', part: text(body) });
});

// ------------------------------------------------------------------ 021 Spanish out-of-office
add('021-santboi-respuesta-automatica.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Spanish out-of-office from an Exchange server answering our reminder ("Respuesta automática: Recordatori…", Auto-Submitted: auto-replied, X-Auto-Response-Suppress) with a colleague\'s name, e-mail and phone: ignored' }, () => std({
  host: 'correu.santboi.cat', ip: '192.0.2.221', at: 'Tue, 28 Apr 2020 09:00:31 +0200', id: '1C3E5A7B80', from: 'mmolina@santboi.cat', name: 'Marta Molina', returnPath: '', subject: "Respuesta automática: Recordatori: recull de bones pràctiques d'ESS", date: 'Tue, 28 Apr 2020 07:00:30 +0000', mid: '<DB8PR01MB5Y21A4C3D2E1F0A9B8C7D6E5F4A3@DB8PR01MB5Y21.eurprd01.prod.outlook.com>',
  extra: ['In-Reply-To: <recordatori.20200428.0900.1a2b3c4d@xmess.example.org>', 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: es-ES'],
  part: text('Estaré fuera de la oficina hasta el 4 de mayo. Para cualquier asunto urgente pueden dirigirse a Jordi Ferrer (jferrer@santboi.cat, 93 635 12 00).\n\nMarta Molina'),
}));

// ------------------------------------------------------------------ 022 bounce of our acknowledgement
add('022-dsn-rebot-acusament.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'delivery status notification (multipart/report, message/delivery-status) from a council\'s mail server: our acknowledgement could not be delivered to a mistyped address; ignored' }, () => {
  const human = 'This is the mail system at host correu.argentona.cat.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jvila@argentona.ca>: Host or domain name not found. Name service error for\n    name=argentona.ca type=A: Host not found';
  const status = 'Reporting-MTA: dns; correu.argentona.cat\nArrival-Date: Tue, 28 Apr 2020 11:20:02 +0200\n\nFinal-Recipient: rfc822; jvila@argentona.ca\nAction: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found';
  return eml({
    received: [received('correu.argentona.cat', '192.0.2.222', 'Tue, 28 Apr 2020 11:20:03 +0200', '2D4F6B8C91')],
    headers: { returnPath: '', from: 'MAILER-DAEMON@correu.argentona.cat (Mail Delivery System)', to: XMESS, subject: 'Undelivered Mail Returned to Sender', date: 'Tue, 28 Apr 2020 11:20:03 +0200', messageId: '<20200428092003.4A1B2C3D4E@correu.argentona.cat>', extra: ['Auto-Submitted: auto-replied'] },
    part: multi('report', [leaf({ body: human, cte: '7bit', headers: ['Content-Description: Notification'] }), { head: 'Content-Description: Delivery report\nContent-Type: message/delivery-status', body: status },
      { head: 'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers', body: `From: ${XMESS}\nTo: jvila@argentona.ca\nSubject: Confirmacio de recepcio\nMessage-ID: <ack.20200428.1119.5c6d7e8f@xmess.example.org>` }], '4A1B2C3D4E.1588065603/correu.argentona.cat', ' report-type=delivery-status;'),
  });
});

// ------------------------------------------------------------------ 023 non-member, late
add('023-banyoles-no-membre-fora-termini.eml', exp([P.banyoles], { late: true, case: 'late (Mon 4 May) from a non-member council ("tot i que no som de la Xarxa i ja ha passat el termini"); Outlook HTML + text with bold labels on their own line and the value on the next; reuse at the recycling centre with an insertion cooperative' }), () => {
  const pr = P.banyoles;
  const fields = [['Nom de la pràctica', pr.title], ['Qui la impulsa', `${pr.promoters[0]} i ${pr.promoters[1]}`], ['Descripció', pr.expl], ['Contacte', `${pr.contact.name}\n${pr.contact.email}\n${pr.tel}`]];
  const t = `Bon dia,

Tot i que no som de la Xarxa i ja ha passat el termini, us enviem aquesta experiència per si us pot ser útil.

${fields.map(([k, v]) => `${k}\n${v}`).join('\n\n')}

Salutacions,
Marc Pujolràs
Ajuntament de Banyoles`;
  const html = `${OUTLOOK_HEAD}<body lang=CA><div class=WordSection1>${t.split('\n\n').map((x) => { const [k, ...v] = x.split('\n'); return fields.some(([f]) => f === k) ? mso(`<b>${esc(k)}</b>`) + mso(v.map(esc).join('<br>')) : mso(x.split('\n').map(esc).join('<br>')); }).join(mso('&nbsp;'))}</div></body></html>`;
  return std({ host: 'correu.banyoles.cat', ip: '192.0.2.223', at: 'Mon, 4 May 2020 10:11:12 +0200', id: '3E5A7C9D02', from: pr.contact.email, name: pr.contact.name, subject: 'Experiència Banyoles - Deixalleria Oberta', date: 'Mon, 4 May 2020 10:11:08 +0200', mid: '<005a01d621ee$0c1d2e30$24385a90$@banyoles.cat>', extra: OUTLOOK,
    part: alt(t, html, '----=_NextPart_000_005B_01D621FE.CFA5FE30') });
});

// ------------------------------------------------------------------ 024 scanned PDF
add('024-prats-pdf-escanejat.eml', { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'the only content is a scanned (image-only) PDF of the signed form from the office copier; the body just says it is attached: needs-review' }, async () => {
  const buf = await pdfScan(1404, { title: '' });
  return std({ host: 'correu.pratsdellucanes.cat', ip: '192.0.2.224', at: 'Tue, 28 Apr 2020 12:40:01 +0200', id: '4F6B8D0E13', from: 'ajuntament@pratsdellucanes.cat', name: 'Ajuntament de Prats de Lluçanès', subject: 'Fitxa signada XMESS', date: 'Tue, 28 Apr 2020 12:39:57 +0200', mid: '<20200428123957.7B8C9D@correu.pratsdellucanes.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.2'],
    part: multi('mixed', [text('Bon dia,\n\nUs adjuntem la fitxa signada i escanejada.\n\nAjuntament de Prats de Lluçanès'), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'SCAN_20200428_123512.pdf' })], '=_7c8d9e0f1a2b3c4d5e6f7a8b') });
});

// ------------------------------------------------------------------ 025 ODT with headings as labels
add('025-palafrugell-odt-encapcalaments.eml', exp([P.palafrugell], { case: 'ODT where every label is a Heading 2 ("Nom de la pràctica", "Entitats que la impulsen", "Descripció", "Persona de contacte") and the value the paragraph(s) below it, the promoters as a list and the contact on three lines; "quan el confinament va tancar les botigues" = covid; association and cooperative = intercooperation' }), async () => {
  const pr = P.palafrugell;
  const buf = await odt([{ h: 'Bona pràctica XMESS 2020 - Ajuntament de Palafrugell', level: 1 }, { h: 'Nom de la pràctica', level: 2 }, pr.title,
    { h: 'Entitats que la impulsen', level: 2 }, { list: pr.promoters }, { h: 'Descripció', level: 2 }, pr.expl,
    { h: 'Persona de contacte', level: 2 }, pr.contact.name, pr.contact.email, pr.tel]);
  return std({ host: 'correu.palafrugell.cat', ip: '192.0.2.225', at: 'Wed, 29 Apr 2020 09:55:20 +0200', id: '5A7C9E1F24', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Palafrugell', date: 'Wed, 29 Apr 2020 09:55:16 +0200', mid: '<8c9d0e1f-2a3b-4c5d-9e6f-7a8b9c0d1e2f@palafrugell.cat>', extra: [TB],
    part: multi('mixed', [text('Hola,\n\nUs envio la fitxa en format ODT.\n\nQuim'), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'bona_practica_palafrugell.odt' })], '------------1B3D5F7A9C1E3A5C7E9A1B3D') });
});

// ------------------------------------------------------------------ 026 HTML with an inline logo and an empty attachment
add('026-salt-logo-adjunt-buit.eml', exp([P.salt], { case: 'Apple Mail HTML inside multipart/related with an inline logo (cid:), labelled paragraphs (Títol / Promotors / Explicació / Persona de contacte), plus an empty "ATT00001.txt" added by a relay: neither the logo nor the empty file is an unreadable attachment; women of different origins = feminism/intersectionality; with an association' }), () => {
  const pr = P.salt;
  const lines = [['Títol', pr.title], ['Promotors', pr.promoters.join(' i ')], ['Explicació', pr.expl], ['Persona de contacte', `${pr.contact.name}, ${pr.contact.email}, ${pr.tel}`]];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word;" class=""><div class="">Bon dia,</div><div class=""><br class=""></div>${lines.map(([k, v]) => `<div class=""><b class="">${esc(k)}:</b> ${esc(v)}</div>`).join('')}<div class=""><br class=""></div><div class="">Salutacions,</div><div class=""><img src="cid:logo-salt@viladesalt.cat" alt="Ajuntament de Salt" width="120" height="40" class=""></div><div class="">Àrea de Promoció Econòmica</div></body></html>`;
  const logo = png(120, 40, 3, (x, y) => ((x + y) % 17 < 9 ? [180, 20, 40] : [255, 255, 255]));
  return std({ host: 'correu.viladesalt.cat', ip: '192.0.2.226', at: 'Wed, 29 Apr 2020 11:31:09 +0200', id: '6B8D0F2A35', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Salt', date: 'Wed, 29 Apr 2020 11:31:05 +0200', mid: '<3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7@viladesalt.cat>', extra: ['X-Mailer: Apple Mail (2.3608.80.23.2.2)'],
    part: multi('mixed', [multi('related', [leaf({ type: 'text/html', body: html }), leaf({ type: 'image/png', cte: 'base64', body: logo, filename: 'logo-salt.png', inline: true, headers: ['Content-Id: <logo-salt@viladesalt.cat>'] })], 'Apple-Mail=_2B3C4D5E-rel', ' type="text/html";'),
      leaf({ type: 'text/plain', cte: '7bit', body: '', filename: 'ATT00001.txt' })], 'Apple-Mail=_2B3C4D5E-mix') });
});

// ------------------------------------------------------------------ 027 consortium of several councils, windows-1252 quoted-printable
add('027-llucanes-consorci-windows1252.eml', exp([P.llucanes], { case: 'a consortium of councils writing in windows-1252 quoted-printable (Outlook 2010): labels "Actuació:", "Hi participen:" (the consortium and three town councils), "Descripció:", "Referent:" with name, e-mail and phone; several councils = intercooperation; solar energy community = renewable energy' }), () => {
  const pr = P.llucanes;
  const body = `Benvolguts,

Actuació: ${pr.title}
Hi participen: ${pr.promoters.join(', ')}
Descripció: ${pr.expl}
Referent: ${pr.contact.name}, ${pr.contact.email}, tel. ${pr.tel}

Atentament,

Anna Serrat
Consorci del Lluçanès`;
  return std({ host: 'correu.llucanes.cat', ip: '192.0.2.227', at: 'Wed, 29 Apr 2020 16:20:48 +0200', id: '7C9E1A3B46', from: pr.contact.email, name: pr.contact.name, subject: 'Bona pràctica Consorci del Lluçanès', date: 'Wed, 29 Apr 2020 16:20:44 +0200', mid: '<000601d61e3a$9a8b7c60$cfa27520$@llucanes.cat>', extra: ['X-Mailer: Microsoft Outlook 14.0', 'Content-Language: ca'],
    part: leaf({ body, charset: 'windows-1252' }) });
});

// ------------------------------------------------------------------ 028 Spanish council outside Catalonia, base64 body
add('028-pamplona-es-no-membre-base64.eml', exp([P.pamplona], { case: 'non-member Spanish council from outside Catalonia, base64 text/plain: Spanish labels of another template (Denominación de la iniciativa / Entidades impulsoras / Breve descripción / Persona de referencia with "Teléfono" and "Correo" sub-lines); the social-economy network = intercooperation' }), () => {
  const pr = P.pamplona;
  const body = `Buenos días:

Desde el Ayuntamiento de Pamplona/Iruña, aunque no formamos parte de vuestra red, os hacemos llegar esta experiencia por si es de interés para el recull.

Denominación de la iniciativa: ${pr.title}
Entidades impulsoras: ${pr.promoters.join(' y ')}
Breve descripción: ${pr.expl}
Persona de referencia: ${pr.contact.name}
   Teléfono: ${pr.tel}
   Correo: ${pr.contact.email}

Un saludo,
Área de Economía Social`;
  return std({ host: 'mta.pamplona.es', ip: '192.0.2.228', at: 'Thu, 30 Apr 2020 10:02:37 +0200', id: '8D0F2B4C57', from: pr.contact.email, name: pr.contact.name, subject: 'Experiencia Mercado Social - Ayuntamiento de Pamplona', date: 'Thu, 30 Apr 2020 10:02:33 +0200', mid: '<OF3A2B1C0D.9E8F7A6B-ONC1258555.002C1D2E@pamplona.es>', extra: ['X-Mailer: IBM Notes Release 9.0.1FP10'], part: leaf({ body, cte: 'base64' }) });
});

// ------------------------------------------------------------------ 029 the councillor responsible vs the technical contact
add('029-santquirze-regidora-i-tecnica.eml', exp([P.santquirze], { case: 'the councillor sends it and the mail names two people: "Regidora responsable:" (her) and "Persona tècnica de contacte:" (the technician, with e-mail and phone): the contact is the technician; green and social procurement guide = procurement + ecological (electric vehicles, recycled paper); council alone' }), () => {
  const pr = P.santquirze;
  const body = `Bon dia,

Us faig arribar la pràctica que presenta Sant Quirze del Vallès.

Títol: ${pr.title}
Entitat promotora: ${pr.promoters[0]}
Descripció: ${pr.expl}
Regidora responsable: Glòria Vidal Puig, regidora d'Hisenda i Contractació
Persona tècnica de contacte: ${pr.contact.name}, ${pr.contact.email}, ${pr.tel}

Salutacions cordials,

Glòria Vidal Puig
Regidora d'Hisenda i Contractació
Ajuntament de Sant Quirze del Vallès
gvidal@santquirzevalles.cat`;
  return std({ host: 'correu.santquirzevalles.cat', ip: '192.0.2.229', at: 'Thu, 30 Apr 2020 12:45:26 +0200', id: '9E1A3C5D68', from: 'gvidal@santquirzevalles.cat', name: 'Glòria Vidal Puig', subject: 'Bona pràctica Sant Quirze del Vallès', date: 'Thu, 30 Apr 2020 12:45:22 +0200', mid: '<0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@santquirzevalles.cat>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 030 title only in the subject, contact block apart, sent by a secretary
add('030-cerdanyola-titol-assumpte-bloc-contacte.eml', exp([P.cerdanyola], { case: 'the title only in the subject ("Proposta XMESS: Taller de Reparació Col·lectiva"); body: an unlabelled description paragraph, "L\'organitzem amb l\'Associació Restarters Vallès", then a "Dades de contacte" block with sub-labels (Nom i cognoms / Adreça electrònica / Telèfon mòbil); sent by the department\'s secretary, whose signature is not the contact; repair = waste reduction; with an association' }), () => {
  const pr = P.cerdanyola;
  const body = `Bon dia,

${pr.expl}

L'organitzem l'Ajuntament amb l'${pr.promoters[1]}.

Dades de contacte
Nom i cognoms: ${pr.contact.name}
Adreça electrònica: ${pr.contact.email}
Telèfon mòbil: ${pr.tel}

Atentament,

Rosa Vilaplana
Secretaria de l'Àrea de Medi Ambient
Ajuntament de Cerdanyola del Vallès
93 580 88 88`;
  return std({ host: 'correu.cerdanyola.cat', ip: '192.0.2.230', at: 'Thu, 30 Apr 2020 18:30:54 +0200', id: '0F2B4D6E79', from: 'rvilaplana@cerdanyola.cat', name: 'Rosa Vilaplana', subject: `Proposta XMESS: ${pr.title}`, date: 'Thu, 30 Apr 2020 18:30:50 +0200', mid: '<001101d61f12$7e8f9a00$7baeee00$@cerdanyola.cat>', extra: OUTLOOK, part: text(body) });
});

// ------------------------------------------------------------------ config
const municipalities = [
  ['Sobremunt', ['sobremunt.cat'], true], ['Sabadell', ['ajsabadell.cat', 'sabadell.cat'], true], ['Girona', ['ajgirona.cat', 'girona.cat'], true],
  ['Manresa', ['ajmanresa.cat', 'manresa.cat'], true], ['Vic', ['vic.cat'], true], ['Viladamat', ['viladamat.cat'], true],
  ['Cornellà de Llobregat', ['aj-cornella.cat', 'cornella.cat'], true], ['El Prat de Llobregat', ['elprat.cat'], true], ['Barcelona', ['bcn.cat', 'barcelona.cat'], true],
  ['Sant Cugat del Vallès', ['santcugat.cat'], true], ['Consell Comarcal de la Selva', ['selva.cat'], true], ['Cardedeu', ['cardedeu.cat'], true],
  ['Mataró', ['ajmataro.cat', 'mataro.cat'], true], ['Ripollet', ['ripollet.cat', 'ripollet.org'], true], ['Tàrrega', ['tarrega.cat'], true], ['Reus', ['reus.cat'], true],
  ['Amposta', ['amposta.cat'], true], ['Castellar del Vallès', ['castellarvalles.cat'], true], ['Badalona', ['badalona.cat'], true],
  ['Sant Boi de Llobregat', ['santboi.cat'], true], ['Argentona', ['argentona.cat'], true], ['Prats de Lluçanès', ['pratsdellucanes.cat'], true],
  ['Palafrugell', ['palafrugell.cat'], true], ['Salt', ['viladesalt.cat'], true], ['Consorci del Lluçanès', ['llucanes.cat'], true],
  ['Sant Quirze del Vallès', ['santquirzevalles.cat'], true], ['Cerdanyola del Vallès', ['cerdanyola.cat'], true],
  ['Banyoles', ['banyoles.cat'], false], ['Pamplona', ['pamplona.es'], false],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Roser Albiol Camps', email: 'roser.albiol@example.org', themes: ['public-procurement', 'ecological-transition'] },
  { name: 'Quim Estrada Vall', email: 'quim.estrada@example.org', themes: ['covid-response', 'intercooperation'] },
  { name: 'Iolanda Ferrés Oller', email: 'iolanda.ferres@example.org', themes: ['feminism-intersectionality', 'youth'] },
];

await writeCorpus(OUT, { name: 'heldout9', messages, municipalities, campaign, advisors });
