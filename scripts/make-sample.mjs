#!/usr/bin/env node
// Writes data/sample/: the sample mailbox a new user imports first (`xmess ingest data/sample`).
// Eight messages to the April 2020 call (deadline 2020-04-30T23:59:59+02:00) from real member
// councils of the network (domains of high confidence in shared/data/xmess-members.json), with
// invented people and practices: labels in plain text, an HTML table, Spanish, a PDF, a DOCX, an
// ODT that arrives late (2 May), two practices in one message and an out-of-office reply.
// Deterministic (fixed dates, boundaries and ids): the outputs are committed; rerun only to change them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer';
import { LABELS, buildDocxForm, buildOdtHeadings, buildPdf } from './make-fixtures.mjs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');
const TO = 'Bones pràctiques XMESS <bonespractiques@xmess.example.org>';
const CALL_ID = '<crida-bones-practiques-2020@xmess.example.org>';

/** A plain-text synthesis with the call's labels, as most councils wrote it. */
function labelled(sheet) {
  const L = LABELS[sheet.lang];
  const c = sheet.contact;
  return [
    `${L.title}: ${sheet.title}`,
    `${L.promoters}: ${sheet.promoters.join(', ')}`,
    `${L.summary}: ${sheet.summary.join(' ')}`,
    `${sheet.lang === 'ca' ? 'Contacte de la persona de referència' : 'Contacto de la persona de referencia'}:`,
    `   ${L.name}: ${c.name}`,
    `   ${L.role}: ${c.role}`,
    `   ${L.email}: ${c.email}`,
    `   ${L.phone}: ${c.phone}`,
  ].join('\n');
}

const castellar = {
  lang: 'ca', council: 'Ajuntament de Castellar del Vallès', title: 'Central de compres compartida per a entitats socials',
  promoters: ['Ajuntament de Castellar del Vallès', 'Cooperativa Proveïm Junts', "Federació d'Entitats del Castell"],
  summary: ["Arran de l'estat d'alarma per la Covid-19, l'Ajuntament i una cooperativa de consum han posat en marxa una central de compres que agrupa les comandes d'aliments, productes d'higiene i material de protecció de les entitats socials del municipi.",
    'Comprar junts ha abaratit els preus un 18% i ha garantit el subministrament durant el confinament.'],
  contact: { name: 'Ester Puigvert Calvet', role: "Tècnica d'Economia Social", email: 'epuigvert@castellarvalles.cat', phone: '93 555 61 14' },
};

const monjos = {
  lang: 'es', council: 'Ayuntamiento de Santa Margarida i els Monjos', title: 'Lavandería cooperativa para las residencias de mayores',
  promoters: ['Ayuntamiento de Santa Margarida i els Monjos', 'Cooperativa Bugada Neta', 'Fundación Camí Obert'],
  summary: ['Durante la pandemia de Covid-19, una cooperativa de inserción laboral lava y desinfecta a diario la ropa de las dos residencias de mayores del municipio, que se habían quedado sin servicio.',
    'El Ayuntamiento cedió las instalaciones y la fundación forma a las personas trabajadoras, diez mujeres en situación de desempleo de larga duración.'],
  contact: { name: 'Alberto Ruiz Medina', role: 'Técnico de Promoción Económica', email: 'aruiz@smmonjos.cat', phone: '93 555 83 27' },
};

const collbato = {
  lang: 'ca', council: 'Ajuntament de Collbató', title: 'Transport compartit a demanda per a la gent gran',
  promoters: ['Ajuntament de Collbató', 'Cooperativa Mou-te Verd'],
  summary: ["Una cooperativa de mobilitat sostenible gestiona dues furgonetes elèctriques que porten la gent gran de les urbanitzacions al centre de salut, al mercat i a l'estació, amb reserva per telèfon el dia abans.",
    "Durant el confinament el servei s'ha reconvertit en repartiment de medicaments i compres a domicili."],
  contact: { name: 'Jana Vilaró Puig', role: 'Tècnica de Mobilitat i Medi Ambient', email: 'jvilaro@collbato.cat', phone: '93 555 72 30' },
};

const artes = {
  lang: 'ca', council: "Ajuntament d'Artés", title: "Cooperativa d'estiu per a joves",
  promoters: ["Ajuntament d'Artés", 'Cooperativa Lleure Actiu', 'Associació Juvenil El Rovell'],
  summary: ['Cada estiu, una vintena de joves de 14 a 17 anys creen i gestionen durant dos mesos una cooperativa de serveis (jardineria, cura d\'animals, suport a la gent gran) amb l\'acompanyament d\'una cooperativa de lleure.',
    "El projecte té perspectiva de gènere: els equips són paritaris i les tasques de cura es valoren i es remuneren igual que les altres."],
  contact: { name: 'Oriol Pujadas Vall', role: 'Tècnic de Joventut i Ocupació', email: 'opujadas@artes.cat', phone: '93 555 74 05' },
};

const cabrils = {
  lang: 'ca', council: 'Ajuntament de Cabrils', title: "Banc d'eines compartides per a la pagesia",
  promoters: ['Ajuntament de Cabrils', 'Cooperativa Sembra Cabrils', 'Associació de Pagesos de la Riera'],
  summary: ["L'Ajuntament ha comprat maquinària agrícola que la cooperativa gestiona i lloga a preu de cost a les explotacions petites del municipi, que sols no la podrien pagar.",
    "El banc d'eines afavoreix el cultiu agroecològic i ha permès que tres joves s'hi incorporin com a pagesos."],
  contact: { name: 'Laura Estrada Oms', role: 'Tècnica de Desenvolupament Rural', email: 'lestrada@cabrils.cat', phone: '93 555 79 16' },
};

const bergueda = [
  {
    lang: 'ca', title: 'Xarxa comarcal de compostatge comunitari',
    promoters: ['Consell Comarcal del Berguedà', 'Cooperativa Humus Comú'],
    summary: ["Divuit illes de compostatge comunitari en nou pobles petits, gestionades per una cooperativa que forma el veïnat i recull el compost madur per a l'horta local. La xarxa ha reduït un 30% la fracció orgànica que arriba a la planta de tractament."],
    contact: { name: 'Carme Sala Riu', role: 'Tècnica de Medi Ambient', email: 'csala@ccbergueda.cat', phone: '93 555 90 21' },
  },
  {
    lang: 'ca', title: 'Bus cooperatiu per a estudiants de secundària',
    promoters: ['Consell Comarcal del Berguedà', "Associació de Famílies de l'Alt Berguedà", 'Cooperativa Rodes de Muntanya'],
    summary: ["Les famílies de l'alta muntanya i una cooperativa de transport han organitzat rutes compartides perquè els i les joves dels nuclis aïllats puguin anar a l'institut i a les activitats de la tarda sense dependre del cotxe familiar."],
    contact: { name: 'Adrià Coromina Serra', role: 'Tècnic de Joventut', email: 'acoromina@ccbergueda.cat', phone: '93 555 90 37' },
  },
];

/** Trace headers as our MX and the council's server would prepend them (RFC 5321 4.4), topmost = arrival. */
function trace(domain, sender, arrival, sent, id, ip) {
  return [
    `Return-Path: <${sender}>`,
    'Delivered-To: bonespractiques@xmess.example.org',
    `Received: from correu.${domain} (correu.${domain} [192.0.2.${ip}])`,
    `\tby mx.xmess.example.org (Postfix) with ESMTPS id ${id}`,
    `\tfor <bonespractiques@xmess.example.org>; ${arrival}`,
    `Received: from [198.51.100.${ip}] (unknown [198.51.100.${ip}])`,
    `\tby correu.${domain} (Postfix) with ESMTPSA id ${id.slice(0, 6)}; ${sent}`,
  ].join('\r\n');
}

const MESSAGES = [
  {
    file: '01-castellar-text.eml', domain: 'castellarvalles.cat', ip: 31, id: 'C1A4E2210B',
    from: 'Ester Puigvert Calvet <epuigvert@castellarvalles.cat>', sent: 'Tue, 14 Apr 2020 10:02:11 +0200', arrival: 'Tue, 14 Apr 2020 10:02:14 +0200',
    messageId: '<20200414100211.7F3A12B0@correu.castellarvalles.cat>', subject: 'Bona pràctica ESS - Castellar del Vallès',
    headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
    text: `Bon dia,\n\nUs fem arribar la bona pràctica de l'Ajuntament de Castellar del Vallès per al recull de la XMESS.\n\n${labelled(castellar)}\n\nSalutacions cordials,\n\nEster Puigvert Calvet\nTècnica d'Economia Social\nAjuntament de Castellar del Vallès\n`,
  },
  {
    file: '02-palau-html-taula.eml', domain: 'palauplegamans.cat', ip: 47, id: 'D47B90C1E2',
    from: 'Roger Pallarès Font <rpallares@palauplegamans.cat>', sent: 'Thu, 16 Apr 2020 12:40:05 +0200', arrival: 'Thu, 16 Apr 2020 12:40:09 +0200',
    messageId: '<CAF3x8Qm2pLk7vT0s9Yw1Rz4uJd6nEb5hGc@mail.gmail.com>', subject: 'Fitxa bona pràctica - Palau-solità i Plegamans',
    headers: { 'Content-Language': 'ca' },
    html: palauHtml(),
  },
  {
    file: '03-monjos-castella.eml', domain: 'smmonjos.cat', ip: 58, id: 'E58C01D2F3',
    from: 'Alberto Ruiz Medina <aruiz@smmonjos.cat>', sent: 'Mon, 20 Apr 2020 09:15:33 +0200', arrival: 'Mon, 20 Apr 2020 09:15:36 +0200',
    messageId: '<AM6PR0102MB3315A2F1C09E4D7B@AM6PR0102MB3315.eurprd01.prod.outlook.com>', subject: 'Buena práctica ESS - Ayuntamiento de Santa Margarida i els Monjos',
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'es-ES' },
    text: `Buenos días,\n\nOs hacemos llegar la buena práctica del Ayuntamiento de Santa Margarida i els Monjos:\n\n${labelled(monjos)}\n\nUn saludo,\n\nAlberto Ruiz Medina\nPromoción Económica - Ayuntamiento de Santa Margarida i els Monjos\n`,
  },
  {
    file: '04-collbato-pdf.eml', domain: 'collbato.cat', ip: 62, id: 'F62D12E3A4',
    from: 'Jana Vilaró Puig <jvilaro@collbato.cat>', sent: 'Wed, 22 Apr 2020 13:05:47 +0200', arrival: 'Wed, 22 Apr 2020 13:05:52 +0200',
    messageId: '<AM0PR0102MB4410B7C2E1F04A19@AM0PR0102MB4410.eurprd01.prod.outlook.com>', subject: 'Bona pràctica Collbató: transport compartit',
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'ca-ES' },
    text: 'Bon dia,\n\nAdjuntem la fitxa de la nostra bona pràctica.\n\nGràcies,\n\nJana Vilaró\nAjuntament de Collbató\n',
    attach: async () => ({ filename: 'Fitxa_bona_practica_Collbato.pdf', contentType: 'application/pdf', content: await buildPdf(collbato) }),
  },
  {
    file: '05-artes-docx.eml', domain: 'artes.cat', ip: 75, id: 'A75E23F4B5',
    from: 'Oriol Pujadas Vall <opujadas@artes.cat>', sent: 'Fri, 24 Apr 2020 11:20:09 +0200', arrival: 'Fri, 24 Apr 2020 11:20:15 +0200',
    messageId: '<5EA2AF09.3040708@artes.cat>', subject: 'Fitxa XMESS - Artés',
    headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
    text: "Hola,\n\nUs envio la fitxa de bona pràctica de l'Ajuntament d'Artés.\n\nSalut!\nOriol\n",
    attach: async () => ({ filename: 'fitxa_XMESS_Artes.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: await buildDocxForm(artes) }),
  },
  {
    file: '06-bergueda-dues-practiques.eml', domain: 'ccbergueda.cat', ip: 88, id: 'B88F34A5C6',
    from: 'Carme Sala Riu <csala@ccbergueda.cat>', sent: 'Tue, 28 Apr 2020 17:48:12 +0200', arrival: 'Tue, 28 Apr 2020 17:48:20 +0200',
    messageId: '<DB8PR0102MB5521C3D4E5F6A7B8@DB8PR0102MB5521.eurprd01.prod.outlook.com>', subject: 'Dues bones pràctiques del Consell Comarcal del Berguedà',
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'ca-ES' },
    text: `Bona tarda,\n\nDes del Consell Comarcal del Berguedà us presentem dues bones pràctiques:\n\nBONA PRÀCTICA 1\n\n${labelled(bergueda[0])}\n\nBONA PRÀCTICA 2\n\n${labelled(bergueda[1])}\n\nMoltes gràcies,\n\nCarme Sala Riu\nÀrea de Medi Ambient - Consell Comarcal del Berguedà\n`,
  },
  {
    // Arrives on 2 May: after the deadline of 30 April 23:59:59 +02:00.
    file: '07-cabrils-odt-fora-termini.eml', domain: 'cabrils.cat', ip: 93, id: 'C93A45B6D7',
    from: 'Laura Estrada Oms <lestrada@cabrils.cat>', sent: 'Sat, 2 May 2020 09:12:31 +0200', arrival: 'Sat, 2 May 2020 09:12:40 +0200',
    messageId: '<2f4c9e1a-77b3-4d2e-9a51-0c8e6b3d1f20@cabrils.cat>', subject: 'Bona pràctica Cabrils (disculpeu el retard)',
    headers: { 'User-Agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
    text: "Bon dia,\n\nSabem que el termini va acabar el 30 d'abril: us fem arribar igualment la nostra fitxa, per si encara la podeu tenir en compte.\n\nUna abraçada,\n\nLaura Estrada Oms\nAjuntament de Cabrils\n",
    attach: async () => ({ filename: 'bona-practica-cabrils.odt', contentType: 'application/vnd.oasis.opendocument.text', content: await buildOdtHeadings(cabrils) }),
  },
  {
    file: '08-navas-resposta-automatica.eml', domain: 'navas.cat', ip: 104, id: 'D04B56C7E8',
    from: 'Pilar Genís Roca <pgenis@navas.cat>', sent: 'Mon, 20 Apr 2020 08:01:02 +0200', arrival: 'Mon, 20 Apr 2020 08:01:04 +0200',
    messageId: '<autoreply.20200420080102.5521@navas.cat>', subject: 'Resposta automàtica: Recull de bones pràctiques en economia social i solidària',
    // RFC 3834: an automatic reply says so, and answers the message it replies to.
    headers: { 'Auto-Submitted': 'auto-replied (vacation)', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'bulk', 'In-Reply-To': CALL_ID, 'References': CALL_ID },
    text: "Bon dia,\n\nFins al 27 d'abril estaré fora de l'oficina amb accés limitat al correu. Per a temes urgents podeu escriure a promociolocal@navas.cat.\n\nSalutacions,\nPilar Genís\n",
  },
];

function palauHtml() {
  const row = (label, value) => `<tr><td style="background:#eef3e8;width:32%;vertical-align:top"><b>${label}</b></td><td>${value}</td></tr>`;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div dir="ltr"><div>Benvolgudes,</div><div><br></div>
<div>Us fem arribar la fitxa de la bona pràctica de l'Ajuntament de Palau-solità i Plegamans:</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;width:100%">
${row('Títol', "Viver cooperatiu a l'antiga fàbrica tèxtil")}
${row('Organitzacions promotores', "Ajuntament de Palau-solità i Plegamans<br>Cooperativa Impulsa Comú<br>Associació d'Empreses del Polígon Nord")}
${row('Breu explicació', "L'Ajuntament ha rehabilitat una nau industrial en desús com a viver per a cooperatives de nova creació, que hi disposen d'espai a preu reduït i de l'acompanyament d'una cooperativa de serveis a les empreses. Des del 2018 s'hi han allotjat nou projectes que donen feina a 31 persones, la majoria dones.")}
${row('Contacte de la persona de referència', 'Nom: Roger Pallarès Font<br>Càrrec: Tècnic de Promoció Econòmica<br>Correu electrònic: <a href="mailto:rpallares@palauplegamans.cat">rpallares@palauplegamans.cat</a><br>Telèfon: 93 555 64 48')}
</table>
<div><br></div><div>Quedem a la vostra disposició.</div><div><br></div>
<div>Roger Pallarès Font<br>Promoció Econòmica | Ajuntament de Palau-solità i Plegamans</div></div>
</body></html>`;
}

async function build(message, index) {
  const [fromName, address] = /^(.*) <(.*)>$/.exec(message.from).slice(1);
  const composer = new MailComposer({
    from: { name: fromName, address }, to: TO, subject: message.subject, date: message.sent, messageId: message.messageId,
    headers: message.headers, text: message.text, html: message.html,
    attachments: message.attach ? [await message.attach()] : [],
    // Fixed boundaries, so reruns write identical files.
    baseBoundary: `xmess-sample-${index + 1}`,
  });
  const mime = await composer.compile().build();
  return Buffer.concat([Buffer.from(`${trace(message.domain, address, message.arrival, message.sent, message.id, message.ip)}\r\n`), mime]);
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [index, message] of MESSAGES.entries()) {
    const bytes = await build(message, index);
    writeFileSync(join(OUT_DIR, message.file), bytes);
    console.log(`${String(bytes.length).padStart(7)}  data/sample/${message.file}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
