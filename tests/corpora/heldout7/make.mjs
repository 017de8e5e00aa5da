#!/usr/bin/env node
// Writes tests/fixtures/heldout7/: a seventh blind held-out corpus (30 .eml, config/, expected.json).
// Written without reading the extractor: the ground truth is what a careful human coordinator records
// from each mail. Emphasis, different from heldout6: Markdown-ish plain text ("## " headings, "**bold**"
// labels), HTML tables (two-column label/value, and one row per practice), four short practices as
// "- Name: description" bullets, a PDF whose page 1 is a cover letter and page 2 the sheet, a DOCX whose
// labels sit in the first column of a table under a "Camp | Contingut" header, a Spanish ODT with heading
// labels, answers to the network's questions written as Q&A, a one-line mail with a well-formed PDF, a
// synthesis that is only the subject plus two sentences, contacts introduced as "Responsable tècnic/a:",
// "Interlocutora:", "Per a dubtes:", phones as "93.814.00.22", "+34 655-218-904", "ext. 12", a reply that
// corrects the title, a second submission from the same council the next day, a Spanish Exchange
// auto-reply in a practice's thread, a Gmail vacation reply, a Postfix DSN carrying our reminder, a
// "Precedence: bulk" mailing, a mail dated 30 April that reached the mailbox after midnight, one clearly
// late, a non-member council, and themes often only implied.
// Deterministic: fixed dates, fixed MIME boundaries, fixed zip timestamps (docx output re-zipped with its
// core-properties dates fixed), fixed PDF metadata (pdfkit derives the file ID from it).
// Usage: node tests/corpora/heldout7/make.mjs

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { XMESS, TO, encWord, addr, leaf, multi, received, headerBlock, eml, cp1252, flowed, zipOf, firstSentence, esc, DOCX_TYPE, ODT_TYPE, writeCorpus, pdfRaw, quote, mailto } from '../lib/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout7');
const REMINDER_ID = '<recordatori.20200424.0900.b7e14c02@xmess.example.org>';
const REMINDER_SUBJECT = "Recordatori: recull de bones pràctiques d'ESS (termini 30 d'abril)";

// ------------------------------------------------------------------ documents

// DOCX made with the `docx` package, re-zipped with fixed entry dates and fixed created/modified stamps
async function docxFixed(children, { title, creator }) {
  const doc = new Document({ creator, title, lastModifiedBy: creator, styles: { default: { document: { run: { font: 'Arial', size: 21 } } } }, sections: [{ properties: {}, children }] });
  const z = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const files = [];
  for (const name of Object.keys(z.files).sort()) {
    if (z.files[name].dir) continue;
    let content = await z.file(name).async('nodebuffer');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*/, '$12020-04-16T15:02:00Z')
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, '$12020-04-17T17:48:00Z'), 'utf8');
    }
    files.push([name, content]);
  }
  return zipOf(files);
}
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '808080' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const dCell = (text, { bold = false, width, fill, span } = {}) => new TableCell({
  borders: BORDERS,
  ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
  ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  ...(span ? { columnSpan: span } : {}),
  children: String(text).split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, bold })] })),
});

// OpenDocument text written by hand (what LibreOffice stores, reduced)
const ODT_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
async function odtDoc(bodyXml, { lang = 'es', created = '2020-04-17T09:20:00', modified = '2020-04-20T12:55:00' } = {}) {
  const auto = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
    + '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#595959"/></style:style>'
    + '<style:style style:name="L1" style:family="list"/>';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODT_NS} office:version="1.2"><office:automatic-styles>${auto}</office:automatic-styles><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODT_NS} office:version="1.2"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:language="${lang}" fo:country="ES"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#1F4E79"/></style:style></office:styles></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:generator>LibreOffice/6.4.2.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator><meta:creation-date>${created}</meta:creation-date><dc:date>${modified}</dc:date><dc:language>${lang}-ES</dc:language></office:meta></office:document-meta>`;
  return zipOf([
    ['mimetype', ODT_TYPE, { compression: 'STORE' }],
    ['META-INF/manifest.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODT_TYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`],
    ['content.xml', content],
    ['styles.xml', styles],
    ['meta.xml', meta],
  ]);
}
const oP = (t, style) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${esc(t)}</text:p>`;
const oH2 = (t) => `<text:h text:style-name="Heading_20_2" text:outline-level="2">${esc(t)}</text:h>`;
const oList = (items) => `<text:list text:style-name="L1">${items.map((x) => `<text:list-item><text:p>${esc(x)}</text:p></text:list-item>`).join('')}</text:list>`;

// PDF with pdfkit's standard fonts and fixed metadata
function pdf(draw, { title, author, creator = 'Microsoft® Word 2016', producer = 'Microsoft® Word 2016' }) {
  return pdfRaw(draw, { size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 }, info: { Title: title, Author: author, Creator: creator, Producer: producer, CreationDate: new Date('2020-04-16T14:05:00Z'), ModDate: new Date('2020-04-16T14:05:00Z') } });
}

// ------------------------------------------------------------------ practices
// `tel` is the phone as written; `phone` (when set) the number a coordinator records (no extension).
// The expected summary is the first sentence of `expl`.
const P = {};
const practice = (key, o) => { P[key] = o; };

practice('sabadell1', {
  title: 'Manetes: cooperativa de dones lampistes i electricistes',
  promoters: ['Ajuntament de Sabadell', 'Cooperativa Manetes de Torre-romeu', 'Associació de Veïns de Torre-romeu'],
  expl: "Onze dones del barri de Torre-romeu, la majoria sense cap contracte laboral previ, s'han format com a lampistes, electricistes i pintores i han constituït una cooperativa que fa petites reparacions a domicili. Molts dels encàrrecs vénen de dones grans que viuen soles i que se senten més tranquil·les si qui els entra a casa és una altra dona. L'Ajuntament ha pagat la formació i les primeres eines, i l'associació de veïns va fer la crida al barri i acompanya el grup des de l'inici.",
  contact: { name: 'Rut Camprodon Bayés', email: 'rcamprodon@ajsabadell.cat' }, tel: '93 745 31 86',
  municipality: 'Sabadell', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('sabadell2', {
  title: 'Bolquers de roba a les escoles bressol municipals',
  promoters: ['Ajuntament de Sabadell', 'Cooperativa Bugaderia Cotó Net'],
  expl: "Les onze escoles bressol municipals han deixat de fer servir bolquers d'un sol ús i ara utilitzen bolquers de roba, que una cooperativa de bugaderia recull, renta i torna cada dia. Cada escola s'estalvia unes cinc tones de residus l'any i la cooperativa hi ha creat quatre llocs de treball. Les famílies que ho volen poden contractar el mateix servei per a casa a un preu reduït.",
  contact: { name: 'Ot Berenguer Vives', email: 'oberenguer@ajsabadell.cat' }, tel: '670 41 92 35',
  municipality: 'Sabadell', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cornella', {
  title: "Poliesportiu de Sant Ildefons: gestió cooperativa d'una instal·lació esportiva municipal",
  promoters: ['Ajuntament de Cornellà de Llobregat', 'Cooperativa Esportiva Almeda Coop'],
  expl: "Des del 2018, el poliesportiu del barri de Sant Ildefons el gestiona una cooperativa de treball formada per quinze monitors i monitores del mateix barri, que fins llavors encadenaven contractes temporals amb diferents empreses. L'Ajuntament li ha cedit la gestió per conveni durant deu anys a canvi de mantenir quotes socials per a les famílies amb menys recursos i d'obrir la instal·lació a les entitats del barri. El nombre de persones abonades ha passat de 1.900 a 2.700.",
  contact: { name: 'Remei Cabané Soria', email: 'rcabane@aj-cornella.cat' }, tel: '93 474 19 36',
  municipality: 'Cornellà de Llobregat', member: true, themes: ['intercooperation'],
});
practice('prat1', {
  title: 'Flota elèctrica obligatòria al contracte de neteja viària',
  promoters: ['Ajuntament del Prat de Llobregat'],
  expl: "El nou contracte de neteja viària obliga l'empresa adjudicatària a fer servir només vehicles elèctrics i bicicletes de càrrega, i a contractar un 10% de la plantilla entre persones en situació d'atur de llarga durada. Els plecs també puntuen que l'electricitat de les cotxeres sigui d'origen renovable.",
  contact: { name: 'Jaume Pladevall Mir', email: 'jpladevall@elprat.cat' }, tel: '93 379 00 50 ext. 5213', phone: '93 379 00 50',
  municipality: 'El Prat de Llobregat', member: true, themes: ['public-procurement', 'ecological-transition'],
});
practice('prat2', {
  title: "Platja Jove: cooperativa d'estiu al litoral del Prat",
  promoters: ['Ajuntament del Prat de Llobregat', 'Fundació Marinada Inserció'],
  expl: "Nou nois i noies de 18 a 25 anys, organitzats en una cooperativa d'estiu, gestionen de juny a setembre el punt d'informació, el préstec de cadires amfíbies i el manteniment de les passeres de les platges. La fundació els forma durant la primavera i els acompanya en la gestió de la cooperativa.",
  contact: { name: 'Oriol Tatjé Bonet', email: 'otatje@elprat.cat' }, tel: '628 30 15 77',
  municipality: 'El Prat de Llobregat', member: true, themes: ['intercooperation', 'youth'],
});
practice('prat3', {
  title: "Taxi Solidari: repartiment d'aliments a les famílies confinades",
  promoters: ['Ajuntament del Prat de Llobregat', 'Associació de Taxistes del Prat'],
  expl: "Des de l'estat d'alarma, una vintena de taxistes del municipi que s'havien quedat sense feina per la caiguda dels vols a l'aeroport reparteixen cada dia els lots del banc d'aliments i dels menjadors socials a les famílies que no poden sortir de casa. L'Ajuntament els paga el quilometratge i l'associació organitza les rutes.",
  contact: { name: 'Lídia Moragues Pastor', email: 'lmoragues@elprat.cat' }, tel: '93 379 00 50 ext. 5240', phone: '93 379 00 50',
  municipality: 'El Prat de Llobregat', member: true, themes: ['covid-response', 'intercooperation'],
});
const MANLLEU_CONTACT = { name: 'Carla Pujolràs Vinyes', email: 'cpujolras@manlleu.cat' };
practice('manlleu1', {
  title: 'Joguines de Tornada',
  promoters: ['Ajuntament de Manlleu', 'Associació de Famílies del Ter'],
  expl: "bescanvi de joguines abans de Nadal en què les famílies porten les joguines que ja no fan servir, el voluntariat de l'Associació de Famílies del Ter les revisa i les neteja, i la setmana abans de Nadal qualsevol família se les pot endur a canvi d'un donatiu voluntari.",
  contact: MANLLEU_CONTACT, tel: '639 27 58 14',
  municipality: 'Manlleu', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('manlleu2', {
  title: 'Acompanyament a la creació de cooperatives',
  promoters: ['Ajuntament de Manlleu'],
  expl: "un tècnic municipal acompanya gratuïtament els grups que volen constituir una cooperativa, des del pla d'empresa fins a la inscripció al registre.",
  contact: MANLLEU_CONTACT, tel: '639 27 58 14',
  municipality: 'Manlleu', member: true, themes: [],
});
practice('manlleu3', {
  title: 'Bugaderia de la residència reservada a un centre especial de treball',
  promoters: ['Ajuntament de Manlleu'],
  expl: "el contracte del servei de bugaderia de la residència municipal de gent gran s'ha reservat per primera vegada a centres especials de treball, per un import de 180.000 euros en tres anys.",
  contact: MANLLEU_CONTACT, tel: '639 27 58 14',
  municipality: 'Manlleu', member: true, themes: ['public-procurement'],
});
practice('manlleu4', {
  title: "Local d'assaig per a grups de música joves",
  promoters: ['Ajuntament de Manlleu', 'Cooperativa Cultural So de Ter'],
  expl: "local d'assaig i estudi de gravació municipal on grups de música de nois i noies de 14 a 25 anys assagen a preu simbòlic, gestionat per la Cooperativa Cultural So de Ter, que també els programa concerts.",
  contact: MANLLEU_CONTACT, tel: '639 27 58 14',
  municipality: 'Manlleu', member: true, themes: ['intercooperation', 'youth'],
});
practice('santcugat', {
  title: 'Codi Violeta: formació tecnològica per a dones en atur',
  promoters: ['Ajuntament de Sant Cugat del Vallès', 'Cooperativa Tecnològica Bit Lliure', 'Associació Programadores del Vallès'],
  expl: "Vint-i-dues dones de més de 40 anys en situació d'atur de llarga durada han fet un curs de sis mesos de desenvolupament web i suport informàtic impartit per la cooperativa, amb pràctiques remunerades en cooperatives i entitats de la ciutat. L'associació fa de mentora de cada alumna i treballa perquè les empreses del sector, on només hi ha un 15% de dones, les tinguin en compte. De la primera promoció, catorze alumnes ja treballen al sector i quatre s'han fet sòcies de la cooperativa.",
  contact: { name: 'Anaïs Roura Pelegrí', email: 'aroura@santcugat.cat' }, tel: '617 90 34 28',
  municipality: 'Sant Cugat del Vallès', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('vilanova', {
  title: 'Al polígon en bici: flota compartida de bicicletes elèctriques',
  promoters: ['Ajuntament de Vilanova i la Geltrú', 'Cooperativa Roda Lliure Garraf', 'Associació Empresarial del Polígon Domenys'],
  expl: "Les empreses del polígon de Domenys posen a disposició de la seva plantilla una flota de 60 bicicletes elèctriques compartides, amb estacions a l'estació de tren, al centre i a les naus, perquè els treballadors deixin el cotxe a casa. La cooperativa en fa el manteniment i gestiona les reserves amb una aplicació de programari lliure, i l'Ajuntament ha construït el tram de carril bici que faltava fins al polígon. En sis mesos s'han fet 9.300 trajectes.",
  contact: { name: 'Marçal Quintana Puig', email: 'mquintana@vilanova.cat' }, tel: '93.814.00.22',
  municipality: 'Vilanova i la Geltrú', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('santadria', {
  title: 'Del Aceite al Jabón: recogida de aceite de cocina usado con inserción laboral',
  promoters: ['Ayuntamiento de Sant Adrià de Besòs', 'Cooperativa Reoli Besòs', 'Asociación de Vecinos de La Catalana'],
  expl: "En 60 comercios, escuelas y portales del municipio se han instalado contenedores para depositar el aceite de cocina usado, que una cooperativa de inserción recoge cada semana y transforma en jabón y detergente en su taller del polígono. La asociación de vecinos ha hecho la campaña puerta a puerta para explicar por qué no hay que tirar el aceite por el fregadero, y los productos se venden en los mercados municipales. En 2019 se recogieron 21.000 litros de aceite y se contrataron cinco personas en proceso de inserción.",
  contact: { name: 'Rubén Castaño Vera', email: 'rcastano@sant-adria.net' }, tel: '93 462 61 54',
  municipality: 'Sant Adrià de Besòs', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('palafrugell', {
  title: 'Llotja Jove: formació en oficis del mar per a joves',
  promoters: ['Ajuntament de Palafrugell', 'Cooperativa Mar Endins', 'Associació Gent de Mar de Llafranc'],
  expl: "Durant sis mesos, un grup de dotze joves de 17 a 24 anys que han deixat els estudis aprenen a reparar xarxes, a fer el manteniment de les embarcacions i a treballar a la llotja, amb pràctiques a les barques dels pescadors de Calella i Llafranc. La cooperativa organitza la formació i contracta una part de l'alumnat per a la temporada, i l'associació aporta pescadors jubilats que fan de mentors. De les dues primeres edicions, 15 joves han trobat feina al sector.",
  contact: { name: 'Blanca Vilaseca Pi', email: 'bvilaseca@palafrugell.cat' }, tel: '972 61 18 20',
  municipality: 'Palafrugell', member: true, themes: ['intercooperation', 'youth'],
});
practice('santboi', {
  title: 'Poda Circular: les restes de poda dels parcs tornen a la terra',
  promoters: ['Ajuntament de Sant Boi de Llobregat', 'Fundació Tornaveu Inserció'],
  expl: "Les restes de la poda dels parcs i dels arbres dels carrers, que abans es portaven a l'abocador, ara les tritura una brigada de la fundació d'inserció, que en fa encenall per cobrir els parterres i compost per als horts municipals. A la brigada hi treballen nou persones en procés d'inserció laboral, derivades pels serveis socials municipals. El 2019 es van aprofitar 1.400 tones de restes vegetals.",
  contact: { name: 'Ester Manzano Ribó', email: 'emanzano@santboi.cat' }, tel: '636 52 18 09',
  municipality: 'Sant Boi de Llobregat', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('santacoloma', {
  title: 'Xarxa Wifi Solidària del Fondo',
  promoters: ['Ajuntament de Santa Coloma de Gramenet', 'Cooperativa Antena Oberta'],
  expl: "Durant el confinament, l'Ajuntament i la cooperativa de telecomunicacions Antena Oberta han instal·lat antenes comunitàries que donen connexió gratuïta a 65 pisos del Fondo on viuen alumnes d'ESO que no podien seguir les classes en línia. Els pisos els han triat els serveis socials a partir dels llistats que han fet arribar els tres instituts del barri.",
  contact: { name: 'Oriol Bardají Soto', email: 'obardaji@gramenet.cat' }, tel: '699 14 03 52',
  municipality: 'Santa Coloma de Gramenet', member: true, themes: ['covid-response', 'intercooperation', 'youth'],
});
practice('reus', {
  title: 'Comerç just als contractes de subministrament municipals',
  promoters: ['Ajuntament de Reus', 'Coordinadora de Comerç Just del Baix Camp'],
  expl: "Des del 2019, els contractes de subministrament de cafè, sucre i infusions per a les cafeteries i les màquines dels equipaments municipals, i el de la roba de treball de la brigada, exigeixen productes amb segell de comerç just. La coordinadora va assessorar el Servei de Contractació en la redacció dels plecs i comprova cada any que els productes lliurats compleixen les condicions. Els contractes sumen 210.000 euros anuals.",
  contact: { name: 'Aurora Clavé Masdéu', email: 'aclave@reus.cat' }, tel: '977 010 624',
  municipality: 'Reus', member: true, themes: ['intercooperation', 'public-procurement'],
});
practice('cerdanyola', {
  title: "Cangurs Essencials: cura d'infants per a treballadores de serveis essencials",
  promoters: ['Ajuntament de Cerdanyola del Vallès', 'Cooperativa de Lleure Picarol'],
  expl: "Des que es va decretar l'estat d'alarma, les educadores de la cooperativa de lleure cuiden a domicili els fills i filles de les treballadores de residències, supermercats i serveis de neteja que no poden teletreballar ni deixar els infants a l'escola. El servei és gratuït, dona prioritat a les famílies monomarentals i parteix del fet que la major part d'aquestes treballadores són dones que sostenen soles les cures. Fins ara s'hi han atès 58 famílies.",
  contact: { name: 'Sara Llorach Domènech', email: 'sllorach@cerdanyola.cat' }, tel: '+34 655-218-904',
  municipality: 'Cerdanyola del Vallès', member: true, themes: ['covid-response', 'intercooperation', 'feminism-intersectionality'],
});
practice('castellar', {
  title: 'Ona Jove: cooperativa escolar de ràdio',
  promoters: ['Ajuntament de Castellar del Vallès', 'Associació Educativa Cooperem al Vallès'],
  expl: "Un grup de divuit alumnes de 4t d'ESO i de batxillerat ha constituït una cooperativa escolar que produeix cada setmana tres programes per a l'emissora municipal i ven falques publicitàries als comerços del poble. L'associació els acompanya en la gestió de la cooperativa i l'Ajuntament els cedeix l'estudi i l'espai a la graella. Amb els beneficis del primer curs han comprat micròfons nous i han fet una donació al banc d'aliments.",
  contact: { name: 'Arnau Sellarès Coromina', email: 'asellares@castellarvalles.cat' }, tel: '93 714 40 40 ext. 12', phone: '93 714 40 40',
  municipality: 'Castellar del Vallès', member: true, themes: ['intercooperation', 'youth'],
});
practice('vilafranca', {
  title: 'Rebobina: mercat mensual de roba i objectes de segona mà',
  wrongTitle: 'Mercat de segona mà del Penedès',
  promoters: ['Ajuntament de Vilafranca del Penedès', 'Cooperativa Retalls del Penedès'],
  expl: "El primer diumenge de cada mes, la plaça de Jaume I acull un mercat on particulars, entitats i la cooperativa venen o intercanvien roba, llibres, joguines i estris de casa usats, amb un espai on es reparen peces de roba i bicicletes al moment. La cooperativa organitza les parades i el taller de reparació, i l'Ajuntament cedeix l'espai i el material. En les onze edicions fetes hi han participat 230 parades i unes 9.000 persones.",
  contact: { name: 'Mariona Esteve Raventós', email: 'mesteve@vilafranca.cat' }, tel: '93 892 03 58',
  municipality: 'Vilafranca del Penedès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cardedeu1', {
  title: 'Agrobotiga del Mercat: punt de venda dels pagesos del Baix Montseny',
  promoters: ['Ajuntament de Cardedeu', 'Cooperativa Pagesos del Baix Montseny'],
  expl: "En una parada del mercat municipal que ha cedit l'Ajuntament, la cooperativa ven cada dia fruita, verdura, ous, formatge i carn de 23 explotacions de la zona, la majoria de producció ecològica. Els pagesos s'alternen per atendre la parada i fixen els preus en assemblea, de manera que reben el 80% del preu final. En el primer any la botiga ha facturat 165.000 euros.",
  contact: { name: 'Noemí Brunet Tarrés', email: 'nbrunet@cardedeu.cat' }, tel: '93 846 27 15',
  municipality: 'Cardedeu', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cardedeu2', {
  title: 'Carnet Jove Cultural de Cardedeu',
  promoters: ['Ajuntament de Cardedeu', 'Cooperativa Cultural Tramoia Vallès'],
  expl: "Les persones de 16 a 25 anys empadronades a Cardedeu poden demanar un carnet gratuït que els dona entrades a meitat de preu als concerts, al teatre i als tallers que programa la cooperativa cultural, i una entrada gratuïta al mes al cinema municipal. La cooperativa gestiona la programació jove i l'Ajuntament li compensa la diferència de preu de les entrades. Ja se n'han fet 640 carnets.",
  contact: { name: 'Mar Bellavista Oms', email: 'mbellavista@cardedeu.cat' }, tel: '93 846 27 30',
  municipality: 'Cardedeu', member: true, themes: ['intercooperation', 'youth'],
});
practice('amposta', {
  title: 'Arrozales sin Plástico: recogida de residuos agrícolas con inserción laboral',
  promoters: ['Ayuntamiento de Amposta', 'Cooperativa Agrícola Riberenca del Delta', 'Empresa de Inserción Deltanet'],
  expl: "Una empresa de inserción recoge en las fincas los sacos, bidones y plásticos de los arrozales del término municipal, que antes se quemaban o acababan en los canales, y los lleva a una planta de reciclaje. La cooperativa agrícola organiza el calendario de recogida entre sus socios y el Ayuntamiento ha habilitado un punto de acopio en el polígono. En la última campaña se recogieron 46 toneladas de plásticos y trabajaron seis personas en proceso de inserción.",
  contact: { name: 'Cinta Balagué Ferré', email: 'cbalague@amposta.cat' }, tel: '977 70 00 56',
  municipality: 'Amposta', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('prats', {
  title: 'Llana del Lluçanès: recuperació de la llana de les ovelles de la comarca',
  promoters: ['Ajuntament de Prats de Lluçanès', 'Cooperativa Velló del Lluçanès', 'Associació de Ramaders del Lluçanès'],
  expl: "La llana que els ramaders del Lluçanès havien de pagar per llençar després de l'esquila ara la recull la cooperativa, que la renta en un obrador municipal i la transforma en aïllament tèrmic per a la construcció, coixins i fil per a labors. Els ramaders de l'associació reben un preu just per cada quilo i l'Ajuntament ha cedit l'antic escorxador per a l'obrador. L'any passat es van recuperar 14 tones de llana.",
  contact: { name: 'Teresa Comella Bach', email: 'tcomella@pratsdellucanes.cat' }, tel: '938 560 213',
  municipality: 'Prats de Lluçanès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('solsona', {
  title: 'Calor de Proximitat: xarxa de calor amb biomassa dels boscos del Solsonès',
  promoters: ['Ajuntament de Solsona', 'Cooperativa Forestal Lignum Solsonès'],
  expl: "Una caldera d'estella forestal alimenta una xarxa de calor que escalfa l'escola, el pavelló, la piscina coberta i 120 habitatges del barri del Castellvell, amb estella que la cooperativa obté de la gestió dels boscos de la comarca a menys de 30 quilòmetres. La cooperativa agrupa 34 propietaris forestals i s'encarrega del subministrament i del manteniment de la caldera. Cada any se substitueixen 260.000 litres de gasoil.",
  contact: { name: 'Francesc Pallarès Riu', email: 'fpallares@ajsolsona.cat' }, tel: '973 48 21 77',
  municipality: 'Solsona', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('selva', {
  title: 'Plecs comarcals amb clàusules socials per als ajuntaments petits de la Selva',
  promoters: ['Consell Comarcal de la Selva', 'Ajuntament de Sils', 'Ajuntament de Riudarenes', 'Ajuntament de Maçanet de la Selva', 'Ajuntament de Vidreres'],
  expl: "El Consell Comarcal ha redactat uns plecs tipus amb clàusules socials i reserves per a empreses d'inserció que quatre ajuntaments de la comarca fan servir en els contractes de neteja d'edificis, manteniment de l'enllumenat i jardineria, i en gestiona la licitació conjunta. Els municipis, que no tenen personal tècnic de contractació, poden així arribar a empreses socials del territori. En els tres primers contractes hi han trobat feina 23 persones en procés d'inserció.",
  contact: { name: 'Enric Puigvert Serra', email: 'epuigvert@selva.cat' }, tel: '972 84 21 61',
  municipality: 'Consell Comarcal de la Selva', member: true, themes: ['intercooperation', 'public-procurement'],
});
practice('barcelona', {
  title: 'Hotel Refugio: alojamiento de emergencia para personas sin hogar',
  promoters: ['Ayuntamiento de Barcelona', 'Cooperativa de Inserción Llindar Poblenou', 'Asociación Vecinal del Poblenou Norte'],
  expl: "Desde que se decretó el estado de alarma, un hotel del Poblenou que había cerrado por la falta de turismo acoge a 90 personas sin hogar, con habitación individual, tres comidas al día y acompañamiento social las 24 horas. Una cooperativa de inserción formada en parte por personas que han vivido en la calle gestiona la limpieza, la cocina y la recepción, y la asociación vecinal organiza el voluntariado y las donaciones. Ya se han encontrado soluciones de vivienda estables para 23 de las personas alojadas.",
  contact: { name: 'Lucía Gallardo Pineda', email: 'lgallardo@bcn.cat' }, tel: '(+34) 93 413 27 65',
  municipality: 'Barcelona', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('argentona', {
  title: 'Relacions Sanes: tallers de coeducació per a adolescents',
  promoters: ["Ajuntament d'Argentona", 'Cooperativa Educativa Entrellaçades'],
  expl: "Una cooperativa d'educadores fa tallers setmanals sobre coeducació, diversitat afectiva i sexual i prevenció de les violències masclistes a l'institut i al casal de joves, per a nois i noies de 12 a 17 anys. Els tallers es fan en grups no mixtos i mixtos, i acaben amb una campanya que dissenya el mateix alumnat per a la festa major. Aquest curs hi han participat 340 adolescents.",
  contact: { name: 'Clara Fontcuberta Gil', email: 'cfontcuberta@argentona.cat' }, tel: '93 756 13 02',
  municipality: 'Argentona', member: true, themes: ['intercooperation', 'youth', 'feminism-intersectionality'],
});
practice('algerri', {
  title: "Oliveres Recuperades: oli de les finques abandonades d'Algerri",
  promoters: ["Ajuntament d'Algerri", 'Cooperativa Oliaires de la Noguera'],
  expl: "L'Ajuntament fa de mitjancer entre els propietaris d'oliveres que ja no es conreen i la cooperativa, que les recupera, les cultiva en ecològic i en fa un oli que ven amb la marca del poble. Els propietaris reben cada any una part de l'oli i la cooperativa hi ha creat dos llocs de treball estables. Ja s'han recuperat 2.300 oliveres en 31 finques.",
  contact: { name: 'Ramon Sisó Capdevila', email: 'alcaldia@algerri.cat' }, tel: '973 42 60 02',
  municipality: 'Algerri', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('llucanes', {
  title: 'Repoblem: borsa de cases buides per a famílies que vénen a viure al Lluçanès',
  promoters: ['Consorci del Lluçanès', "Cooperativa de Masies Obertes"],
  expl: "El Consorci ha localitzat 85 cases buides als nuclis i a les masies dels pobles del Lluçanès i fa de mitjancer perquè els propietaris les llogin a famílies que s'hi volen instal·lar, amb un contracte a preu assequible i una garantia de cobrament. La cooperativa d'habitatge gestiona els contractes, fa el manteniment de les cases i acompanya les famílies en l'arribada. En dos anys s'hi han instal·lat 31 famílies amb 38 infants, que han evitat el tancament de dues escoles rurals.",
  contact: { name: 'Núria Casòliva Vilalta', email: 'ncasoliva@llucanes.cat' }, tel: '93 888 05 21',
  municipality: 'Consorci del Lluçanès', member: true, themes: ['intercooperation'],
});
practice('sobremunt', {
  title: 'Carretó de Llibres: biblioteca ambulant per als masos durant el confinament',
  promoters: ['Ajuntament de Sobremunt', 'Associació Cultural Sobremunt Llegeix'],
  expl: "Des que va començar el confinament, dues voluntàries de l'associació porten cada setmana llibres, revistes i jocs de taula als masos on viuen persones grans soles, amb la furgoneta municipal i el fons de la biblioteca de l'antiga escola. Les comandes es fan per telèfon a l'Ajuntament, que també aprofita el viatge per portar receptes i petits encàrrecs. Ja hi ha 27 masos inscrits.",
  contact: { name: 'Jaume Vinyeta Rovira', email: 'ajsobremunt@gmail.com' }, tel: '93 855 70 21',
  municipality: 'Sobremunt', member: true, themes: ['covid-response', 'intercooperation'],
});

// ------------------------------------------------------------------ message helpers
const messages = []; // { file, expected, build }
const add = (file, expected, build) => messages.push({ file, expected, build });
const exp = (keys, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices: keys.map((k) => P[k]), ...extra });
const TB = 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0';
const TBWIN = 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.6.0';
const OUTLOOK_HEAD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border:solid windowtext 1.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head>`;
const p = (html) => `<p class=MsoNormal>${html}<o:p></o:p></p>`;
const pBlank = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>';
const curly = (s) => s.replace(/'/g, '’');

const THEME_LABEL = { 'covid-response': 'resposta a la covid-19', intercooperation: 'intercooperació', 'public-procurement': 'compra pública responsable', youth: 'joventut', 'ecological-transition': 'transició ecològica', 'feminism-intersectionality': 'feminismes' };
// The acknowledgement our system sent (as quoted by the councils that answer it)
function ackBody(pr, { title = pr.title, subject, when }) {
  return `Hola,

Gràcies per la vostra aportació al recull de bones pràctiques de la XMESS. Hem registrat el missatge «${subject}» (rebut el ${when}) amb aquestes dades:

  Títol: ${title}
  Municipi: ${pr.municipality}
  Entitats promotores: ${pr.promoters.join('; ')}
  Resum: ${firstSentence(pr.expl)}
  Contacte: ${pr.contact.name} · ${pr.contact.email} · ${pr.tel}
  Àmbits: ${pr.themes.map((t) => THEME_LABEL[t]).join(', ') || '-'}

Si alguna dada no és correcta, contesteu aquest correu i la corregirem.

Coordinació de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària
${XMESS}`;
}

// ------------------------------------------------------------------ 001 Sabadell: Markdown-ish plain text, two practices under "## " headings
add('001-sabadell-markdown-dues.eml', exp(['sabadell1', 'sabadell2'], { case: 'Thunderbird plain text (UTF-8 quoted-printable) written like a Markdown page from the council\'s wiki: each practice under a "## 1. Title" heading, "**Qui ho impulsa:**" / "**Què fem**" (label on its own line) / "**Contacte:**" with "name — e-mail — phone", a "---" rule between practices; the sender (head of service) signs with a switchboard phone that is not a contact; women trained in trades (plumbing, electricity) forming a cooperative = feminism (no explicit "gènere"), cloth nappies washed by a laundry cooperative instead of disposables = waste reduction' }), async () => {
  const [a, b] = [P.sabadell1, P.sabadell2];
  const text = `Bon dia,

Us fem arribar dues experiències de Sabadell per al recull de bones pràctiques. Les hem copiat tal com les tenim al wiki intern del servei, espero que es llegeixin bé.

## 1. ${a.title}

**Qui ho impulsa:** Ajuntament de Sabadell (Servei d'Economia Social i Solidària), la Cooperativa Manetes de Torre-romeu i l'Associació de Veïns de Torre-romeu

**Què fem**
${a.expl}

**Contacte:** ${a.contact.name} — ${a.contact.email} — ${a.tel}

---

## 2. ${b.title}

**Qui ho impulsa:** Ajuntament de Sabadell (Servei d'Educació) i la ${b.promoters[1]}

**Què fem**
${b.expl}

**Contacte:** ${b.contact.name} — ${b.contact.email} — ${b.tel}

---

Gràcies per la feina que feu des de la Xarxa!

-- 
Berta Olivé Casanovas
Cap del Servei d'Economia Social i Solidària
Ajuntament de Sabadell
T. 93 745 31 00
`;
  return eml({
    received: [received('correu.ajsabadell.cat', '192.0.2.21', 'Tue, 14 Apr 2020 10:12:37 +0200', '3C81F0A2D4'),
      'Received: from [10.12.4.77] (unknown [10.12.4.77])\n\tby correu.ajsabadell.cat (Postfix) with ESMTPSA id 9E0B7A11F2\n\tfor <bonespractiques@xmess.example.org>; Tue, 14 Apr 2020 10:12:35 +0200 (CEST)'],
    headers: { returnPath: 'bolive@ajsabadell.cat', from: addr('Berta Olivé Casanovas', 'bolive@ajsabadell.cat'), subject: 'Dues bones pràctiques de Sabadell', date: 'Tue, 14 Apr 2020 10:12:33 +0200', messageId: '<8d0c3e51-2f7a-6b49-a1d8-5e0f93c7b2a4@ajsabadell.cat>', extra: [TB, 'Content-Language: ca'] },
    part: leaf({ body: text }),
  });
});

// ------------------------------------------------------------------ 002 Cornellà: HTML-only, two-column label/value table
add('002-cornella-html-taula-etiquetes.eml', exp(['cornella'], { case: 'HTML-only body (Thunderbird set to send HTML only, no text part): an intro line, then a bordered two-column table, label cells bold and shaded (Nom de la bona pràctica / Municipi / Àrea responsable / Entitats promotores with a <br> between the two / Descripció / Persona de contacte / Correu electrònic / Telèfon); the table carries the whole sheet; municipal sports centre run by a workers\' cooperative under an agreement (not a tender) = intercooperation only' }), async () => {
  const pr = P.cornella;
  const rows = [
    ['Nom de la bona pràctica', esc(pr.title)],
    ['Municipi', 'Cornellà de Llobregat'],
    ['Àrea responsable', 'Esports i Promoció Econòmica'],
    ['Entitats promotores', pr.promoters.map(esc).join('<br>')],
    ['Descripció', esc(pr.expl)],
    ['Persona de contacte', `${esc(pr.contact.name)} (tècnica d'Economia Social)`],
    ['Correu electrònic', mailto(pr.contact.email)],
    ['Telèfon', esc(pr.tel)],
  ];
  const html = `<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Bon dia,</p>
    <p>Us fem arribar la fitxa de la nostra bona pràctica:</p>
    <table style="border-collapse: collapse; width: 640px;" cellspacing="0" cellpadding="6" border="1">
      <tbody>
${rows.map(([l, v]) => `        <tr>\n          <td style="background-color: #e8eef7; width: 190px; vertical-align: top;"><b>${l}</b></td>\n          <td style="vertical-align: top;">${v}</td>\n        </tr>`).join('\n')}
      </tbody>
    </table>
    <p>Moltes gràcies,</p>
    <div class="moz-signature">-- <br>
      <font size="2" color="#555555">Remei Cabané · Promoció Econòmica · Ajuntament de Cornellà de Llobregat</font></div>
  </body>
</html>`;
  return eml({
    received: [received('smtp.aj-cornella.cat', '192.0.2.24', 'Wed, 15 Apr 2020 12:40:19 +0200', '5A0E2C9B13')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica Cornellà de Llobregat', date: 'Wed, 15 Apr 2020 12:40:16 +0200', messageId: '<c3a9e04b-71d2-58f6-0b3e-a2d84f1c6e97@aj-cornella.cat>', extra: [TBWIN, 'Content-Language: ca'] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// ------------------------------------------------------------------ 003 El Prat: Outlook HTML table, one row per practice
add('003-elprat-html-taula-tres-files.eml', exp(['prat1', 'prat2', 'prat3'], { case: 'Outlook (Office 365) multipart/alternative: the HTML holds a four-column table with a header row (Pràctica / En què consisteix / Qui la impulsa / Persona de contacte) and one row per practice; the contact cell is name<br>e-mail<br>phone, two with "ext."; the text part is Outlook\'s flattening of the table (every cell on its own line, rows separated by blank lines); the 1st is a street-cleaning tender requiring electric vehicles (procurement + ecological, council alone), the 2nd a youth cooperative with a foundation, the 3rd covid via "des de l\'estat d\'alarma" with a taxi drivers\' association' }), async () => {
  const ps = [P.prat1, P.prat2, P.prat3];
  const who = (pr) => pr.promoters.join(' i ');
  const head = ['Pràctica', 'En què consisteix', 'Qui la impulsa', 'Persona de contacte'];
  const cells = ps.map((pr) => [pr.title, pr.expl, who(pr), `${pr.contact.name}\n${pr.contact.email}\n${pr.tel}`]);
  const intro = "Us enviem les tres experiències que presenta l'Ajuntament del Prat de Llobregat al recull. Les hem resumit en una taula perquè sigui més fàcil de llegir:";
  const text = `Bon dia,

${intro}

${head.join('\n')}

${cells.map((r) => r.join('\n')).join('\n\n')}

Per a qualsevol aclariment, podeu contactar directament amb les persones referents de cada pràctica.

Salutacions,

Lídia Moragues Pastor
Promoció Econòmica
Ajuntament del Prat de Llobregat
`;
  const td = (inner, w, bg) => `<td width=${w} valign=top style='width:${w}pt;border:solid #A6A6A6 1.0pt;${bg ? `background:${bg};` : ''}padding:0cm 5.4pt 0cm 5.4pt'>${inner}</td>`;
  const widths = [110, 200, 100, 110];
  const html = `${OUTLOOK_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${p('Bon dia,')}${pBlank}
${p(esc(curly(intro)))}${pBlank}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr>${head.map((h, i) => td(p(`<b>${h}</b>`), widths[i], '#D9E2F3')).join('')}</tr>
${cells.map((r, ri) => `<tr>${r.map((c, i) => td(p(i === 3 ? c.split('\n').map((l) => (l === ps[ri].contact.email ? mailto(l) : esc(l))).join('<br>') : (i === 0 ? `<b>${esc(curly(c))}</b>` : esc(curly(c)))), widths[i])).join('')}</tr>`).join('\n')}
</table>
${pBlank}${p('Per a qualsevol aclariment, podeu contactar directament amb les persones referents de cada pràctica.')}${pBlank}
${p('Salutacions,')}${pBlank}
${p('<b>Lídia Moragues Pastor</b><br>Promoció Econòmica<br>Ajuntament del Prat de Llobregat')}
</div></body></html>`;
  return eml({
    received: [received('mail-elprat.outbound.protection.outlook.com', '40.107.22.61', 'Thu, 16 Apr 2020 09:55:48 +0200', '7B2D0E4F91'),
      'Received: from DB8PR03MB5931.eurprd03.prod.outlook.com ([fe80::2c9a:41d7])\n\tby DB8PR03MB5931.eurprd03.prod.outlook.com with mapi id 15.20.2900.028; Thu, 16 Apr 2020 07:55:44 +0000'],
    headers: { returnPath: 'lmoragues@elprat.cat', from: addr('Lídia Moragues Pastor', 'lmoragues@elprat.cat'), subject: 'Experiències del Prat per al recull XMESS', date: 'Thu, 16 Apr 2020 07:55:42 +0000', messageId: '<DB8PR03MB59314A7E2C0B9D18F3E56A2C8B710@DB8PR03MB5931.eurprd03.prod.outlook.com>', extra: [`Thread-Topic: ${encWord('Experiències del Prat per al recull XMESS')}`, 'Thread-Index: AdYTxq2Lr0c9Vb4eQm1kTz8Hn3Wd6A==', 'Accept-Language: ca-ES, es-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_DB8PR03MB59314A7E2C0B9D18F3E56A2C8B710DB8PR03MB5931eurp_'),
  });
});

// ------------------------------------------------------------------ 004 Manlleu: four short practices as "- Name: description"
add('004-manlleu-quatre-vinyetes.eml', exp(['manlleu1', 'manlleu2', 'manlleu3', 'manlleu4'], { case: 'Gmail (Google Workspace on the council domain): four short practices as plain "- Name: description" bullets (HTML <ul><li><b>Name</b>: description), each description one sentence naming its partner if any; one contact for all four, only in the signature ("Carla Pujolràs Vinyes / Tècnica de Promoció Econòmica / mobile / e-mail"), the intro says "per a qualsevol d\'elles, podeu contactar amb mi"; the 2nd (advice to create cooperatives) has no theme and the council alone promotes it (cooperatives are the users), the 3rd is a reserved contract (procurement, council alone), the 4th youth via "nois i noies de 14 a 25 anys", the 1st reuse of toys' }), async () => {
  const ps = ['manlleu1', 'manlleu2', 'manlleu3', 'manlleu4'].map((k) => P[k]);
  const intro = "Us enviem quatre iniciatives breus de Manlleu per al recull. Són petites, però creiem que es poden replicar fàcilment en altres municipis. Per a qualsevol d'elles, podeu contactar amb mi.";
  const sig = ['Carla Pujolràs Vinyes', 'Tècnica de Promoció Econòmica', 'Ajuntament de Manlleu', `${MANLLEU_CONTACT.email} | ${ps[0].tel}`];
  const text = `Hola!

${intro}

${ps.map((pr) => `- ${pr.title}: ${pr.expl}`).join('\n')}

Salutacions,

-- 
${sig.join('\n')}
`;
  const html = `<div dir="ltr"><div>Hola!</div><div><br></div><div>${esc(intro)}</div><div><br></div><ul>${ps.map((pr) => `<li><b>${esc(pr.title)}</b>: ${esc(pr.expl)}</li>`).join('')}</ul><div>Salutacions,</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>${esc(sig[0])}</b><div>${esc(sig[1])}</div><div>${esc(sig[2])}</div><div><a href="mailto:${MANLLEU_CONTACT.email}">${MANLLEU_CONTACT.email}</a> | ${esc(ps[0].tel)}</div></div></div></div>`;
  return eml({
    received: [received('mail-ed1-f49.google.com', '209.85.208.49', 'Thu, 16 Apr 2020 17:20:44 +0200', '0C4E9A7B25'),
      'Received: by mail-ed1-f49.google.com with SMTP id w26so6140522edu.7\n        for <bonespractiques@xmess.example.org>; Thu, 16 Apr 2020 08:20:43 -0700 (PDT)'],
    headers: { returnPath: MANLLEU_CONTACT.email, from: addr(MANLLEU_CONTACT.name, MANLLEU_CONTACT.email), subject: 'Quatre iniciatives de Manlleu', date: 'Thu, 16 Apr 2020 17:20:29 +0200', messageId: '<CAK7wQz3=Lr0bV9pNf2XcE4tHq6Ym1Ds8Ju5@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '0000000000009b3e1f05a36c2d84'),
  });
});

// ------------------------------------------------------------------ 005 Sant Cugat: PDF, page 1 cover letter from the mayor, page 2 the sheet
add('005-santcugat-pdf-carta-i-fitxa.eml', exp(['santcugat'], { case: 'mailed by the mayor\'s office mailbox ("Secretaria d\'Alcaldia", no person) with a two-page PDF: page 1 is a cover letter on letterhead signed by the mayor (her name, the switchboard phone in the footer, the title in «» inside a sentence) and page 2 the sheet (FITXA DE BONA PRÀCTICA with Títol / Entitats promotores one per line / Descripció / Resultats / Persona de contacte / Correu electrònic / Telèfon); the contact is the technician of page 2, not the mayor nor the mailbox; women over 40 trained for a sector with 15% women = feminism' }), async () => {
  const pr = P.santcugat;
  const buf = await pdf((d) => {
    const L = 70; const W = 455;
    const letterhead = () => {
      d.font('Helvetica-Bold').fontSize(11).fillColor('#00558C').text('Ajuntament de Sant Cugat del Vallès', L, 40);
      d.font('Helvetica').fontSize(8.5).fillColor('#555555').text('Alcaldia', L, 54);
      d.moveTo(L, 68).lineTo(L + W, 68).lineWidth(0.5).strokeColor('#00558C').stroke();
    };
    const footer = (n) => {
      const b = d.page.margins.bottom; d.page.margins.bottom = 0;
      d.font('Helvetica').fontSize(7.5).fillColor('#777777').text('Plaça de la Vila, 1 · 08172 Sant Cugat del Vallès · Tel. 93 565 70 00 · www.santcugat.cat', L, 800, { lineBreak: false });
      d.text(`${n}/2`, L + W - 30, 800, { width: 30, align: 'right', lineBreak: false });
      d.page.margins.bottom = b;
    };
    letterhead(); footer(1);
    d.font('Helvetica').fontSize(10.5).fillColor('#000000');
    d.text("Sant Cugat del Vallès, 17 d'abril de 2020", L, 110, { width: W, align: 'right' });
    d.moveDown(2);
    d.text("A l'atenció de la coordinació de la Xarxa de Municipis per l'Economia Social i Solidària", { width: W });
    d.moveDown(1.5);
    d.text('Benvolgudes, benvolguts,', { width: W });
    d.moveDown();
    d.text(`És per a mi una satisfacció presentar-vos, en nom de l'Ajuntament de Sant Cugat del Vallès, l'experiència «${pr.title}», que la Regidoria d'Economia Social i Igualtat impulsa des del 2019 juntament amb dues entitats de la ciutat.`, { width: W, align: 'justify', lineGap: 2 });
    d.moveDown();
    d.text("Creiem que és un bon exemple de com l'economia social pot obrir a les dones sectors on encara hi són poc presents, i estem convençuts que pot ser útil a altres municipis de la Xarxa. Trobareu la fitxa completa a la pàgina següent.", { width: W, align: 'justify', lineGap: 2 });
    d.moveDown();
    d.text('Us agraeixo la feina de recull i de difusió que feu.', { width: W });
    d.moveDown(1.5);
    d.text('Ben cordialment,', { width: W });
    d.moveDown(3);
    d.font('Helvetica-Bold').text('Elisabet Rosell Farràs', { width: W });
    d.font('Helvetica').text('Alcaldessa de Sant Cugat del Vallès', { width: W });
    d.addPage();
    letterhead(); footer(2);
    d.font('Helvetica-Bold').fontSize(14).fillColor('#00558C').text('FITXA DE BONA PRÀCTICA', L, 95, { width: W });
    d.moveDown(0.8);
    const field = (label, value) => {
      d.font('Helvetica-Bold').fontSize(10).fillColor('#00558C').text(label, { width: W });
      d.font('Helvetica').fontSize(10.5).fillColor('#000000').text(value, { width: W, lineGap: 1.5 });
      d.moveDown(0.6);
    };
    field('Títol', pr.title);
    field('Entitats promotores', pr.promoters.join('\n'));
    field('Descripció', pr.expl);
    field('Resultats', '22 alumnes en la primera promoció.\n14 alumnes treballen al sector tecnològic.\n4 noves sòcies de la cooperativa.');
    field('Persona de contacte', `${pr.contact.name}, tècnica d'Economia Social`);
    field('Correu electrònic', pr.contact.email);
    field('Telèfon', pr.tel);
  }, { title: 'Carta i fitxa Codi Violeta', author: 'Alcaldia' });
  const text = `Bon dia,

Per encàrrec de l'alcaldessa, us trametem la carta de presentació i la fitxa de la bona pràctica de Sant Cugat del Vallès per al recull de la Xarxa.

Atentament,

Secretaria d'Alcaldia
Ajuntament de Sant Cugat del Vallès
`;
  return eml({
    received: [received('correu.santcugat.cat', '192.0.2.33', 'Fri, 17 Apr 2020 11:03:52 +0200', 'A41F7C0E28'),
      'Received: from EXCH2016.santcugat.local (10.40.2.16) by EXCH2016.santcugat.local (10.40.2.16) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Fri, 17 Apr 2020 11:03:49 +0200'],
    headers: { returnPath: 'alcaldia@santcugat.cat', from: addr("Secretaria d'Alcaldia", 'alcaldia@santcugat.cat'), subject: 'Bona pràctica de Sant Cugat del Vallès - carta i fitxa', date: 'Fri, 17 Apr 2020 11:03:47 +0200', messageId: '<5E2A90C7D41B4F38A6E0@EXCH2016.santcugat.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca', 'Thread-Index: AdYUk3Rz8p0mE1cL5b2xQv7nYt4WsA=='] },
    part: multi('mixed', [leaf({ body: text }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Carta_i_fitxa_XMESS_SantCugat.pdf' })], '----=_NextPart_000_0044_01D6149D.8C2E7F10'),
  });
});

// ------------------------------------------------------------------ 006 Vilanova: DOCX, labels in the first column of a table
add('006-vilanova-docx-taula-camp-contingut.eml', exp(['vilanova'], { case: 'DOCX made with the docx library whose only content is a table: a merged title row ("FITXA DE BONA PRÀCTICA · XMESS 2020"), a shaded header row "Camp | Contingut", then one row per field with the label in the first column (not bold) and the value in the second (Títol de la pràctica / Municipi / Entitats promotores separated by ";" / Descripció / Objectius / Persona de referència with role / Correu / Telèfon "93.814.00.22"); short Roundcube note; shared electric bikes to commute = sustainable mobility' }), async () => {
  const pr = P.vilanova;
  const rows = [
    ['Títol de la pràctica', pr.title],
    ['Municipi', 'Vilanova i la Geltrú'],
    ['Entitats promotores', pr.promoters.join('; ')],
    ['Descripció', pr.expl],
    ['Objectius', "Reduir els desplaçaments en cotxe privat cap al polígon.\nOferir feina estable a la cooperativa local de mobilitat.\nImplicar les empreses en la mobilitat de la seva plantilla."],
    ['Persona de referència', `${pr.contact.name} (tècnic de Mobilitat)`],
    ['Correu', pr.contact.email],
    ['Telèfon', pr.tel],
  ];
  const buf = await docxFixed([
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ children: [dCell('FITXA DE BONA PRÀCTICA · XMESS 2020', { bold: true, span: 2, fill: '1F4E79' })] }),
        new TableRow({ children: [dCell('Camp', { bold: true, width: 30, fill: 'D9D9D9' }), dCell('Contingut', { bold: true, width: 70, fill: 'D9D9D9' })] }),
        ...rows.map(([l, v]) => new TableRow({ children: [dCell(l, { width: 30 }), dCell(v, { width: 70 })] })),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Vilanova i la Geltrú, abril de 2020', italics: true, size: 18 })] }),
  ], { title: 'Fitxa bona practica', creator: 'mquintana' });
  const text = `Bon dia,

Adjunto la fitxa de la bona pràctica de Vilanova i la Geltrú.

Salutacions,
Marçal Quintana
Mobilitat - Ajuntament de Vilanova i la Geltrú`;
  return eml({
    received: [received('correu.vilanova.cat', '192.0.2.36', 'Mon, 20 Apr 2020 08:47:15 +0200', '2F9C0B6E81')],
    headers: { returnPath: pr.contact.email, from: addr('Marçal Quintana', pr.contact.email), subject: 'Fitxa XMESS Vilanova', date: 'Mon, 20 Apr 2020 08:47:12 +0200', messageId: '<9a3f1c0e7b5d2e48c6a1f0b3d9e2c714@vilanova.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.3', `X-Sender: ${pr.contact.email}`] },
    part: multi('mixed', [leaf({ body: text, params: 'format=flowed' }), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'fitxa_bicis_poligon.docx' })], '=_1b7e3d9a0c5f2e84a6d1c0b9e3f7a520'),
  });
});

// ------------------------------------------------------------------ 007 Sant Adrià: Spanish ODT with heading labels
add('007-santadria-odt-es.eml', exp(['santadria'], { case: 'Spanish mail and Spanish ODT (LibreOffice): a centred bold title "FICHA DE BUENA PRÁCTICA", an italic line, then "Heading 2" labels (Nombre de la práctica / Entidades promotoras followed by a bulleted list of three, one a Catalan name / Descripción / Resultados / Responsable técnico) each followed by paragraphs; the contact block is name, role, e-mail and phone on separate paragraphs; sent by a colleague (her own signature is not the contact); used cooking oil turned into soap by an insertion cooperative = circular economy' }), async () => {
  const pr = P.santadria;
  const buf = await odtDoc([
    oP('FICHA DE BUENA PRÁCTICA', 'P1'),
    oP('Recopilatorio de buenas prácticas de economía social y solidaria · XMESS 2020', 'P2'),
    oH2('Nombre de la práctica'),
    oP(pr.title),
    oH2('Entidades promotoras'),
    oList(pr.promoters),
    oH2('Descripción'),
    oP(pr.expl),
    oH2('Resultados'),
    oList(['21.000 litros de aceite recogidos en 2019.', '60 puntos de recogida en comercios, escuelas y portales.', 'Cinco contratos de inserción en la cooperativa.']),
    oH2('Responsable técnico'),
    oP(pr.contact.name), oP('Técnico de Medio Ambiente'), oP(pr.contact.email), oP(`Tel. ${pr.tel}`),
  ].join(''));
  const text = `Buenos días:

Os envío en nombre de mi compañero Rubén la ficha de Sant Adrià de Besòs para el recopilatorio. Cualquier duda, podéis dirigiros directamente a él.

Saludos,

Natàlia Gimeno Ruiz
Àrea de Territori i Sostenibilitat
Ajuntament de Sant Adrià de Besòs
Tel. 93 462 61 00`;
  return eml({
    received: [received('mx.sant-adria.net', '192.0.2.39', 'Mon, 20 Apr 2020 13:15:08 +0200', 'D0B3E7A519')],
    headers: { returnPath: 'ngimeno@sant-adria.net', from: addr('Natàlia Gimeno Ruiz', 'ngimeno@sant-adria.net'), subject: 'Ficha buena práctica - Sant Adrià de Besòs', date: 'Mon, 20 Apr 2020 13:15:05 +0200', messageId: '<1842337590.413287.1587381305112.JavaMail.zimbra@sant-adria.net>', extra: ['X-Mailer: Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)', 'Thread-Index: 8Wq0xKc3Lz5bT1fYp2mN7eR4dVh6Ag==', 'Thread-Topic: =?utf-8?Q?Ficha_buena_pr=C3=A1ctica_-_Sant_Adri=C3=A0_de_Bes=C3=B2s?='] },
    part: multi('mixed', [leaf({ body: text }), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'Ficha_Aceite_Jabon.odt' })], '----=_Part_413286_1275490331.1587381305110'),
  });
});

// ------------------------------------------------------------------ 008 Palafrugell: answers to the network's questions (Q&A)
add('008-palafrugell-preguntes-respostes.eml', exp(['palafrugell'], { case: 'plain text (Thunderbird) that answers the network\'s questions one by one: "1. Quin és el nom de la pràctica?" with the answer on the same line, "2. Quines entitats la promouen?" answered with a sentence with articles ("L\'Ajuntament …, la … i l\'…"), "3. En què consisteix?" with the answer on the next line, "4. A qui s\'adreça?", "5. Qui n\'és la persona de contacte?" answered in a sentence ("La …, tècnica de Promoció Econòmica (e-mail, phone)."); youth via "joves de 17 a 24 anys que han deixat els estudis"' }), async () => {
  const pr = P.palafrugell;
  const text = `Bon dia,

Responem les preguntes de la vostra crida:

1. Quin és el nom de la pràctica? ${pr.title}

2. Quines entitats la promouen? L'${pr.promoters[0]}, la ${pr.promoters[1]} i l'${pr.promoters[2]}.

3. En què consisteix?
${pr.expl}

4. A qui s'adreça?
A joves del municipi i de la comarca que no han acabat l'ESO o el batxillerat i que no estudien ni treballen.

5. Qui n'és la persona de contacte?
La ${pr.contact.name}, tècnica de Promoció Econòmica (${pr.contact.email}, ${pr.tel}).

Salutacions cordials,

-- 
Promoció Econòmica
Ajuntament de Palafrugell
`;
  return eml({
    received: [received('smtp.palafrugell.cat', '192.0.2.42', 'Tue, 21 Apr 2020 10:30:51 +0200', '6E1A3C8F07')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Resposta a la crida de bones pràctiques - Palafrugell', date: 'Tue, 21 Apr 2020 10:30:48 +0200', messageId: '<0e7b2d94-5c31-a8f6-4e90-1b6c3d2a7f58@palafrugell.cat>', extra: [TBWIN, 'Content-Language: ca'] },
    part: leaf({ body: flowed(text), params: 'format=flowed' }),
  });
});

// ------------------------------------------------------------------ 009 Sant Boi: one-line mail, well-formed PDF
add('009-santboi-molt-breu-pdf.eml', exp(['santboi'], { case: 'the whole body is "Us adjunto la nostra bona pràctica. Salut" (iPhone-style, no signature); everything is in a one-page text PDF with the council\'s header, the title as a big bold line, then bold labels (Entitats promotores / Descripció / Resultats / Contacte with name, role, e-mail and mobile on separate lines); pruning waste turned into mulch and compost instead of landfill = circular economy' }), async () => {
  const pr = P.santboi;
  const buf = await pdf((d) => {
    const L = 70; const W = 455;
    d.font('Helvetica-Bold').fontSize(9).fillColor('#A6192E').text('AJUNTAMENT DE SANT BOI DE LLOBREGAT', L, 42, { width: W });
    d.font('Helvetica').fontSize(8).fillColor('#666666').text('Àmbit de Ciutat Sostenible · Recull de bones pràctiques XMESS 2020', L, 54, { width: W });
    d.font('Helvetica-Bold').fontSize(18).fillColor('#222222').text(pr.title, L, 100, { width: W, lineGap: 2 });
    d.moveDown(1);
    const field = (label, value) => {
      d.font('Helvetica-Bold').fontSize(11).fillColor('#A6192E').text(label, { width: W });
      d.moveDown(0.2);
      d.font('Helvetica').fontSize(10.5).fillColor('#000000').text(value, { width: W, lineGap: 2, align: 'justify' });
      d.moveDown(0.8);
    };
    field('Entitats promotores', pr.promoters.join('\n'));
    field('Descripció', pr.expl);
    field('Resultats', "1.400 tones de restes vegetals aprofitades el 2019.\n9 persones en procés d'inserció contractades.\n38 parterres coberts amb encenall i 6 horts adobats amb el compost.");
    field('Contacte', `${pr.contact.name}\nTècnica de Parcs i Jardins\n${pr.contact.email}\n${pr.tel}`);
  }, { title: 'Poda Circular Sant Boi', author: 'emanzano' });
  const text = 'Us adjunto la nostra bona pràctica. Salut\n\nEnviat des del meu iPhone';
  return eml({
    received: [received('correu.santboi.cat', '192.0.2.45', 'Tue, 21 Apr 2020 16:02:27 +0200', '8A5D2F1B30')],
    headers: { returnPath: pr.contact.email, from: addr('Ester Manzano', pr.contact.email), subject: 'Bona pràctica', date: 'Tue, 21 Apr 2020 16:02:21 +0200', messageId: '<6F1D0C3A-9B27-4E85-A0D4-2C7B91E5F308@santboi.cat>', extra: ['X-Mailer: iPhone Mail (17D50)'] },
    part: multi('mixed', [leaf({ body: text }),
      leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Poda_Circular_SantBoi.pdf' })], 'Apple-Mail-6F1D0C3A-9B27-4E85-A0D4-2C7B91E5F308'),
  });
});

// ------------------------------------------------------------------ 010 Santa Coloma: synthesis = the subject + two sentences
add('010-santacoloma-assumpte-dues-frases.eml', exp(['santacoloma'], { case: 'the title is only in the subject ("Bona pràctica: Xarxa Wifi Solidària del Fondo"); the body is two sentences (the description, then who chose the flats) with the cooperative named in lower case inside the first sentence ("la cooperativa de telecomunicacions Antena Oberta"); the contact is only the signature (name, role, council, mobile, e-mail); covid via "durant el confinament", youth via "alumnes d\'ESO"; the three secondary schools are not promoters (they only sent lists)' }), async () => {
  const pr = P.santacoloma;
  const text = `Bon dia,

${pr.expl}

Salutacions,

Oriol Bardají Soto
Tècnic de Noves Tecnologies
Ajuntament de Santa Coloma de Gramenet
${pr.tel} · ${pr.contact.email}
`;
  const html = `${OUTLOOK_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${p('Bon dia,')}${pBlank}
${p(esc(curly(pr.expl)))}${pBlank}
${p('Salutacions,')}${pBlank}
${p(`<span style='color:#C00000'><b>Oriol Bardají Soto</b></span><br>Tècnic de Noves Tecnologies<br>Ajuntament de Santa Coloma de Gramenet<br>${esc(pr.tel)} · ${mailto(pr.contact.email)}`)}
</div></body></html>`;
  return eml({
    received: [received('mail-gramenet.outbound.protection.outlook.com', '40.107.21.104', 'Wed, 22 Apr 2020 09:18:40 +0200', 'C7E0A94D12'),
      'Received: from AM7PR01MB6840.eurprd01.prod.outlook.com ([fe80::45a1:9e02])\n\tby AM7PR01MB6840.eurprd01.prod.outlook.com with mapi id 15.20.2921.027; Wed, 22 Apr 2020 07:18:36 +0000'],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: `Bona pràctica: ${pr.title}`, date: 'Wed, 22 Apr 2020 07:18:34 +0000', messageId: '<AM7PR01MB6840C1E59A3B07D24F68E0B1D3C92@AM7PR01MB6840.eurprd01.prod.outlook.com>', extra: [`Thread-Topic: ${encWord(`Bona pràctica: ${pr.title}`)}`, 'Thread-Index: AdYYc0pTq1nV7Lk2Rz4eXb9Wm3Hf8g==', 'Accept-Language: ca-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_AM7PR01MB6840C1E59A3B07D24F68E0B1D3C92AM7PR01MB6840eurp_'),
  });
});

// ------------------------------------------------------------------ 011 Reus: service mailbox, "Responsable tècnica:" label
add('011-reus-responsable-tecnica.eml', exp(['reus'], { case: 'sent by the procurement service mailbox ("Contractació - Ajuntament de Reus", no person); labels Nom de l\'actuació / Qui la impulsa (a sentence: "L\'… amb l\'assessorament de la …") / Breu explicació / Responsable tècnica: (name + role in parentheses) / Tel.: "977 010 624" / Correu-e:; fair-trade requirements in supply contracts = procurement, council + a fair-trade coordinating network = intercooperation' }), async () => {
  const pr = P.reus;
  const text = `Bon dia,

Des del Servei de Contractació us enviem aquesta actuació per al recull de bones pràctiques.

Nom de l'actuació: ${pr.title}
Qui la impulsa: L'${pr.promoters[0]}, amb l'assessorament de la ${pr.promoters[1]}.
Breu explicació: ${pr.expl}
Responsable tècnica: ${pr.contact.name} (tècnica de Contractació Pública)
Tel.: ${pr.tel}
Correu-e: ${pr.contact.email}

Cordialment,

Servei de Contractació
Ajuntament de Reus
Plaça del Mercadal, 1 · 43201 Reus
`;
  const html = `${OUTLOOK_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${p('Bon dia,')}${pBlank}
${p('Des del Servei de Contractació us enviem aquesta actuació per al recull de bones pràctiques.')}${pBlank}
${p(`<b>Nom de l’actuació:</b> ${esc(pr.title)}`)}
${p(`<b>Qui la impulsa:</b> ${esc(curly(`L'${pr.promoters[0]}, amb l'assessorament de la ${pr.promoters[1]}.`))}`)}
${p(`<b>Breu explicació:</b> ${esc(curly(pr.expl))}`)}
${p(`<b>Responsable tècnica:</b> ${esc(pr.contact.name)} (tècnica de Contractació Pública)`)}
${p(`<b>Tel.:</b> ${esc(pr.tel)}`)}
${p(`<b>Correu-e:</b> ${mailto(pr.contact.email)}`)}
${pBlank}${p('Cordialment,')}${pBlank}
${p('<span style=\'color:#7F7F7F\'>Servei de Contractació<br>Ajuntament de Reus<br>Plaça del Mercadal, 1 · 43201 Reus</span>')}
</div></body></html>`;
  return eml({
    received: [received('smtp.reus.cat', '192.0.2.48', 'Wed, 22 Apr 2020 12:44:06 +0200', 'E3B8A1D062'),
      'Received: from MBX03.reus.local (10.5.0.23) by MBX03.reus.local (10.5.0.23) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.2044.4; Wed, 22 Apr 2020 12:44:03 +0200'],
    headers: { returnPath: 'contractacio@reus.cat', from: addr('Contractació - Ajuntament de Reus', 'contractacio@reus.cat'), subject: 'Bona pràctica - Ajuntament de Reus', date: 'Wed, 22 Apr 2020 12:44:01 +0200', messageId: '<B4D0E72A9C1F4E36A5B8@MBX03.reus.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca', 'Thread-Index: AdYYjT4r2Kx0Mb8nQe5Vz1cHf7Ls9w=='] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_0019_01D6189B.7F3A2E40'),
  });
});

// ------------------------------------------------------------------ 012 Cerdanyola: Gmail, "Interlocutora:" and "+34 655-218-904"
add('012-cerdanyola-interlocutora-gmail.eml', exp(['cerdanyola'], { case: 'Gmail (Google Workspace) from an area mailbox (Igualtat); bold labels in HTML, plain "Label: value" in text: Nom de la iniciativa / Entitats / Descripció / Interlocutora: (name, role) / Mòbil: "+34 655-218-904" / Correu:; covid via "des que es va decretar l\'estat d\'alarma", feminism via women workers who carry the care work alone and priority to single-mother families' }), async () => {
  const pr = P.cerdanyola;
  const lines = [
    ['Nom de la iniciativa', pr.title],
    ['Entitats', `${pr.promoters[0]} i ${pr.promoters[1]}`],
    ['Descripció', pr.expl],
    ['Interlocutora', `${pr.contact.name}, tècnica d'Igualtat`],
    ['Mòbil', pr.tel],
    ['Correu', pr.contact.email],
  ];
  const text = `Bon dia,

Us fem arribar la nostra bona pràctica:

${lines.map(([k, v]) => `${k}: ${v}`).join('\n')}

Gràcies!

Servei d'Igualtat
Ajuntament de Cerdanyola del Vallès
`;
  const html = `<div dir="ltr"><div>Bon dia,</div><div><br></div><div>Us fem arribar la nostra bona pràctica:</div><div><br></div>${lines.map(([k, v]) => `<div><b>${k}:</b> ${k === 'Correu' ? `<a href="mailto:${v}">${v}</a>` : esc(v)}</div>`).join('')}<div><br></div><div>Gràcies!</div><div><br></div><div><font color="#0b5394">Servei d'Igualtat</font></div><div><font color="#0b5394">Ajuntament de Cerdanyola del Vallès</font></div></div>`;
  return eml({
    received: [received('mail-wm1-f53.google.com', '209.85.128.53', 'Wed, 22 Apr 2020 19:07:21 +0200', '1D6F3B9E04'),
      'Received: by mail-wm1-f53.google.com with SMTP id x4so3970421wmj.1\n        for <bonespractiques@xmess.example.org>; Wed, 22 Apr 2020 10:07:20 -0700 (PDT)'],
    headers: { returnPath: 'igualtat@cerdanyola.cat', from: addr('Igualtat Cerdanyola', 'igualtat@cerdanyola.cat'), subject: 'Bona pràctica Cerdanyola: Cangurs Essencials', date: 'Wed, 22 Apr 2020 19:07:08 +0200', messageId: '<CAF2mBv8=Ye1Rk6Zq0Wd3Tn9Lc4Xs7Jh5Pa2@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000c4d2a905a3e8f1b6'),
  });
});

// ------------------------------------------------------------------ 013 Castellar: prose, "Per a dubtes:" with "ext. 12"
add('013-castellar-per-a-dubtes-ext.eml', exp(['castellar'], { case: 'Roundcube plain text (format=flowed), prose without labels: "La iniciativa es diu «…» i la tirem endavant l\'Ajuntament de Castellar del Vallès i l\'Associació …" then the description paragraph; the contact is a closing line "Per a dubtes: name (Àrea d\'Educació) · 93 714 40 40 ext. 12 · e-mail"; youth via "alumnes de 4t d\'ESO i de batxillerat"; the school radio cooperative is not a promoter of its own (it is what the practice creates)' }), async () => {
  const pr = P.castellar;
  const text = `Bon dia,

La iniciativa que us volem fer arribar es diu «${pr.title}» i la tirem endavant l'${pr.promoters[0]} i l'${pr.promoters[1]} des del curs 2018-2019.

${pr.expl}

Per a dubtes: ${pr.contact.name} (Àrea d'Educació) · ${pr.tel} · ${pr.contact.email}

Salutacions,
Àrea d'Educació
Ajuntament de Castellar del Vallès
`;
  return eml({
    received: [received('correu.castellarvalles.cat', '192.0.2.51', 'Thu, 23 Apr 2020 08:31:57 +0200', '4B0E8D2C75')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Ona Jove - bona pràctica de Castellar', date: 'Thu, 23 Apr 2020 08:31:55 +0200', messageId: '<7c2e0a1f95b34d68e1a0c3b7f2d4e905@castellarvalles.cat>', extra: ['User-Agent: Roundcube Webmail/1.3.10', `X-Sender: ${pr.contact.email}`] },
    part: leaf({ body: flowed(text), params: 'format=flowed' }),
  });
});

// ------------------------------------------------------------------ 014 / 015 Vilafranca: working title, then a reply correcting it
const VILAFRANCA_ID = '<HE1PR08MB2715F0A3C9D14B27E58C6A0B3E1D4@HE1PR08MB2715.eurprd08.prod.outlook.com>';
const VILAFRANCA_ACK_ID = '<ack.20200423.1132.5f1d90ce@xmess.example.org>';
add('014-vilafranca-titol-provisional.eml', exp(['vilafranca'], { case: 'Outlook labels (Títol / Entitats / Descripció / Contacte: "name – e-mail – phone"); the title given here is a working title ("Mercat de segona mà del Penedès"): 015, a reply to our acknowledgement, gives the definitive one, so the expected practice holds the corrected title; second-hand market with repairs = reuse' }), async () => {
  const pr = P.vilafranca;
  const lines = [['Títol', pr.wrongTitle], ['Entitats', `${pr.promoters[0]} i ${pr.promoters[1]}`], ['Descripció', pr.expl], ['Contacte', `${pr.contact.name} – ${pr.contact.email} – ${pr.tel}`]];
  const text = `Bon dia,

Us envio la bona pràctica de Vilafranca:

${lines.map(([k, v]) => `${k}: ${v}`).join('\n')}

Salutacions,

Mariona Esteve Raventós
Servei de Medi Ambient
Ajuntament de Vilafranca del Penedès
`;
  const html = `${OUTLOOK_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${p('Bon dia,')}${pBlank}${p('Us envio la bona pràctica de Vilafranca:')}${pBlank}
${lines.map(([k, v]) => p(`<b>${k}:</b> ${k === 'Contacte' ? `${esc(pr.contact.name)} – ${mailto(pr.contact.email)} – ${esc(pr.tel)}` : esc(curly(v))}`)).join('\n')}
${pBlank}${p('Salutacions,')}${pBlank}
${p('Mariona Esteve Raventós<br>Servei de Medi Ambient<br>Ajuntament de Vilafranca del Penedès')}
</div></body></html>`;
  return eml({
    received: [received('mail-vilafranca.outbound.protection.outlook.com', '40.107.7.59', 'Thu, 23 Apr 2020 11:30:22 +0200', 'F2A7C1E093'),
      'Received: from HE1PR08MB2715.eurprd08.prod.outlook.com ([fe80::b1c0:7e24])\n\tby HE1PR08MB2715.eurprd08.prod.outlook.com with mapi id 15.20.2921.030; Thu, 23 Apr 2020 09:30:18 +0000'],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica Vilafranca del Penedès', date: 'Thu, 23 Apr 2020 09:30:16 +0000', messageId: VILAFRANCA_ID, extra: [`Thread-Topic: ${encWord('Bona pràctica Vilafranca del Penedès')}`, 'Thread-Index: AdYZRm8k0sP1Xn3cTq7Lb2Vw9Ez4Yg==', 'Accept-Language: ca-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_HE1PR08MB2715F0A3C9D14B27E58C6A0B3E1D4HE1PR08MB2715eurp_'),
  });
});
add('015-vilafranca-correccio-titol.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '014-vilafranca-titol-provisional.eml', case: 'Outlook "RE:" to our acknowledgement of 014 (In-Reply-To = acknowledgement, References = submission + acknowledgement): the title was provisional, the definitive one is «Rebobina: mercat mensual de roba i objectes de segona mà»; "la resta de dades són correctes"; the acknowledgement is quoted below an Outlook header block with the old title: no new practice, the new title belongs to 014\'s practice' }, async () => {
  const pr = P.vilafranca;
  const ack = ackBody(pr, { title: pr.wrongTitle, subject: 'Bona pràctica Vilafranca del Penedès', when: '23/04/2020 a les 11:30' });
  const top = `Bon dia,

Gràcies per l'acusament de recepció. Hi he vist un error: el títol que us vaig enviar era el provisional. El nom definitiu de la pràctica és «${pr.title}».

La resta de dades són correctes.

Salutacions,
Mariona`;
  const hdr = [['De', `Bones pràctiques XMESS <${XMESS}>`], ['Enviat el', 'dijous, 23 d’abril de 2020 11:32'], ['Per a', `Mariona Esteve Raventós <${pr.contact.email}>`], ['Tema', 'Confirmació de recepció: Bona pràctica Vilafranca del Penedès']];
  const text = `${top}

${hdr.map(([k, v]) => `${k}: ${v}`).join('\n')}

${ack}
`;
  const html = `${OUTLOOK_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${top.split('\n\n').map((para) => p(para.split('\n').map((l) => esc(curly(l))).join('<br>'))).join(pBlank)}
${pBlank}<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>${p(hdr.map(([k, v]) => `<b>${k}:</b> ${esc(v)}`).join('<br>'))}</div>${pBlank}
${ack.split('\n').map((l) => (l ? p(esc(l).replace(/^( +)/, (m) => '&nbsp;'.repeat(m.length))) : pBlank)).join('\n')}
</div></body></html>`;
  return eml({
    received: [received('mail-vilafranca.outbound.protection.outlook.com', '40.107.7.52', 'Thu, 23 Apr 2020 13:05:47 +0200', '0D3C8B5A16'),
      'Received: from HE1PR08MB2715.eurprd08.prod.outlook.com ([fe80::b1c0:7e24])\n\tby HE1PR08MB2715.eurprd08.prod.outlook.com with mapi id 15.20.2921.030; Thu, 23 Apr 2020 11:05:43 +0000'],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'RE: Confirmació de recepció: Bona pràctica Vilafranca del Penedès', date: 'Thu, 23 Apr 2020 11:05:41 +0000', messageId: '<HE1PR08MB27159B1E0D4A3C76F20E8B5A1C3D7@HE1PR08MB2715.eurprd08.prod.outlook.com>', extra: [`In-Reply-To: ${VILAFRANCA_ACK_ID}`, `References: ${VILAFRANCA_ID}\n ${VILAFRANCA_ACK_ID}`, `Thread-Topic: ${encWord('Confirmació de recepció: Bona pràctica Vilafranca del Penedès')}`, 'Thread-Index: AdYZRm8k0sP1Xn3cTq7Lb2Vw9Ez4YgADk3Fw', 'Accept-Language: ca-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_HE1PR08MB27159B1E0D4A3C76F20E8B5A1C3D7HE1PR08MB2715eurp_'),
  });
});

// ------------------------------------------------------------------ 016 / 017 Cardedeu: one practice, and another one the next day
const cardedeuText = (intro, pr) => `Bon dia,

${intro}

Títol: ${pr.title}
Promotors: ${pr.promoters.join(' i ')}
Explicació: ${pr.expl}
Persona de contacte: ${pr.contact.name}
Correu: ${pr.contact.email}
Telèfon: ${pr.tel}

Salutacions,

-- 
Noemí Brunet Tarrés
Àrea de Promoció Econòmica
Ajuntament de Cardedeu
`;
add('016-cardedeu-primera.eml', exp(['cardedeu1'], { case: 'Thunderbird plain text with labels Títol / Promotors ("… i …") / Explicació / Persona de contacte / Correu / Telèfon; the council sends a different practice the next day in a new thread (017); local producers\' shop, mostly organic = agroecology' }), async () => {
  const pr = P.cardedeu1;
  const text = cardedeuText("Us enviem una experiència de Cardedeu per al recull de bones pràctiques de l'ESS.", pr);
  return eml({
    received: [received('correu.cardedeu.cat', '192.0.2.57', 'Thu, 23 Apr 2020 16:40:33 +0200', '9C1E4A0F27')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica de Cardedeu', date: 'Thu, 23 Apr 2020 16:40:30 +0200', messageId: '<4a8e2c07-d13f-9b56-70e2-c5a1f83b9d46@cardedeu.cat>', extra: [TBWIN, 'Content-Language: ca'] },
    part: leaf({ body: text }),
  });
});
add('017-cardedeu-segona-endema.eml', exp(['cardedeu2'], { case: 'the next morning, same sender, a new thread (no In-Reply-To/References, subject "Segona bona pràctica de Cardedeu"): "Ahir us vam enviar l\'Agrobotiga; avui us fem arribar una segona experiència": a new submission with a different practice, not a reply nor a duplicate of 016; the contact person is a colleague (label values), not the sender; youth via "persones de 16 a 25 anys"' }), async () => {
  const pr = P.cardedeu2;
  const text = cardedeuText("Ahir us vam enviar l'Agrobotiga del Mercat; avui us fem arribar una segona experiència de Cardedeu, per si també hi pot entrar. La porta la meva companya de Joventut.", pr);
  const s = P.cardedeu1.contact;
  return eml({
    received: [received('correu.cardedeu.cat', '192.0.2.57', 'Fri, 24 Apr 2020 10:22:09 +0200', '2E7B0D5C93')],
    headers: { returnPath: s.email, from: addr(s.name, s.email), subject: 'Segona bona pràctica de Cardedeu', date: 'Fri, 24 Apr 2020 10:22:06 +0200', messageId: '<b91f4d3a-06c2-7e85-a4d1-3f0e9c2b7a58@cardedeu.cat>', extra: [TBWIN, 'Content-Language: ca'] },
    part: leaf({ body: text }),
  });
});

// ------------------------------------------------------------------ 018 / 019 Amposta: Spanish submission, then an Exchange auto-reply to our acknowledgement
const AMPOSTA_ID = '<8C3F0E1A2D7B4596B0E4@EXCH.amposta.local>';
const AMPOSTA_ACK_ID = '<ack.20200424.1418.c03b7a2e@xmess.example.org>';
add('018-amposta-outlook-es.eml', exp(['amposta'], { case: 'Spanish Outlook HTML + text with bold labels (Nombre de la experiencia / Entidades impulsoras: "El … junto con la … y la …" / Descripción / Contacto: "name, role · phone · e-mail"); the sender leaves on holiday and her Exchange answers our acknowledgement automatically (019); agricultural plastics collected by an insertion company instead of being burnt = waste reduction' }), async () => {
  const pr = P.amposta;
  const lines = [
    ['Nombre de la experiencia', pr.title],
    ['Entidades impulsoras', `El ${pr.promoters[0]}, junto con la ${pr.promoters[1]} y la ${pr.promoters[2]}.`],
    ['Descripción', pr.expl],
    ['Contacto', `${pr.contact.name}, técnica de Medio Ambiente · ${pr.tel} · ${pr.contact.email}`],
  ];
  const text = `Buenas tardes:

Os hacemos llegar la experiencia del Ayuntamiento de Amposta para el recopilatorio.

${lines.map(([k, v]) => `${k}: ${v}`).join('\n\n')}

Un saludo,

Cinta Balagué Ferré
Medi Ambient
Ajuntament d'Amposta
`;
  const html = `${OUTLOOK_HEAD}<body lang=ES link="#0563C1" vlink="#954F72"><div class=WordSection1>
${p('Buenas tardes:')}${pBlank}${p('Os hacemos llegar la experiencia del Ayuntamiento de Amposta para el recopilatorio.')}${pBlank}
${lines.map(([k, v]) => p(`<b>${k}:</b> ${k === 'Contacto' ? esc(v).replace(pr.contact.email, mailto(pr.contact.email)) : esc(curly(v))}`)).join(pBlank)}
${pBlank}${p('Un saludo,')}${pBlank}
${p('<b>Cinta Balagué Ferré</b><br>Medi Ambient<br>Ajuntament d’Amposta')}
</div></body></html>`;
  return eml({
    received: [received('correu.amposta.cat', '192.0.2.60', 'Fri, 24 Apr 2020 14:16:52 +0200', '5F0A2E8C41'),
      'Received: from EXCH.amposta.local (10.7.0.5) by EXCH.amposta.local (10.7.0.5) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1847.3; Fri, 24 Apr 2020 14:16:49 +0200'],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Buena práctica de Amposta', date: 'Fri, 24 Apr 2020 14:16:47 +0200', messageId: AMPOSTA_ID, extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es', 'Thread-Index: AdYaMb3n0Lq8Wc4eTz1Xv7Kp2Hd9sQ=='] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_0072_01D61A3E.4A1F0C20'),
  });
});
add('019-amposta-respuesta-automatica.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Spanish Exchange out-of-office ("Respuesta automática: Confirmació de recepció: Buena práctica de Amposta", Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All) in the thread of 018 (In-Reply-To = our acknowledgement, References = submission + acknowledgement), Spanish and Catalan, naming a substitute colleague with his e-mail and phone: an auto-reply, ignored, never a correction of 018 (its phone must not replace the contact\'s)' }, async () => {
  const text = `Estaré fuera de la oficina hasta el lunes 4 de mayo, sin acceso al correo electrónico. Para asuntos urgentes de Medio Ambiente, podéis contactar con Josep Anton Queral Bel (jqueral@amposta.cat, 977 70 00 60).

Seré fora de l'oficina fins al dilluns 4 de maig. Per a qüestions urgents, adreceu-vos a Josep Anton Queral Bel (jqueral@amposta.cat, 977 70 00 60).

Cinta Balagué Ferré`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">${text.split('\n\n').map((x) => `<p>${esc(x)}</p>`).join('')}</div></body></html>`;
  return eml({
    received: [received('correu.amposta.cat', '192.0.2.60', 'Fri, 24 Apr 2020 14:18:31 +0200', '7A2C9E0B54'),
      'Received: from EXCH.amposta.local (10.7.0.5) by EXCH.amposta.local (10.7.0.5) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1847.3; Fri, 24 Apr 2020 14:18:29 +0200'],
    headers: { returnPath: '', from: addr('Cinta Balagué Ferré', 'cbalague@amposta.cat'), subject: 'Respuesta automática: Confirmació de recepció: Buena práctica de Amposta', date: 'Fri, 24 Apr 2020 14:18:29 +0200', messageId: '<e4b7a0c2591f4d3e8a6b1c0d7f2e9a35@EXCH.amposta.local>', extra: [`In-Reply-To: ${AMPOSTA_ACK_ID}`, `References: ${AMPOSTA_ID}\n ${AMPOSTA_ACK_ID}`, `Thread-Topic: ${encWord('Confirmació de recepció: Buena práctica de Amposta')}`, 'Thread-Index: AdYaMb3n0Lq8Wc4eTz1Xv7Kp2Hd9sQAAEq9Z', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: cbalague@amposta.cat', 'Content-Language: es-ES'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_e4b7a0c2591f4d3e8a6b1c0d7f2e9a35EXCHampostalocal_'),
  });
});

// ------------------------------------------------------------------ 020 Arbúcies: Gmail vacation responder to our reminder
add('020-arbucies-gmail-vacances.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Gmail (Google Workspace) vacation responder answering our reminder (In-Reply-To/References = reminder, Auto-Submitted: auto-replied, custom subject without "Re:"): says the council will send its practice before the 30th and gives the switchboard phone: auto-reply, ignored, no practice, no follow-up' }, async () => {
  const text = `Hola,

Sóc de vacances fins al dilluns 4 de maig i no llegiré el correu.

Si escriviu per la bona pràctica de la XMESS, la meva companya l'enviarà abans del 30 d'abril.

Per a qualsevol urgència, podeu trucar a l'Ajuntament d'Arbúcies (972 86 00 04).

Ignasi Roquet Busquets
Promoció Econòmica - Ajuntament d'Arbúcies`;
  const html = `<div dir="ltr">${text.split('\n\n').map((x) => `<div>${x.split('\n').map(esc).join('<br>')}</div>`).join('<div><br></div>')}</div>`;
  return eml({
    received: [received('mail-sor-f69.google.com', '209.85.220.69', 'Fri, 24 Apr 2020 09:00:11 +0200', '3B9F1E6A08'),
      'Received: by mail-sor-f69.google.com with SMTP id c1sor2174920ljh.2\n        for <bonespractiques@xmess.example.org>; Fri, 24 Apr 2020 00:00:10 -0700 (PDT)'],
    headers: { returnPath: 'iroquet@arbucies.cat', from: addr('Ignasi Roquet Busquets', 'iroquet@arbucies.cat'), subject: 'De vacances fins al 4 de maig', date: 'Fri, 24 Apr 2020 09:00:10 +0200', messageId: '<CAB4tNq9=Xk2Vw7Rf0Lp3Ys8Gd1Hm5Ze6Uc@mail.gmail.com>', extra: [`In-Reply-To: ${REMINDER_ID}`, `References: ${REMINDER_ID}`, 'Auto-Submitted: auto-replied'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000a7e1c905a40b3d52'),
  });
});

// ------------------------------------------------------------------ 021 Postfix DSN: our reminder to a council address that no longer exists
const reminderText = `Benvolguts, benvolgudes,

Us recordem que el termini per enviar bones pràctiques d'economia social i solidària al recull de la XMESS acaba el 30 d'abril de 2020.

Per a cada pràctica, us demanem:
- Títol de la pràctica:
- Entitats promotores:
- Breu explicació (màxim deu línies):
- Persona de contacte (nom, correu electrònic i telèfon):

Podeu enviar-les al cos del correu o en un document adjunt a ${XMESS}.

Moltes gràcies,

Coordinació de la XMESS`;
add('021-dsn-postfix-usuari-desconegut.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Postfix DSN from our own relay ("Undelivered Mail Returned to Sender", From MAILER-DAEMON, Return-Path <>, Auto-Submitted: auto-replied, multipart/report with text/plain notice, message/delivery-status "550 5.1.1 … User unknown in virtual mailbox table" and the whole returned message as message/rfc822): the returned message is our reminder to a Mediona address with an empty field template (Títol / Entitats / Explicació / Persona de contacte): bounce, ignored, nothing to extract' }, async () => {
  const rcpt = 'alcaldia@mediona.cat';
  const notice = `This is the mail system at host mx.xmess.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<${rcpt}>: host mx1.mediona.cat[192.0.2.230] said: 550 5.1.1
    <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)`;
  const status = `Reporting-MTA: dns; mx.xmess.example.org
X-Postfix-Queue-ID: 6D2E01A4F3
X-Postfix-Sender: rfc822; ${XMESS}
Arrival-Date: Fri, 24 Apr 2020 09:00:02 +0200 (CEST)

Final-Recipient: rfc822; ${rcpt}
Original-Recipient: rfc822;${rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.mediona.cat
Diagnostic-Code: smtp; 550 5.1.1 <${rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table`;
  const original = `Return-Path: <${XMESS}>
Received: from app.xmess.example.org (app.xmess.example.org [192.0.2.10])
	by mx.xmess.example.org (Postfix) with ESMTPS id 6D2E01A4F3
	for <${rcpt}>; Fri, 24 Apr 2020 09:00:02 +0200 (CEST)
From: ${TO}
To: ${rcpt}
Subject: ${encWord(REMINDER_SUBJECT)}
Date: Fri, 24 Apr 2020 09:00:00 +0200
Message-ID: ${REMINDER_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${leaf({ body: reminderText }).body}`;
  return eml({
    received: ['Received: by mx.xmess.example.org (Postfix)\n\tid 8B3F21A4F7; Fri, 24 Apr 2020 09:00:04 +0200 (CEST)'],
    headers: { returnPath: '', from: 'MAILER-DAEMON@mx.xmess.example.org (Mail Delivery System)', to: XMESS, subject: 'Undelivered Mail Returned to Sender', date: 'Fri, 24 Apr 2020 09:00:04 +0200 (CEST)', messageId: '<20200424070004.8B3F21A4F7@mx.xmess.example.org>', extra: ['Auto-Submitted: auto-replied'] },
    part: multi('report', [
      { head: 'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii', body: notice },
      { head: 'Content-Description: Delivery report\nContent-Type: message/delivery-status', body: status },
      { head: 'Content-Description: Undelivered Message\nContent-Type: message/rfc822', body: original },
    ], '8B3F21A4F7.1587711604/mx.xmess.example.org', ' report-type=delivery-status;'),
    preamble: 'This is a MIME-encapsulated message.\n\n',
  });
});

// ------------------------------------------------------------------ 022 "Precedence: bulk" mailing of a procurement platform
add('022-precedence-bulk-plataforma.eml', { kind: 'other', status: 'ignored', late: false, practices: [], case: 'mass mailing (To: undisclosed-recipients, Precedence: bulk, no List-* headers, unsubscribe link only in the body) of a responsible-procurement platform: an online seminar and a "Bona pràctica del mes" box about a council (Mediona) with Títol / Qui / Contacte lines: not a submission to the call, ignored' }, async () => {
  const text = `PLATAFORMA PER UNA COMPRA PÚBLICA RESPONSABLE
Notícies · abril 2020

SEMINARI EN LÍNIA: CONTRACTAR DESPRÉS DE L'EMERGÈNCIA
Dijous 7 de maig, de 10 a 12 h. Com mantenir les clàusules socials quan es tramiten contractes d'emergència. Inscripcions al web.

BONA PRÀCTICA DEL MES
Títol: Lots reservats als contractes de manteniment de camins rurals
Qui: Ajuntament de Mediona
Contacte: informació a la web municipal
Els contractes de desbrossada i manteniment de camins s'han dividit en lots petits perquè hi puguin optar cooperatives i empreses d'inserció de la comarca.

Vols que la teva experiència surti en aquest butlletí? Escriu-nos a comunicacio@compraresponsable.example.net.

--
Has rebut aquest correu perquè formes part de la llista de contactes de la Plataforma.
Per donar-te de baixa: https://compraresponsable.example.net/baixa?c=5b81e0
`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Notícies abril 2020</title></head><body style="background:#eeeeee;margin:0"><table width="600" align="center" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
<tr><td style="background:#2F5D50;color:#ffffff"><b style="font-size:20px">Plataforma per una Compra Pública Responsable</b><br>Notícies · abril 2020</td></tr>
<tr><td><h2 style="font-size:16px;color:#2F5D50">Seminari en línia: contractar després de l'emergència</h2><p>Dijous 7 de maig, de 10 a 12 h. Com mantenir les clàusules socials quan es tramiten contractes d'emergència. Inscripcions al web.</p></td></tr>
<tr><td style="background:#F3F7F5"><h2 style="font-size:16px;color:#2F5D50">Bona pràctica del mes</h2><p><b>Títol:</b> Lots reservats als contractes de manteniment de camins rurals<br><b>Qui:</b> Ajuntament de Mediona<br><b>Contacte:</b> informació a la web municipal</p><p>Els contractes de desbrossada i manteniment de camins s'han dividit en lots petits perquè hi puguin optar cooperatives i empreses d'inserció de la comarca.</p><p>Vols que la teva experiència surti en aquest butlletí? Escriu-nos a <a href="mailto:comunicacio@compraresponsable.example.net">comunicacio@compraresponsable.example.net</a>.</p></td></tr>
<tr><td style="font-size:11px;color:#888888">Has rebut aquest correu perquè formes part de la llista de contactes de la Plataforma.<br><a href="https://compraresponsable.example.net/baixa?c=5b81e0">Donar-se de baixa</a></td></tr>
</table></body></html>`;
  return eml({
    received: [received('envios.compraresponsable.example.net', '198.51.100.83', 'Mon, 27 Apr 2020 08:00:37 +0200', 'B1F6D3E0A8')],
    headers: { returnPath: 'rebots@envios.compraresponsable.example.net', from: addr('Plataforma per una Compra Pública Responsable', 'comunicacio@compraresponsable.example.net'), to: 'undisclosed-recipients:;', subject: "Notícies d'abril: seminari i bona pràctica del mes", date: 'Mon, 27 Apr 2020 08:00:12 +0200', messageId: '<20200427060012.5b81e0.3f2a@envios.compraresponsable.example.net>', extra: ['Precedence: bulk', 'X-Mailer: PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], 'b1_5b81e03f2a9c4d7e0b16a8f3c2d5e940'),
  });
});

// ------------------------------------------------------------------ 023 Prats de Lluçanès: dated 30 April 23:58, reached the mailbox at 00:06 on 1 May
add('023-prats-fora-termini-mitjanit.eml', exp(['prats'], { late: true, case: 'late by minutes: the Date header is Thu 30 Apr 2020 23:58:46 +0200 and the council\'s own server relayed it at 23:58:49, but the topmost Received (our mailbox) is Fri 1 May 2020 00:06:12 +0200 (greylisting delay): late; the text even says "abans que s\'acabi el termini"; Horde plain text with labels Nom / Promotors ("… , … i …") / En què consisteix / Contacte (name, role, e-mail, phone "938 560 213"); wool that was thrown away turned into insulation = circular economy' }), async () => {
  const pr = P.prats;
  const text = `Bona nit,

Us enviem a corre-cuita, abans que s'acabi el termini, la bona pràctica de Prats de Lluçanès.

Nom: ${pr.title}
Promotors: ${pr.promoters[0]}, ${pr.promoters[1]} i ${pr.promoters[2]}
En què consisteix: ${pr.expl}
Contacte: ${pr.contact.name}, tècnica de Desenvolupament Local, ${pr.contact.email}, ${pr.tel}

Moltes gràcies i bona nit,

Teresa Comella
Ajuntament de Prats de Lluçanès
`;
  return eml({
    received: [received('correu.pratsdellucanes.cat', '192.0.2.66', 'Fri, 1 May 2020 00:06:12 +0200', 'C0A4E8B271'),
      'Received: from webmail.pratsdellucanes.cat (localhost [127.0.0.1])\n\tby correu.pratsdellucanes.cat (Postfix) with ESMTP id 4E8B271C0A\n\tfor <bonespractiques@xmess.example.org>; Thu, 30 Apr 2020 23:58:49 +0200 (CEST)'],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica Prats de Lluçanès', date: 'Thu, 30 Apr 2020 23:58:46 +0200', messageId: '<20200430235846.Horde.Tq3Wm8Lx0Rb5Vn1Kc7Ze2Pa@webmail.pratsdellucanes.cat>', extra: ['User-Agent: Horde Application Framework 5', 'X-Greylist: delayed 443 seconds by postgrey-1.36 at mx.xmess.example.org; Fri, 01 May 2020 00:06:12 CEST'] },
    part: { head: 'Content-Type: text/plain; charset=UTF-8; format=flowed; DelSp=Yes\nContent-Disposition: inline\nContent-Transfer-Encoding: quoted-printable', body: leaf({ body: text }).body },
  });
});

// ------------------------------------------------------------------ 024 Solsona (non-member): "**bold**" Markdown labels
add('024-solsona-no-membre-negretes.eml', exp(['solsona'], { case: 'non-member council (configured, member: false); Apple Mail plain text where the writer used Markdown bold: the title alone as "**…**" on its own line, then "**Qui la promou:**", "**Què és:**", "**Contacte:**" (name, role – e-mail – phone); district heating with local forest chips replacing diesel = renewable energy' }), async () => {
  const pr = P.solsona;
  const text = `Bon dia,

L'Ajuntament de Solsona no forma part de la Xarxa, però ens han dit que igualment podíem fer-vos arribar experiències per al recull. Us n'enviem una:

**${pr.title}**

**Qui la promou:** ${pr.promoters[0]} i ${pr.promoters[1]}

**Què és:** ${pr.expl}

**Contacte:** ${pr.contact.name}, enginyer municipal – ${pr.contact.email} – ${pr.tel}

Salut!

Francesc Pallarès
Ajuntament de Solsona`;
  return eml({
    received: [received('smtp.ajsolsona.cat', '192.0.2.69', 'Mon, 27 Apr 2020 12:10:41 +0200', '8E3D1F0C96')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Experiència de Solsona per al recull', date: 'Mon, 27 Apr 2020 12:10:37 +0200', messageId: '<2B7E9A14-C305-4D8F-9E61-A0F3D5C28B47@ajsolsona.cat>', extra: ['X-Mailer: Apple Mail (2.3608.80.23.2.2)'] },
    part: leaf({ body: text, params: 'format=flowed' }),
  });
});

// ------------------------------------------------------------------ 025 Consell Comarcal de la Selva: <h2> title, "Responsable tècnic:"
add('025-ccselva-responsable-tecnic.eml', exp(['selva'], { case: 'comarcal council (member) writing in the first person plural: "Des del Consell Comarcal de la Selva, juntament amb els ajuntaments de Sils, Riudarenes, Maçanet de la Selva i Vidreres, us presentem:" (five promoters, four councils grouped under one plural; Sils is a configured non-member sender but only named here), the title as an <h2> (a line of its own in the text part), one description paragraph, then "Responsable tècnic:" (name, role) and "Contacte:" (e-mail · phone); shared tender templates with social clauses and reservations = procurement' }), async () => {
  const pr = P.selva;
  const intro = "Des del Consell Comarcal de la Selva, juntament amb els ajuntaments de Sils, Riudarenes, Maçanet de la Selva i Vidreres, us presentem aquesta experiència:";
  const text = `Bon dia,

${intro}

${pr.title}

${pr.expl}

Responsable tècnic: ${pr.contact.name}, tècnic de Contractació del Consell Comarcal
Contacte: ${pr.contact.email} · ${pr.tel}

Salutacions cordials,

Consell Comarcal de la Selva
Passeig de Sant Salvador, 25-27 · 17430 Santa Coloma de Farners
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Bon dia,</p>
<p>${esc(intro)}</p>
<h2 style="font-size:14pt;color:#2E6B30">${esc(pr.title)}</h2>
<p>${esc(pr.expl)}</p>
<p><b>Responsable tècnic:</b> ${esc(pr.contact.name)}, tècnic de Contractació del Consell Comarcal<br><b>Contacte:</b> <a href="mailto:${pr.contact.email}">${pr.contact.email}</a> · ${esc(pr.tel)}</p>
<p>Salutacions cordials,</p>
<p style="color:#666666;font-size:8pt">Consell Comarcal de la Selva<br>Passeig de Sant Salvador, 25-27 · 17430 Santa Coloma de Farners</p>
</body></html>`;
  return eml({
    received: [received('correu.selva.cat', '192.0.2.72', 'Tue, 28 Apr 2020 10:05:18 +0200', '1F8C0E7A3D')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica del Consell Comarcal de la Selva', date: 'Tue, 28 Apr 2020 10:05:15 +0200', messageId: '<000001d61d3a$2e9f4c80$8bdde580$@selva.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca', 'Thread-Index: AdYdOi6f0w3Kq9Lm2Vb7Ec1Zx4Ty8g=='] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_0001_01D61D4A.F228BC80'),
  });
});

// ------------------------------------------------------------------ 026 Barcelona: Spanish Apple Mail plain text
add('026-barcelona-applemail-es.eml', exp(['barcelona'], { case: 'Spanish Apple Mail plain text (quoted-printable); labels Proyecto / Quién lo impulsa (three entities with ";") / En qué consiste / Persona de contacto ("name – role") / Teléfono "(+34) 93 413 27 65" / Correo; covid via "desde que se decretó el estado de alarma" (a hotel closed for lack of tourism shelters homeless people); intercooperation' }), async () => {
  const pr = P.barcelona;
  const text = `Hola,

Os envío la experiencia que presentamos desde el Ayuntamiento de Barcelona (Comisionado de Economía Social y Derechos Sociales):

Proyecto: ${pr.title}
Quién lo impulsa: ${pr.promoters.join('; ')}
En qué consiste: ${pr.expl}
Persona de contacto: ${pr.contact.name} – técnica de Economía Social y Solidaria
Teléfono: ${pr.tel}
Correo: ${pr.contact.email}

Un abrazo,
Lucía`;
  return eml({
    received: [received('mail.bcn.cat', '192.0.2.75', 'Tue, 28 Apr 2020 18:22:40 +0200', '6A0D3B9E17')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Buena práctica Barcelona – Hotel Refugio', date: 'Tue, 28 Apr 2020 18:22:34 +0200', messageId: '<A9C4E217-3F0B-4B6D-8E25-71D0F3B9A6C8@bcn.cat>', extra: ['X-Mailer: Apple Mail (2.3608.80.23.2.2)', 'Content-Language: es'] },
    part: leaf({ body: text }),
  });
});

// ------------------------------------------------------------------ 027 Argentona: OWA, arrives at 23:41 local on 30 April (21:41 UTC): on time
add('027-argentona-owa-limit-utc.eml', exp(['argentona'], { case: 'on time by minutes: Outlook Web App, Date and topmost Received in UTC ("Thu, 30 Apr 2020 21:41:07 +0000" = 23:41 in Barcelona, before the deadline); HTML with a <ul> of bold labels (Nom / Impulsors / Descripció), plain part with "* Label: value"; the contact is only the signature (name, role, phone, e-mail); coeducation and prevention of sexist violence = feminism, teenagers 12-17 = youth' }), async () => {
  const pr = P.argentona;
  const items = [['Nom', pr.title], ['Impulsors', `${pr.promoters[0]} i ${pr.promoters[1]}`], ['Descripció', pr.expl]];
  const sig = [pr.contact.name, 'Tècnica de Joventut i Igualtat', "Ajuntament d'Argentona", `Tel. ${pr.tel}`, pr.contact.email];
  const text = `Bona nit,

Encara som a temps! Us envio la nostra bona pràctica:

${items.map(([k, v]) => `* ${k}: ${v}`).join('\n')}

Salutacions,

${sig.join('\n')}
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Bona nit,<br><br>Encara som a temps! Us envio la nostra bona pràctica:<ul>${items.map(([k, v]) => `<li><b>${k}:</b> ${esc(v)}</li>`).join('')}</ul>Salutacions,<br><br></div><div id="Signature"><div style="font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#444">${sig.map((l) => (l === pr.contact.email ? mailto(l) : esc(l))).join('<br>')}</div></div></body></html>`;
  return eml({
    received: [received('correu.argentona.cat', '192.0.2.78', 'Thu, 30 Apr 2020 21:41:07 +0000', '0B5E9C2A48')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica Argentona', date: 'Thu, 30 Apr 2020 21:40:58 +0000', messageId: '<VI1PR02MB3989A1D05E7C24B3F90C6E5B2A8D0@VI1PR02MB3989.eurprd02.prod.outlook.com>', extra: [`Thread-Topic: ${encWord('Bona pràctica Argentona')}`, 'Thread-Index: AQHWHzJ0bN3cV8kQ1Ey5Tq7Wm2Rz4A==', 'Accept-Language: ca-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'x-ms-exchange-transport-fromentityheader: Hosted'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_VI1PR02MB3989A1D05E7C24B3F90C6E5B2A8D0VI1PR02MB3989eurp_'),
  });
});

// ------------------------------------------------------------------ 028 Algerri: ISO-8859-1 quoted-printable, the mayor as contact in a sentence
add('028-algerri-latin1-qp.eml', exp(['algerri'], { case: 'small council, general mailbox "Ajuntament d\'Algerri", text/plain ISO-8859-1 quoted-printable (RFC 2047 ISO-8859-1 subject); the secretary writes prose: title after "L\'experiència que presentem és", promoters in a sentence ("La impulsen conjuntament l\'Ajuntament i la Cooperativa …"), the contact is the mayor named in a sentence with his own e-mail and phone ("La persona de referència és l\'alcalde, en …, al 973 42 60 02 o a alcaldia@…"), not the sender address; organic recovery of abandoned olive groves = agroecology' }), async () => {
  const pr = P.algerri;
  const text = `Bon dia,

L'experiència que presentem des d'Algerri és "${pr.title}".

${pr.expl}

La impulsen conjuntament l'Ajuntament i la ${pr.promoters[1]}, amb seu al mateix poble.

La persona de referència és l'alcalde, en ${pr.contact.name}, al ${pr.tel} o a ${pr.contact.email}.

Atentament,

Secretaria
Ajuntament d'Algerri`;
  const subject = "Bona pràctica d'Algerri";
  const head = headerBlock({
    received: [received('correu.algerri.cat', '192.0.2.81', 'Wed, 29 Apr 2020 09:40:26 +0200', '3D7A0F1E59')],
    headers: { returnPath: 'ajuntament@algerri.cat', from: addr("Ajuntament d'Algerri", 'ajuntament@algerri.cat'), subject, subjectCharset: 'ISO-8859-1', date: 'Wed, 29 Apr 2020 09:40:24 +0200', messageId: '<004e01d61dfb$8a3c1d40$9eb457c0$@algerri.cat>', extra: ['X-Mailer: Microsoft Outlook 14.0', 'Content-Language: ca', 'Thread-Index: AdYd+4o8HT0a1Vq3Rm6LcW9Xe2Kb7A=='] },
    part: { head: 'Content-Type: text/plain; charset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable' },
  });
  return (head + '\n\n' + leaf({ charset: 'iso-8859-1', body: text }).body + '\n').replace(/\r?\n/g, '\r\n');
});

// ------------------------------------------------------------------ 029 Consorci del Lluçanès: clearly late (4 May), labels with indented values
add('029-llucanes-fora-termini-sagnat.eml', exp(['llucanes'], { late: true, case: 'clearly late: arrives Mon 4 May 2020 (apology in the text); sender is the consortium (its own configured entry, member); Thunderbird plain text with each label on its own line and the value indented four spaces below (Títol / Promotors / Descripció / Persona de contacte: name, role, e-mail, phone on separate indented lines); empty houses let to newcomer families through a housing cooperative = intercooperation only (no youth: the children are not the addressees)' }), async () => {
  const pr = P.llucanes;
  const ind = (s) => s.split('\n').map((l) => `    ${l}`).join('\n');
  const text = `Bon dia,

Disculpeu el retard: sabem que el termini es va tancar el 30 d'abril, però us fem arribar igualment la nostra experiència per si encara hi teniu cabuda.

Títol
${ind(pr.title)}

Promotors
${ind(`${pr.promoters[0]}\n${pr.promoters[1]}`)}

Descripció
${ind(pr.expl)}

Persona de contacte
${ind(`${pr.contact.name}\nTècnica d'Habitatge\n${pr.contact.email}\n${pr.tel}`)}

Gràcies,

Consorci del Lluçanès
`;
  return eml({
    received: [received('correu.llucanes.cat', '192.0.2.84', 'Mon, 4 May 2020 10:12:55 +0200', '9A2F6C1D08')],
    headers: { returnPath: pr.contact.email, from: addr(pr.contact.name, pr.contact.email), subject: 'Bona pràctica Consorci del Lluçanès (amb retard)', date: 'Mon, 4 May 2020 10:12:52 +0200', messageId: '<e07c1b4a-93d2-5f68-b0a1-7d4e2c9f3a61@llucanes.cat>', extra: [TB, 'Content-Language: ca'] },
    part: leaf({ body: text }),
  });
});

// ------------------------------------------------------------------ 030 Sobremunt: the mayor writes from gmail.com
add('030-sobremunt-gmail-alcalde.eml', exp(['sobremunt'], { case: 'small member council without its own mailbox: the mayor writes from a gmail.com address, municipality from the text ("l\'Ajuntament de Sobremunt"); the title is a line of its own (bold in HTML), promoters in a later sentence ("La tirem endavant l\'Ajuntament i l\'Associació …", the council written without its town name), contact = the signature (name, "Alcalde de Sobremunt", phone) with the gmail sender as e-mail; covid via "des que va començar el confinament"; the volunteers\' association and the council both promote it' }), async () => {
  const pr = P.sobremunt;
  const text = `Bon vespre,

Des de l'Ajuntament de Sobremunt us volem fer arribar aquesta iniciativa, petita com el nostre poble, per al recull de bones pràctiques:

${pr.title}

${pr.expl}

La tirem endavant l'Ajuntament i l'${pr.promoters[1]}.

Una salutació,

${pr.contact.name}
Alcalde de Sobremunt
${pr.tel}
`;
  const html = `<div dir="ltr"><div>Bon vespre,</div><div><br></div><div>Des de l'Ajuntament de Sobremunt us volem fer arribar aquesta iniciativa, petita com el nostre poble, per al recull de bones pràctiques:</div><div><br></div><div><b>${esc(pr.title)}</b></div><div><br></div><div>${esc(pr.expl)}</div><div><br></div><div>La tirem endavant l'Ajuntament i l'${esc(pr.promoters[1])}.</div><div><br></div><div>Una salutació,</div><div><br></div><div>${esc(pr.contact.name)}</div><div>Alcalde de Sobremunt</div><div>${esc(pr.tel)}</div></div>`;
  return eml({
    received: [received('mail-lj1-f172.google.com', '209.85.208.172', 'Wed, 29 Apr 2020 21:15:03 +0200', '5C0E8A3F12'),
      'Received: by mail-lj1-f172.google.com with SMTP id f11so3571612ljp.8\n        for <bonespractiques@xmess.example.org>; Wed, 29 Apr 2020 12:15:02 -0700 (PDT)'],
    headers: { returnPath: pr.contact.email, from: addr('Ajuntament Sobremunt', pr.contact.email), subject: 'Iniciativa de Sobremunt', date: 'Wed, 29 Apr 2020 21:14:49 +0200', messageId: '<CAPq2Lx7=Hd4Wm0Rb9Te3Kv6Ys1Nc8Zf5Ga@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000e19c4a05a4742b0d'),
  });
});

// ------------------------------------------------------------------ config (same layout as heldout6/config)
// Members and domains from ../shared/data/xmess-members.json (councils that have no domain there get a
// plausible own one). Non-members: Solsona (the one that writes) and Sils (only named in 025).
const municipalities = [
  ['Sabadell', ['ajsabadell.cat', 'sabadell.cat'], true], ['Cornellà de Llobregat', ['aj-cornella.cat', 'cornella.cat'], true],
  ['El Prat de Llobregat', ['elprat.cat'], true], ['Manlleu', ['manlleu.cat'], true], ['Sant Cugat del Vallès', ['santcugat.cat'], true],
  ['Vilanova i la Geltrú', ['vilanova.cat'], true], ['Sant Adrià de Besòs', ['sant-adria.net', 'sant-adria.cat'], true],
  ['Palafrugell', ['palafrugell.cat'], true], ['Sant Boi de Llobregat', ['santboi.cat'], true], ['Santa Coloma de Gramenet', ['gramenet.cat'], true],
  ['Reus', ['reus.cat'], true], ['Cerdanyola del Vallès', ['cerdanyola.cat'], true], ['Castellar del Vallès', ['castellarvalles.cat'], true],
  ['Vilafranca del Penedès', ['vilafranca.cat'], true], ['Cardedeu', ['cardedeu.cat'], true], ['Amposta', ['amposta.cat'], true],
  ['Arbúcies', ['arbucies.cat'], true], ['Barcelona', ['bcn.cat', 'barcelona.cat'], true], ['Prats de Lluçanès', ['pratsdellucanes.cat'], true],
  ['Mediona', ['mediona.cat'], true], ['Consell Comarcal de la Selva', ['selva.cat'], true], ['Argentona', ['argentona.cat'], true],
  ['Algerri', ['algerri.cat'], true], ['Sobremunt', ['sobremunt.cat'], true], ['Consorci del Lluçanès', ['llucanes.cat'], true],
  ['Viladamat', ['viladamat.cat'], true],
  ['Solsona', ['ajsolsona.cat', 'solsona.cat'], false], ['Sils', ['sils.cat'], false],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Roser Albiol Camps', email: 'roser.albiol@example.org', themes: ['public-procurement', 'ecological-transition'] },
  { name: 'Quim Estrada Vall', email: 'quim.estrada@example.org', themes: ['covid-response', 'intercooperation'] },
  { name: 'Iolanda Ferrés Oller', email: 'iolanda.ferres@example.org', themes: ['feminism-intersectionality', 'youth'] },
];

await writeCorpus(OUT, { name: 'heldout7', messages, municipalities, campaign, advisors });
