#!/usr/bin/env node
// Writes tests/fixtures/heldout6/: a sixth blind held-out corpus (31 .eml, config/, expected.json).
// Written without reading the extractor: the ground truth is what a careful human coordinator records
// from each mail. Emphasis: councils writing in the first person ("des de l'Àrea … hem impulsat"),
// numbered lists of practices in one body, forwards (RV:/Fwd:) where the practice comes from a colleague,
// replies to the network's acknowledgement that complete a missing phone or contact person, DOCX made
// with the `docx` package, ODT tables and line-broken label paragraphs, PDF systematisation sheets,
// windows-1252 quoted-printable, base64 and 8bit bodies, HTML-only mails, logos and disclaimers in
// signatures, an Exchange out-of-office and NDR, a phpList newsletter, a late submission, a corrupt DOCX,
// and themes that are only implied (lockdown, closed markets, neighbouring councils, clauses in tenders…).
// Deterministic: fixed dates, fixed MIME boundaries, fixed zip timestamps (docx output re-zipped with its
// core-properties dates fixed), fixed PDF metadata.
// Usage: node tests/corpora/heldout6/make.mjs

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { XMESS, TO, encWord, addr, b64, leaf, multi, received, headerBlock, eml, cp1252, flowed, zipOf, png, firstSentence, esc, DOCX_TYPE, ODT_TYPE, writeCorpus, pdfRaw, quote, mailto } from '../lib/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout6');
const REMINDER_ID = '<recordatori-bonespractiques-2020-04-24@xmess.example.org>';

// ------------------------------------------------------------------ documents

// DOCX written by the `docx` package (as a council's web form or script would), then re-zipped with fixed
// entry dates and fixed dcterms:created/modified (the package stamps the current time there).
async function docxPkg(children, { title, creator, header, footer }) {
  const section = { properties: {}, children };
  if (header) section.headers = { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: header, size: 16, color: '7F7F7F' })] })] }) };
  if (footer) section.footers = { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footer, size: 16, color: '7F7F7F' })] })] }) };
  const doc = new Document({ creator, title, lastModifiedBy: creator, styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } }, sections: [section] });
  const z = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const files = [];
  for (const name of Object.keys(z.files)) {
    if (z.files[name].dir) continue;
    let content = await z.file(name).async('nodebuffer');
    if (name === 'docProps/core.xml') {
      content = content.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*/, '$12020-04-20T08:40:00Z')
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, '$12020-04-21T09:15:00Z');
    }
    files.push([name, content]);
  }
  return zipOf(files);
}
const dP = (text, opts = {}) => new Paragraph({ ...opts, children: [new TextRun(text)] });
const dLabel = (label, value) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: label, bold: true }), new TextRun(value)] });
const dLines = (lines, opts = {}) => new Paragraph({ ...opts, children: lines.map((l, i) => new TextRun({ text: l, break: i ? 1 : 0 })) });
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };
function dTable(rows, { labelWidth = 28, shade = 'DEEAF6' } = {}) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ children: [
      new TableCell({ width: { size: labelWidth, type: WidthType.PERCENTAGE }, borders: CELL_BORDERS, shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 100 - labelWidth, type: WidthType.PERCENTAGE }, borders: CELL_BORDERS, children: String(value).split('\n').map((l) => dP(l)) }),
    ] })),
  });
}

// OpenDocument text: paragraphs, bold spans, headings, tables (table:table with two columns)
const ODT_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const ODT_AUTO = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
  + '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#666666"/></style:style>'
  + '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
  + '<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>'
  + '<style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>'
  + '<style:style style:name="Tbl.L" style:family="table-cell"><style:table-cell-properties fo:background-color="#e2efd9" fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>'
  + '<style:style style:name="Tbl.V" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>'
  + '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>';
const oP = (inner, style) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${inner}</text:p>`;
const oB = (t) => `<text:span text:style-name="T1">${esc(t)}</text:span>`;
const oI = (t) => `<text:span text:style-name="T2">${esc(t)}</text:span>`;
const oH = (t, level = 1) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${esc(t)}</text:h>`;
const oBr = '<text:line-break/>';
const oTable = (rows) => `<table:table table:name="Fitxa" table:style-name="Tbl"><table:table-column table:style-name="Tbl.A"/><table:table-column table:style-name="Tbl.B"/>${rows.map(([l, v]) => `<table:table-row><table:table-cell table:style-name="Tbl.L" office:value-type="string"><text:p>${oB(l)}</text:p></table:table-cell><table:table-cell table:style-name="Tbl.V" office:value-type="string">${String(v).split('\n').map((x) => `<text:p>${esc(x)}</text:p>`).join('')}</table:table-cell></table:table-row>`).join('')}</table:table>`;
async function odt(bodyXml, { creationDate = '2020-04-17T10:12:00', date = '2020-04-20T12:40:00', lang = 'ca', generator = 'LibreOffice/6.3.5.2$Windows_X86_64 LibreOffice_project/dd0751754f11728f69b42ee2af66670068624673' } = {}) {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODT_NS} office:version="1.2"><office:automatic-styles>${ODT_AUTO}</office:automatic-styles><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODT_NS} office:version="1.2"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:language="${lang}" fo:country="ES"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style></office:styles></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:generator>${generator}</meta:generator><meta:creation-date>${creationDate}</meta:creation-date><dc:date>${date}</dc:date><dc:language>${lang}</dc:language></office:meta></office:document-meta>`;
  return zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' }],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'],
    ['content.xml', content],
    ['styles.xml', styles],
    ['meta.xml', meta],
  ]);
}

// PDF (pdfkit, standard fonts, fixed metadata)
function pdf(draw, { title = 'Fitxa', author = 'Ajuntament', producer = 'Microsoft: Print To PDF', creator = 'Microsoft Word', margins = { top: 70, bottom: 70, left: 62, right: 62 } } = {}) {
  return pdfRaw(draw, { size: 'A4', margins, info: { Title: title, Author: author, Producer: producer, Creator: creator, CreationDate: new Date('2020-04-17T07:30:00Z'), ModDate: new Date('2020-04-17T07:30:00Z') } });
}

// ------------------------------------------------------------------ content
// `tel` is the phone as written in the mail; `phone` (when set) is the number without an extension;
// tel: null = the mail gives no phone. The expected summary is the first sentence of `expl`.
const P = {};
function practice(key, o) { P[key] = o; return o; }

practice('vic', {
  title: 'Connectats: acompanyament digital a la gent gran que viu sola',
  promoters: ['Ajuntament de Vic', 'Cooperativa Nusos Digitals', 'Associació de Gent Gran del Remei'],
  expl: "Hem cedit 120 tauletes amb connexió a internet a persones de més de 75 anys que viuen soles, perquè durant el confinament puguin mantenir el contacte amb la família, amb el metge de capçalera i amb els serveis municipals. Cada setmana un equip de la cooperativa les truca i les ajuda a fer videotrucades i tràmits en línia, i les voluntàries de l'associació fan el seguiment de cada persona i avisen els serveis socials quan detecten alguna necessitat. Ara mateix hi participen 117 persones.",
  contact: { name: 'Roser Tordera Vilalta', email: 'rtordera@vic.cat' }, tel: '638 41 27 90',
  municipality: 'Vic', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('manresa1', {
  title: "Reserva dels contractes de manteniment escolar a empreses d'inserció",
  promoters: ['Ajuntament de Manresa'],
  who: "La impulsa l'Ajuntament de Manresa des del Servei de Contractació.",
  expl: "Des del curs 2019-2020, els contractes de petites reparacions, pintura i manteniment de les 17 escoles públiques de la ciutat es reserven a empreses d'inserció i a centres especials de treball. Els plecs valoren, a més, que les persones contractades visquin als barris on hi ha les escoles. En el primer any s'han adjudicat 410.000 euros i s'han creat 14 llocs de treball.",
  contact: { name: 'Ferran Solé Jorba', email: 'fsole@ajmanresa.cat' }, role: 'cap del Servei de Contractació', tel: '93 878 23 00 ext. 2174', phone: '93 878 23 00',
  municipality: 'Manresa', member: true, themes: ['public-procurement'],
});
practice('manresa2', {
  title: "Cooperatives d'estiu per a joves de 16 a 18 anys",
  promoters: ['Ajuntament de Manresa', 'Cooperativa Rels del Bages'],
  who: 'La organitzem amb la Cooperativa Rels del Bages, que acompanya els grups.',
  expl: "Durant el juliol, grups de nois i noies de 16 a 18 anys creen una cooperativa de serveis per al barri (petites feines de jardineria, pintura de reixes, passeig de gossos) i a final de mes se'n reparteixen els beneficis. Aprenen a prendre decisions en assemblea, a fer pressupostos i a tractar amb la clientela. L'estiu passat hi van participar 32 joves repartits en quatre cooperatives.",
  contact: { name: 'Elisenda Camprubí Oms', email: 'ecamprubi@ajmanresa.cat' }, role: 'tècnica de Joventut', tel: '619 54 08 32',
  municipality: 'Manresa', member: true, themes: ['intercooperation', 'youth'],
});
practice('manresa3', {
  title: "Finestreta única per a les entitats de l'economia social",
  promoters: ['Ajuntament de Manresa'],
  who: "És un servei propi de l'Ajuntament de Manresa.",
  expl: "Punt d'atenció on les associacions, cooperatives i fundacions de la ciutat fan en un sol lloc tots els tràmits municipals: subvencions, permisos d'activitat, cessió d'espais i inscripció al registre d'entitats. Una mateixa persona tècnica fa el seguiment de cada entitat i l'avisa de les convocatòries que li poden interessar. El 2019 s'hi van atendre 286 entitats.",
  contact: { name: 'Imma Cardona Riu', email: 'icardona@ajmanresa.cat' }, role: "tècnica d'Economia Social", tel: '93 878 23 00 ext. 2160', phone: '93 878 23 00',
  municipality: 'Manresa', member: true, themes: [],
});
practice('lleida', {
  title: 'Fruta Rescatada: zumos y conservas con la fruta que no llega al mercado',
  promoters: ['Ayuntamiento de Lleida', "Cooperativa d'Inserció L'Obrador del Segrià", "Asociación de Fruticultores de l'Horta de Lleida"],
  expl: "La cooperativa recoge en las fincas de la Horta la fruta que no tiene el calibre o el aspecto que exige el mercado y la transforma en zumos, compotas y mermeladas en un obrador municipal cedido, donde trabajan nueve personas en proceso de inserción laboral. Así se evita que cada campaña se pudran en los campos toneladas de melocotón, nectarina y pera. Los productos se venden en el mercado del Pla y una parte se destina al banco de alimentos.",
  contact: { name: 'Anna Companys Ribes', email: 'acompanys@paeria.cat' }, tel: '973 70 03 75',
  municipality: 'Lleida', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('girona', {
  title: 'Radis: taller de reparació de bicicletes per a joves',
  promoters: ['Ajuntament de Girona', 'Associació Pedal Lliure Girona'],
  expl: "Taller obert tres tardes per setmana on nois i noies de 14 a 20 anys aprenen a reparar les bicicletes abandonades que la Policia Municipal retira de la via pública i que ningú no reclama. Un cop reparades, les bicicletes es cedeixen a joves que les necessiten per anar a l'institut o a la feina sense dependre del cotxe ni de la moto. En el primer any s'han recuperat 190 bicicletes.",
  contact: { name: 'Pol Vilarrasa Coll', email: 'pvilarrasa@girona.cat' }, tel: '(0034) 660 218 345',
  municipality: 'Girona', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('santquirze', {
  title: 'Marxes exploratòries: el poble vist per les dones que hi viuen',
  promoters: ['Ajuntament de Sant Quirze del Vallès', 'Cooperativa Teixit Urbà'],
  expl: "Grups de veïnes de diferents edats i orígens recorren a peu els barris, de dia i de nit, per identificar els punts on se senten insegures o que els dificulten la vida quotidiana: carrers mal il·luminats, voreres massa estretes per a un cotxet, parades d'autobús aïllades. La cooperativa, especialitzada en urbanisme amb perspectiva de gènere, dinamitza les marxes i redacta un informe amb propostes que l'Ajuntament incorpora al pla d'inversions. De les 46 propostes fetes el 2019, ja se n'han executat 19.",
  contact: { name: 'Clàudia Mestre Batlle', email: 'cmestre@santquirzevalles.cat' }, tel: '93 721 45 18',
  municipality: 'Sant Quirze del Vallès', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('tarrega', {
  title: "Banc de terres de l'Urgell per a joves que s'incorporen a la pagesia",
  promoters: ['Ajuntament de Tàrrega', "Associació Joves Pagesos de l'Urgell"],
  expl: "L'Ajuntament fa de pont entre propietaris de finques que ja no es conreen i persones menors de 40 anys que volen començar a fer de pagès, i els acompanya a signar contractes d'arrendament a llarg termini. L'associació ofereix als nous pagesos formació en producció ecològica i els deixa maquinària en règim compartit. En tres anys s'han posat en conreu 64 hectàrees i s'hi han instal·lat 11 joves.",
  contact: { name: 'Laia Sanuy Pont', email: 'lsanuy@tarrega.cat' }, tel: '973 31 00 00 ext. 42', phone: '973 31 00 00',
  municipality: 'Tàrrega', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('ripollet', {
  title: 'Punt Lila a distància: acompanyament a dones durant el confinament',
  promoters: ['Ajuntament de Ripollet', "Associació Feminista L'Escletxa"],
  expl: "Mentre ha durat el confinament, el servei d'informació i atenció a les dones ha atès per telèfon, per missatgeria i per videotrucada les dones que pateixen violència masclista i que han hagut de conviure a casa amb l'agressor. L'associació ha organitzat una xarxa de 40 farmàcies i botigues d'alimentació on les dones poden demanar ajuda amb una paraula clau. S'han atès 87 dones, 23 de les quals eren casos nous.",
  contact: { name: 'Judit Casajoana Prat', email: 'jcasajoana@ripollet.cat' }, tel: '661 27 40 93',
  municipality: 'Ripollet', member: true, themes: ['covid-response', 'intercooperation', 'feminism-intersectionality'],
});
practice('barbera', {
  title: 'Dissabtes de reparació: tallers oberts per allargar la vida dels objectes',
  promoters: ['Ajuntament de Barberà del Vallès', 'Associació Repara Barberà'],
  expl: "Un dissabte al mes, a l'antic mercat de la Romànica, voluntaris de l'associació ajuden el veïnat a reparar petits electrodomèstics, roba, joguines i bicicletes en lloc de llençar-los. Cada persona aprèn a fer la reparació ella mateixa amb les eines i les peces que aporta l'Ajuntament. En 18 sessions s'han reparat 640 objectes, que sumen unes 3 tones.",
  contact: { name: 'Neus Argemí Sanz', email: 'nargemi@bdv.cat' }, tel: '93 719 35 38',
  municipality: 'Barberà del Vallès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('monjos', {
  title: 'Primera Feina Coop: primer contrato en una cooperativa para jóvenes',
  promoters: ['Ayuntamiento de Santa Margarida i els Monjos', 'Xarxa de Cooperatives del Foix', "Cooperativa L'Encaix"],
  expl: "Jóvenes de 16 a 24 años sin experiencia laboral firman un primer contrato de seis meses en una de las cooperativas del municipio, que el Ayuntamiento subvenciona en un 70%, y durante ese tiempo reciben formación en economía social y una tutoría semanal. La Xarxa de Cooperatives del Foix busca las plazas y la Cooperativa L'Encaix hace el acompañamiento. De los 21 jóvenes de las dos primeras ediciones, 12 siguen trabajando y 3 se han hecho socios.",
  contact: { name: 'Èlia Rovira Sendra', email: 'erovira@smmonjos.cat' }, tel: '93 818 01 65',
  municipality: 'Santa Margarida i els Monjos', member: true, themes: ['intercooperation', 'youth'],
});
practice('cabrils', {
  title: 'Compostem Cabrils: compostatge comunitari als veïnats de muntanya',
  promoters: ['Ajuntament de Cabrils', 'Associació Cabrils Sostenible'],
  expl: "A les urbanitzacions disperses de la muntanya, on el camió de la fracció orgànica no hi arriba, s'han instal·lat nou illes de compostatge comunitari que gestionen els mateixos veïns i veïnes amb l'ajuda de l'associació. El compost que se n'obté es reparteix entre les famílies participants i els horts escolars. El 2019 s'hi van tractar 38 tones de residus orgànics que abans anaven a l'abocador.",
  contact: { name: 'Gemma Vallmajor Puigdollers', email: 'gvallmajor@cabrils.cat' }, tel: '616 23 90 48',
  municipality: 'Cabrils', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('mieres', {
  title: 'Bus a demanda entre Mieres, Santa Pau i Sant Aniol de Finestres',
  promoters: ['Ajuntament de Mieres', 'Ajuntament de Santa Pau', 'Ajuntament de Sant Aniol de Finestres'],
  expl: "Un vehicle elèctric de nou places fa rutes a demanda entre els tres pobles, l'hospital i l'estació d'autobusos d'Olot: qui el necessita truca el dia abans i el servei el passa a buscar per casa. Està pensat sobretot per a persones grans i per a qui no té cotxe, i substitueix molts desplaçaments que abans es feien en vehicle privat. Fa una mitjana de 35 viatges per setmana.",
  contact: { name: 'Dolors Teixidor Casadevall', email: 'ajuntamentmieres@gmail.com' }, tel: '972 68 00 70',
  municipality: 'Mieres', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('laseu', {
  title: 'Mercat de Pagès a Casa: venta a domicilio de los productores del mercado',
  promoters: ["Ayuntamiento de La Seu d'Urgell", 'Cooperativa de Consumo El Rebost del Pirineu', 'Asociación de Productores Artesanos del Alt Urgell'],
  expl: "Una web y un teléfono únicos recogen los pedidos a los productores de queso, embutido, miel y verdura del mercado semanal, que se quedaron sin su principal canal de venta cuando cerraron los mercados en marzo. La cooperativa de consumo prepara las cestas en su local y la asociación coordina a los productores y el reparto, que hacen los mismos payeses por turnos mientras duren las restricciones. En seis semanas se han servido 1.250 pedidos de 38 productores.",
  contact: { name: 'Mireia Cases Espluga', email: 'mcases@laseu.cat' }, tel: '973 35 00 10 ext. 231', phone: '973 35 00 10',
  municipality: "La Seu d'Urgell", member: true, themes: ['covid-response', 'intercooperation'],
});
practice('navas', {
  title: 'Cal Forn Vell: habitatge cooperatiu per a gent gran',
  promoters: ['Ajuntament de Navàs', "Cooperativa d'Habitatge Sènior El Roure"],
  expl: "L'Ajuntament ha cedit en dret de superfície l'antic forn de calç del poble a una cooperativa formada per 22 persones de més de 60 anys, que hi construeix 18 habitatges amb espais comuns i serveis de cura compartits. Les persones sòcies hi viuran en cessió d'ús, sense ser-ne propietàries, i podran envellir acompanyades sense haver de marxar del poble. Les obres començaran al setembre.",
  contact: { name: 'Albert Cirera Soldevila', email: 'acirera@navas.cat' }, tel: '686 11 52 07',
  municipality: 'Navàs', member: true, themes: ['intercooperation'],
});
practice('callus1', {
  title: 'Callús Comparteix: rebost solidari gestionat pel voluntariat',
  promoters: ['Ajuntament de Callús', 'Associació de Voluntariat de Callús'],
  expl: "Durant les setmanes de confinament, un grup de veïns i veïnes va organitzar un rebost on les famílies que s'havien quedat sense ingressos poden recollir aliments i productes d'higiene un cop per setmana, sense passar per cap tràmit. L'Ajuntament cedeix el local i fa les compres a l'engròs, i l'associació s'encarrega dels torns de voluntariat i de portar les bosses a domicili a qui no pot sortir. Hi ha 31 famílies inscrites.",
  contact: { name: 'Carme Perarnau Vila', email: 'cperarnau@callus.cat' }, tel: '93 836 00 12',
  municipality: 'Callús', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('callus2', {
  title: "Menjador de la llar d'infants amb producte ecològic de la comarca",
  promoters: ['Ajuntament de Callús'],
  expl: "El nou contracte del servei de menjador de la llar d'infants municipal exigeix que la meitat dels aliments siguin de producció ecològica i que la fruita i la verdura vinguin de pagesos del Bages, i puntua les empreses que cuinen al mateix centre. S'ha adjudicat a una cooperativa de restauració de Manresa per 96.000 euros en dos anys. Hi mengen cada dia 28 infants.",
  contact: { name: 'Xavier Closa Pujol', email: 'xclosa@callus.cat' }, tel: '93 836 00 12',
  municipality: 'Callús', member: true, themes: ['public-procurement', 'ecological-transition'],
});
practice('artes', {
  title: 'Trobades de dones pageses del Bages',
  promoters: ["Ajuntament d'Artés", 'Associació Dones de la Terra del Bages'],
  expl: "Cada dos mesos, una quarantena de dones que porten explotacions agràries i ramaderes de la comarca es troben en una masia diferent per compartir coneixements, resoldre dubtes de gestió i fer formació sobre els temes que elles mateixes proposen. Les trobades volen que es reconegui el paper de les dones en l'economia agrària, on sovint treballen sense constar com a titulars, i trencar l'aïllament de les que viuen en masos allunyats. Des del 2018, onze participants s'han donat d'alta com a cotitulars de la seva explotació.",
  contact: { name: 'Mercè Bertran Canal', email: 'mbertran@artes.cat' }, tel: '93 830 50 01',
  municipality: 'Artés', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('montornes', {
  title: 'Respiro para quienes cuidan: apoyo a las familias cuidadoras durante el estado de alarma',
  promoters: ['Ayuntamiento de Montornès del Vallès', 'Cooperativa de Cuidados Aixopluc'],
  expl: "Una trabajadora de la cooperativa de cuidados se desplaza al domicilio de familias que cuidan de una persona dependiente para que la persona cuidadora, casi siempre una mujer, pueda disponer de cuatro horas libres a la semana mientras los centros de día sigan cerrados por el estado de alarma. El servicio parte de una mirada de género, porque reconoce que el trabajo de cuidados recae sobre las mujeres y las deja sin tiempo propio, y se complementa con un grupo de apoyo emocional por videollamada. Se atiende a 34 familias.",
  contact: { name: 'Sandra Peña Molina', email: 'spena@montornes.cat' }, tel: '93 572 11 70 ext. 512', phone: '93 572 11 70',
  municipality: 'Montornès del Vallès', member: true, themes: ['covid-response', 'intercooperation', 'feminism-intersectionality'],
});
practice('staperpetua', {
  title: "Clàusules socials als plecs de les obres d'urbanització",
  promoters: ['Ajuntament de Santa Perpètua de Mogoda'],
  expl: "Els plecs de les obres d'urbanització de més de 200.000 euros obliguen l'empresa constructora a contractar, per executar l'obra, un mínim del 15% de persones en situació d'atur inscrites al servei local d'ocupació. El servei d'ocupació preselecciona les persones i els ofereix formació en prevenció de riscos abans que s'incorporin. En les sis obres adjudicades des del 2018 s'han contractat 47 persones.",
  contact: { name: 'Marta Sanromà Querol', email: 'msanroma@staperpetua.cat' }, tel: null,
  municipality: 'Santa Perpètua de Mogoda', member: true, themes: ['public-procurement'],
});
practice('ulldecona', {
  title: 'Aula del olivo: formación en oficios del olivar para jóvenes',
  promoters: ['Ayuntamiento de Ulldecona', 'Cooperativa Oliveres del Sénia'],
  expl: "Curso de seis meses en el que jóvenes de 16 a 25 años que han dejado los estudios aprenden poda, injerto, recolección y elaboración de aceite en las fincas de la cooperativa, con un contrato de formación y aprendizaje. Al final del curso la cooperativa contrata a una parte del alumnado para la campaña. En la primera edición participaron 14 jóvenes y 9 fueron contratados.",
  contact: { name: 'Jordi Forcadell Beltran', email: 'jforcadell@ulldecona.cat' }, tel: '977 57 30 05 ext. 3', phone: '977 57 30 05',
  municipality: 'Ulldecona', member: true, themes: ['intercooperation', 'youth'],
});
practice('bergueda', {
  title: "Rutes solidàries als masos durant l'estat d'alarma",
  promoters: ['Consell Comarcal del Berguedà', 'Ajuntament de Gironella', 'Ajuntament de Puig-reig', "Ajuntament d'Avià"],
  expl: "Mentre ha durat l'estat d'alarma, quatre furgonetes dels ajuntaments i del Consell han fet cada setmana rutes per portar medicaments, queviures i la premsa a les persones grans que viuen en masos i veïnats allunyats i que no podien baixar al poble. Les comandes es fan per telèfon a les botigues i farmàcies de cada municipi, que així mantenen part de la seva activitat. S'han atès 212 persones en 61 masos.",
  contact: { name: 'Pere Vilardaga Sala', email: 'pvilardaga@ccbergueda.cat' }, tel: '93 821 35 53',
  municipality: 'Consell Comarcal del Berguedà', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('salt', {
  title: "Sabors de Salt: càtering cooperatiu de dones d'orígens diversos",
  promoters: ['Ajuntament de Salt', 'Associació Teixint Salt', 'Cooperativa Sabors Compartits'],
  expl: "Catorze dones nascudes al Senegal, a Gàmbia, al Marroc, a Hondures i a Salt han constituït una cooperativa de càtering que cuina plats de les seves cuines d'origen per a actes municipals, escoles i empreses de la comarca. El projecte té en compte alhora les desigualtats de gènere, d'origen i de situació administrativa que les deixaven fora del mercat laboral: l'associació les acompanya en la regularització i l'Ajuntament els cedeix una cuina equipada al centre cívic. El primer any han servit 160 encàrrecs.",
  contact: { name: 'Khadija Amrani Puig', email: 'kamrani@viladesalt.cat' }, tel: '972 40 19 55',
  municipality: 'Salt', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('olesa', {
  title: "Aula Oberta a distància: reforç escolar en línia per a l'alumnat de secundària",
  promoters: ["Ajuntament d'Olesa de Montserrat", "Cooperativa Educativa L'Esquitx"],
  expl: "Amb els instituts tancats per l'estat d'alarma, una vintena d'educadores de la cooperativa fan cada tarda sessions de reforç escolar per videoconferència a grups reduïts d'alumnes d'ESO que no tenen ningú a casa que els pugui ajudar amb les tasques. L'Ajuntament ha prestat 45 ordinadors portàtils i targetes de dades als alumnes que no en tenien. Hi participen 118 nois i noies dels dos instituts del municipi.",
  contact: { name: 'Eulàlia Marimon Busquets', email: 'emarimon@olesademontserrat.cat' }, tel: '93 778 00 50 ext. 241', phone: '93 778 00 50',
  municipality: 'Olesa de Montserrat', member: false, themes: ['covid-response', 'intercooperation', 'youth'],
});
practice('guixols', {
  title: 'De red a recurso: reciclaje de redes de pesca en desuso',
  promoters: ['Ayuntamiento de Sant Feliu de Guíxols', 'Cofradía de Pescadores de Sant Feliu de Guíxols', 'Cooperativa Xarxa Blava'],
  expl: "Las redes de pesca que ya no sirven, que antes acababan en el contenedor o amontonadas en el puerto, se recogen en un punto limpio del muelle y la cooperativa las limpia, las tritura y las vende como materia prima para fabricar piezas de plástico. La cofradía organiza la recogida entre sus embarcaciones y el Ayuntamiento ha cedido el espacio en el puerto. En 2019 se recuperaron 11 toneladas de redes.",
  contact: { name: 'Marina Carreras Noguer', email: 'mcarreras@guixols.cat' }, tel: '972 82 10 31',
  municipality: 'Sant Feliu de Guíxols', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('palau', {
  title: "Horts socials de la Sèquia: agricultura ecològica per a persones a l'atur",
  promoters: ["Ajuntament del Palau d'Anglesola", 'Associació Terra i Sèquia'],
  expl: "Dotze parcel·les d'un terreny municipal regat per la sèquia s'han cedit a persones en situació d'atur de llarga durada, que hi cultiven hortalisses en ecològic amb l'assessorament dels pagesos de l'associació. Una part de la collita es destina al consum de les famílies i l'excedent es ven al mercat setmanal. Dues de les persones participants ja s'han establert com a pageses.",
  contact: { name: 'Ramon Gatius Farran', email: 'rgatius@palaudanglesola.cat' }, tel: '973 60 13 25',
  municipality: "Palau d'Anglesola", member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('celra', {
  title: 'Sol de Polígon: autoconsum compartit a les naus industrials',
  promoters: ['Ajuntament de Celrà', 'Cooperativa Ter Solar', "Associació d'Empreses del Polígon de Celrà"],
  expl: "Les cobertes de quatre naus del polígon industrial acullen una instal·lació de plaques solars de 380 kW que comparteixen 23 empreses i l'enllumenat públic del polígon. La cooperativa energètica n'ha fet el disseny i en gestiona el repartiment, i cada empresa paga la part que li correspon segons el que consumeix. Cada any es deixaran d'emetre unes 150 tones de CO2.",
  contact: { name: 'Alba Masó Torrent', email: 'amaso@celra.cat' }, tel: '972 49 23 18',
  municipality: 'Celrà', member: true, themes: ['intercooperation', 'ecological-transition'],
});

// ------------------------------------------------------------------ messages
const messages = []; // {file, expected, build: async () => string | Buffer}
function add(file, expected, build) { messages.push({ file, expected, build }); }
const exp = (keys, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices: keys.map((k) => P[k]), ...extra });
const ZIMBRA = 'X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF75 (Win)/8.8.12_GA_3794)';
const TB = (v = '68.7.0') => `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/${v}`;
const outlookExtra = (topic, index, lang = 'ca-ES') => [`Thread-Topic: ${encWord(topic)}`, `Thread-Index: ${index}`, `Accept-Language: ${lang}, en-US`, `Content-Language: ${lang}`];
const MSO_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph {margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head>`;
const mso = (inner) => `<p class=MsoNormal>${inner}<o:p></o:p></p>`;
const msoBlank = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>';
const linkMail = (html, email) => html.replace(email, mailto(email));
// RFC 3676 quoting for a format=flowed reply: long quoted lines are soft-broken (trailing space) and every
// continuation keeps the "> " quote marker
function quoteFlowed(text, width = 72) {
  const out = [];
  for (let line of text.split('\n')) {
    if (!line) { out.push('>'); continue; }
    while (line.length + 2 > width) {
      const cut = line.lastIndexOf(' ', width - 2);
      if (cut <= 0) break;
      out.push(`> ${line.slice(0, cut + 1)}`);
      line = line.slice(cut + 1);
    }
    out.push(`> ${line}`);
  }
  return out.join('\n');
}

// Our acknowledgement, as the system sends it, for the replies that quote it
const THEME_CA = { 'covid-response': 'resposta a la covid-19', intercooperation: 'intercooperació', 'public-procurement': 'compra pública responsable', youth: 'joves', 'ecological-transition': 'transició ecològica', 'feminism-intersectionality': 'feminismes i interseccionalitat' };
function ackText(greet, subject, when, p, { name = p.contact.name, email = p.contact.email, phone = p.tel, missing = [] } = {}) {
  return `Bon dia, ${greet}:

Gràcies per participar en la convocatòria de bones pràctiques d'economia social i solidària de la XMESS. Hem rebut el vostre missatge «${subject}» (${when}).

Això és el que n'hem entès:

* ${p.title}
  Municipi: ${p.municipality}
  Entitats promotores: ${p.promoters.join(', ')}
  Descripció: ${firstSentence(p.expl)}
  Persona de contacte: ${name ?? "no l'hem trobada"}
  Correu de contacte: ${email ?? "no l'hem trobat"}
  Telèfon de contacte: ${phone ?? "no l'hem trobat"}
  Àmbits: ${p.themes.map((t) => THEME_CA[t]).join(', ') || '-'}${missing.length ? `\n  Ens falta:\n${missing.map((m) => `    - ${m}`).join('\n')}` : ''}

Si alguna dada no és correcta o en falta alguna, responeu aquest mateix missatge per corregir-la o completar-la; no cal que torneu a enviar la fitxa sencera.

Salutacions cordials,

Equip de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària (XMESS)
${XMESS}

(Missatge generat automàticament pel sistema de recollida de bones pràctiques.)`;
}

// 001 Vic: the council writes in the first person; no labels; title in «» inside the first sentence
add('001-vic-primera-persona-qp.eml', exp(['vic'], { case: 'Zimbra plain text, quoted-printable UTF-8, no labels at all: the head of area writes in the first person ("Des de l\'Àrea de Promoció Econòmica de l\'Ajuntament de Vic hem impulsat … «title», i ens agradaria …"), the description is the next paragraph, promoters in a later sentence ("L\'hem tirat endavant conjuntament amb la cooperativa Nusos Digitals i amb l\'Associació …", cooperative in lower case), the contact is a colleague named in a sentence ("Qui en porta el dia a dia és la …; us pot atendre a … o al 638 41 27 90"), the sender\'s signature phone with extension is not the contact; covid only through "durant el confinament"' }), async () => {
  const p = P.vic;
  const body = `Bon dia,

Des de l'Àrea de Promoció Econòmica de l'Ajuntament de Vic hem impulsat aquesta primavera «${p.title}», i ens agradaria que formés part del recull de bones pràctiques de la Xarxa.

${p.expl}

L'hem tirat endavant conjuntament amb la cooperativa Nusos Digitals, que hi posa l'equip tècnic, i amb l'${p.promoters[2]}, que coordina el voluntariat.

Qui en porta el dia a dia és la ${p.contact.name}, tècnica de Comerç i Noves Tecnologies; us pot atendre a ${p.contact.email} o al ${p.tel}.

Ben cordialment,

Jaume Rovira Serrat
Cap de l'Àrea de Promoció Econòmica
Ajuntament de Vic
Tel. 93 886 21 00 ext. 350
www.vic.cat`;
  return eml({
    received: [received('correu.vic.cat', '192.0.2.141', 'Thu, 16 Apr 2020 12:08:41 +0200', '6B1E9C3F0A2'),
      'Received: from correu.vic.cat (localhost [127.0.0.1])\n\tby correu.vic.cat (Postfix) with ESMTP id 1E9C3F0A2B7\n\tfor <bonespractiques@xmess.example.org>; Thu, 16 Apr 2020 12:08:39 +0200'],
    headers: { returnPath: 'jrovira@vic.cat', from: addr('Jaume Rovira Serrat', 'jrovira@vic.cat'), subject: 'Aportació de Vic al recull de bones pràctiques', date: 'Thu, 16 Apr 2020 12:08:38 +0200', messageId: '<1370925841.208113.1587031718265.JavaMail.zimbra@vic.cat>', extra: [ZIMBRA, 'Thread-Topic: =?utf-8?Q?Aportaci=C3=B3_de_Vic_al_recull_de_bones_pr=C3=A0ctiques?=', 'Thread-Index: 3vQ1k8zWd0pC7nFq2bXy9Rm4TaE6Lw=='] },
    part: leaf({ body }),
  });
});

// 002 Manresa: three practices as an ordered list in one Outlook body
add('002-manresa-tres-practiques-llista.eml', exp(['manresa1', 'manresa2', 'manresa3'], { case: 'three practices as a numbered list in one Outlook body (<ol> in HTML, "1." "2." "3." in plain text): each item is a bold title line, a description paragraph, a promoters sentence placed after the description ("La impulsa l\'… des del Servei de Contractació", "La organitzem amb la …", "És un servei propi de l\'…") and "Contacte: name (role) · e-mail · phone"; two phones with "ext."; the 1st is procurement only (reserved contracts), the 3rd has no theme at all although it serves cooperatives (they are users, not promoters)' }), async () => {
  const ps = ['manresa1', 'manresa2', 'manresa3'].map((k) => P[k]);
  const contactLine = (p) => `Contacte: ${p.contact.name} (${p.role}) · ${p.contact.email} · ${p.tel}`;
  const intro = "Com ens vau demanar, us fem arribar les experiències de l'Ajuntament de Manresa per al recull. N'hem triat tres, de serveis diferents:";
  const text = `Bon dia,

${intro}

${ps.map((p, i) => `${i + 1}.   ${p.title}
${p.expl}
${p.who}
${contactLine(p)}`).join('\n\n')}

Si en necessiteu més informació o fotografies, digueu-nos-ho.

Salutacions cordials,

Imma Cardona Riu
Tècnica d'Economia Social
Servei d'Empresa i Ocupació
Ajuntament de Manresa
Tel. 93 878 23 00 ext. 2160
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso(esc(intro).replace(/'/g, '’'))}${msoBlank}
<ol style='margin-top:0cm' start=1 type=1>
${ps.map((p) => `<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><b>${esc(p.title).replace(/'/g, '’')}</b><br>${esc(p.expl).replace(/'/g, '’')}<br>${esc(p.who).replace(/'/g, '’')}<br><i>${linkMail(esc(contactLine(p)), p.contact.email)}</i><o:p></o:p></li>`).join(`\n${msoBlank}\n`)}
</ol>
${msoBlank}${mso('Si en necessiteu més informació o fotografies, digueu-nos-ho.')}${msoBlank}
${mso('Salutacions cordials,')}${msoBlank}
${mso('<b><span style=\'color:#7B2C2C\'>Imma Cardona Riu</span></b><br>Tècnica d’Economia Social<br>Servei d’Empresa i Ocupació<br>Ajuntament de Manresa<br>Tel. 93 878 23 00 ext. 2160')}
</div></body></html>`;
  return eml({
    received: [received('mail-ajmanresa.outbound.protection.outlook.com', '40.107.13.88', 'Fri, 17 Apr 2020 09:41:27 +0200', '3A7D0C5E9B1'),
      'Received: from DB7PR06MB4412.eurprd06.prod.outlook.com ([fe80::a95c:31e0])\n\tby DB7PR06MB4412.eurprd06.prod.outlook.com with mapi id 15.20.2921.027; Fri, 17 Apr 2020 07:41:23 +0000'],
    headers: { returnPath: 'icardona@ajmanresa.cat', from: addr('Imma Cardona Riu', 'icardona@ajmanresa.cat'), subject: 'Tres bones pràctiques de Manresa', date: 'Fri, 17 Apr 2020 07:41:21 +0000', messageId: '<DB7PR06MB44127C2A9E0B3F51D6A8E4C0B7F29@DB7PR06MB4412.eurprd06.prod.outlook.com>', extra: [...outlookExtra('Tres bones pràctiques de Manresa', 'AdYUlM3c0pQe8Tx4Rv2Ky7Wb1nZ5Hg=='), 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_DB7PR06MB44127C2A9E0B3F51D6A8E4C0B7F29DB7PR06MB4412eurp_'),
  });
});

// 003 Lleida: Spanish two-page PDF with a repeated header and footer (switchboard phone)
add('003-lleida-pdf-es-capcalera.eml', exp(['lleida'], { case: 'Spanish Outlook mail with a two-page text PDF: every page has the header "La Paeria · Ajuntament de Lleida | Regidoria de Medi Ambient" and a footer with the address and the switchboard "Tel. 973 70 03 00" (not the contact); the title is a big bold line under an italic "Recopilatorio…" line; "Entidades impulsoras" is a list of three lines (one of them a Catalan name inside Spanish text); objectives and results as numbered lists; "Persona de referencia" block on page 2 with "Tel. 973 70 03 75"; food waste avoided = ecological transition; insertion jobs are not a theme' }), async () => {
  const p = P.lleida;
  const buf = await pdf((d) => {
    let page = 0;
    const frame = () => {
      page += 1;
      const bottom = d.page.margins.bottom;
      d.page.margins.bottom = 0;
      d.font('Helvetica-Bold').fontSize(9).fillColor('#6B1D2B').text('La Paeria · Ajuntament de Lleida', 62, 38, { lineBreak: false });
      d.font('Helvetica').fontSize(9).fillColor('#6B1D2B').text('Regidoria de Medi Ambient', 380, 38, { width: 153, align: 'right' });
      d.moveTo(62, 53).lineTo(533, 53).lineWidth(0.6).strokeColor('#6B1D2B').stroke();
      d.font('Helvetica').fontSize(7.5).fillColor('#666666').text('Plaça de la Paeria, 1 · 25007 Lleida · Tel. 973 70 03 00 · www.paeria.cat', 62, 805, { lineBreak: false });
      d.text(`Pág. ${page}`, 480, 805, { width: 53, align: 'right' });
      d.page.margins.bottom = bottom;
      d.x = d.page.margins.left; d.y = d.page.margins.top;
      d.font('Helvetica').fontSize(10.5).fillColor('#000000');
    };
    frame();
    d.on('pageAdded', frame);
    const h = (t) => { d.moveDown(0.4); d.font('Helvetica-Bold').fontSize(11.5).fillColor('#6B1D2B').text(t); d.moveDown(0.25); d.font('Helvetica').fontSize(10.5).fillColor('#000000'); };
    d.font('Helvetica-Oblique').fontSize(9).fillColor('#777777').text('Recopilatorio de buenas prácticas de economía social y solidaria · XMESS 2020');
    d.moveDown(0.6);
    d.font('Helvetica-Bold').fontSize(17).fillColor('#222222').text(p.title, { lineGap: 2 });
    d.moveDown(0.6);
    h('Entidades impulsoras');
    for (const x of p.promoters) d.text(x);
    h('Descripción');
    d.text(p.expl, { lineGap: 2 });
    h('Objetivos');
    ['Reducir el desperdicio alimentario en la Horta de Lleida.', 'Crear puestos de trabajo para personas con dificultades de inserción.', 'Ofrecer una salida comercial a la fruta de segunda categoría.', 'Abastecer al banco de alimentos con producto local.'].forEach((t, i) => d.text(`${i + 1}. ${t}`, { indent: 12, lineGap: 1.5 }));
    h('Personas destinatarias');
    d.text('Personas en situación de desempleo de larga duración derivadas por los servicios sociales y por el servicio de ocupación, y explotaciones frutícolas familiares de la Horta.', { lineGap: 2 });
    h('Recursos');
    d.text("Obrador municipal de 240 m² en el polígono del Segre, cedido por diez años. Subvención municipal de 60.000 euros anuales para la contratación y la formación. Furgoneta refrigerada adquirida con una ayuda de la Diputación.", { lineGap: 2 });
    d.addPage();
    h('Resultados de la campaña 2019');
    ['86 toneladas de fruta recuperada.', '41.000 botellas de zumo y 18.000 tarros de compota y mermelada.', 'Nueve contratos de inserción, cuatro de ellos convertidos en indefinidos.', '27 explotaciones asociadas.'].forEach((t, i) => d.text(`${i + 1}. ${t}`, { indent: 12, lineGap: 1.5 }));
    h('Persona de referencia');
    d.text(`${p.contact.name}\nTécnica de Medio Ambiente y Economía Circular\n${p.contact.email}\nTel. ${p.tel}`, { lineGap: 2 });
  }, { title: 'Ficha Fruta Rescatada', author: 'acompanys' });
  const text = `Buenos días:

Adjunto os envío la ficha de la experiencia que presenta la Paeria (Ayuntamiento de Lleida) al recopilatorio de buenas prácticas. Son dos páginas.

Quedo a vuestra disposición.

Un saludo,

Anna Companys Ribes
Medi Ambient i Economia Circular
La Paeria – Ajuntament de Lleida
`;
  const html = `${MSO_HEAD}<body lang=ES link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Buenos días:')}${msoBlank}
${mso('Adjunto os envío la ficha de la experiencia que presenta la Paeria (Ayuntamiento de Lleida) al recopilatorio de buenas prácticas. Son dos páginas.')}${msoBlank}
${mso('Quedo a vuestra disposición.')}${msoBlank}
${mso('Un saludo,')}${msoBlank}
${mso('<b><span style=\'font-size:10.0pt;color:#6B1D2B\'>Anna Companys Ribes</span></b><br><span style=\'font-size:9.0pt\'>Medi Ambient i Economia Circular<br>La Paeria – Ajuntament de Lleida</span>')}
</div></body></html>`;
  return eml({
    received: [received('smtp.paeria.cat', '192.0.2.146', 'Fri, 17 Apr 2020 13:22:06 +0200', '8E2B5D1A7C0'),
      'Received: from EXCH02.paeria.local (10.20.1.12) by EXCH02.paeria.local (10.20.1.12) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.2044.4; Fri, 17 Apr 2020 13:22:02 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica Lleida - Fruta Rescatada', date: 'Fri, 17 Apr 2020 13:22:00 +0200', messageId: '<7A3E1F9C0D5B4286A1E3@EXCH02.paeria.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES', 'Thread-Index: AdYUnK1r5bQz0Xm8TgV3c2Lp7eW4Jw=='] },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_001_0038_01D614A9.6B2C1E40'),
      leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Ficha_Fruta_Rescatada_Lleida.pdf' }),
    ], '----=_NextPart_000_0037_01D614A9.6B2C1E40'),
  });
});

// 004 Girona: DOCX written by the docx package (title paragraph, data table, headings, bullets)
const GIRONA_ID = '<4f7b1c2e-9a0d-3e58-b6c1-2d8f0e4a7b93@girona.cat>';
const GIRONA_ACK_ID = '<ack.20200421.1024.3be0d1f4@xmess.example.org>';
add('004-girona-docx-taula-paquet.eml', exp(['girona'], { case: 'DOCX generated by the docx library: the title is a "Title" paragraph, followed by an italic subtitle line and a shaded two-column table (Àmbit / Entitats impulsores with two lines, the first "Ajuntament de Girona (Servei de Joventut)" = the council / Persona de contacte with role / Correu electrònic / Telèfon "(0034) 660 218 345"), then "heading 2" sections with the description and bullet results; youth via "nois i noies de 14 a 20 anys", ecological via repaired bikes = reuse + getting around without a car' }), async () => {
  const p = P.girona;
  const buf = await docxPkg([
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.title)] }),
    new Paragraph({ children: [new TextRun({ text: 'Fitxa per al recull de bones pràctiques de la XMESS · abril de 2020', italics: true, color: '666666' })] }),
    dTable([
      ['Àmbit', 'Joventut i mobilitat'],
      ['Entitats impulsores', `Ajuntament de Girona (Servei de Joventut)\n${p.promoters[1]}`],
      ['Persona de contacte', `${p.contact.name}, tècnic de Joventut`],
      ['Correu electrònic', p.contact.email],
      ['Telèfon', p.tel],
    ]),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Descripció')] }),
    dP(p.expl),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Resultats')] }),
    new Paragraph({ bullet: { level: 0 }, children: [new TextRun('190 bicicletes reparades i cedides.')] }),
    new Paragraph({ bullet: { level: 0 }, children: [new TextRun('63 joves han participat en el taller.')] }),
    new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Dues persones joves contractades com a monitores pel Servei de Joventut.')] }),
  ], { title: 'Fitxa Radis', creator: 'Pol Vilarrasa' });
  const text = `Bon dia,

Us adjunto la fitxa del taller Radis per al recull de bones pràctiques de la XMESS.

Cordialment,

-- 
Pol Vilarrasa Coll
Servei de Joventut
Ajuntament de Girona
`;
  return eml({
    received: [received('correu.girona.cat', '192.0.2.150', 'Tue, 21 Apr 2020 10:20:14 +0200', '0F6C2A8D4E1')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa Radis', date: 'Tue, 21 Apr 2020 10:20:11 +0200', messageId: GIRONA_ID, extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: multi('mixed', [leaf({ body: flowed(text), params: 'format=flowed' }), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa_Radis.docx' })], '------------0A4E7C1B9D3F52E68B0C7A14'),
  });
});

// 005 Sant Quirze: ODT whose labels are bold spans followed by a line break inside the same paragraph
add('005-santquirze-odt-salts-linia.eml', exp(['santquirze'], { case: 'ODT attachment where each field is one paragraph: a bold label, a text:line-break, then the value (no tables, no headings, no colons); promoters in a sentence ("L\'Ajuntament …, a través de la Regidoria de Feminismes, juntament amb la …"); the contact field is name / role / e-mail / "Tel. 93 721 45 18" separated by line breaks; sent from a service mailbox with no name; women walking their neighbourhoods + cooperative specialised in gender-perspective urbanism = feminism' }), async () => {
  const p = P.santquirze;
  const buf = await odt([
    oP(oI('Fitxa per al recull de bones pràctiques · XMESS 2020')),
    oP(''),
    oP(oB("Nom de la iniciativa") + oBr + esc(p.title)),
    oP(oB('Qui la promou') + oBr + esc(`L'${p.promoters[0]}, a través de la Regidoria de Feminismes, juntament amb la ${p.promoters[1]}.`)),
    oP(oB('Descripció') + oBr + esc(p.expl)),
    oP(oB('Calendari') + oBr + esc("Les marxes es fan a la primavera i a la tardor; l'informe es presenta cada desembre al Consell de les Dones.")),
    oP(oB('Contacte') + oBr + [p.contact.name, "Tècnica d'Igualtat", p.contact.email, `Tel. ${p.tel}`].map(esc).join(oBr)),
  ].join(''));
  const text = `Bon dia,

Us fem arribar la fitxa de les marxes exploratòries en format ODT.

Salutacions,

Servei d'Igualtat
Ajuntament de Sant Quirze del Vallès`;
  return eml({
    received: [received('webmail.santquirzevalles.cat', '192.0.2.152', 'Mon, 20 Apr 2020 13:47:52 +0200', '5C9A1E3B7F0')],
    headers: { returnPath: 'igualtat@santquirzevalles.cat', from: addr("Servei d'Igualtat", 'igualtat@santquirzevalles.cat'), subject: 'Bona pràctica Sant Quirze del Vallès', date: 'Mon, 20 Apr 2020 13:47:50 +0200', messageId: '<5b2e90c4d17a3f86e0b4c1d9a2f7e305@santquirzevalles.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.2', 'X-Sender: igualtat@santquirzevalles.cat'] },
    part: multi('mixed', [leaf({ body: text, params: 'format=flowed' }), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'fitxa_marxes_exploratories.odt' })], '=_c3f5a7e9b1d2048f6a8c0e2b4d6f8a1c'),
  });
});

// 006 Tàrrega: the councillor forwards (RV:) the sheet his technician wrote; contact = the technician
add('006-tarrega-rv-regidor.eml', exp(['tarrega'], { case: 'Outlook "RV:" forward by a councillor (his own signature with two phones is not the contact): the note says the technician is the reference person; below the Catalan Outlook header block (De: / Enviat el: / Per a: / Assumpte:) the technician\'s text has labels Nom de l\'experiència / Entitats que la impulsen ("… i …") / Explicació, and her contact is only her signature (name, role, council, "973 31 00 00 ext. 42", e-mail); youth = people under 40 taking up farming, ecological = organic production training' }), async () => {
  const p = P.tarrega;
  const inner = `Ramon,

Aquí tens el text per a la XMESS:

Nom de l'experiència: ${p.title}
Entitats que la impulsen: ${p.promoters[0]} i ${p.promoters[1]}
Explicació: ${p.expl}

Laia Sanuy Pont
Tècnica d'Agricultura i Medi Rural
Ajuntament de Tàrrega
${p.tel}
${p.contact.email}`;
  const fwd = [['De', `${p.contact.name} <${p.contact.email}>`], ['Enviat el', 'dijous, 16 d’abril de 2020 13:05'], ['Per a', 'Ramon Barrufet Oliva <rbarrufet@tarrega.cat>'], ['Assumpte', 'Fitxa banc de terres']];
  const top = `Bon dia,

Us reenvio la proposta de Tàrrega per al recull de bones pràctiques. L'ha preparada la Laia Sanuy, que és qui en porta el seguiment: per a qualsevol dubte, adreceu-vos directament a ella.

Salutacions,

Ramon Barrufet Oliva
Regidor de Promoció Econòmica i Agricultura
Ajuntament de Tàrrega
Tel. 973 31 00 50 | Mòb. 646 30 12 87`;
  const text = `${top}

${fwd.map(([k, v]) => `${k}: ${v}`).join('\n')}

${inner}
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${top.split('\n\n').map((para) => mso(para.split('\n').map(esc).join('<br>').replace(/'/g, '’'))).join(msoBlank)}
${msoBlank}
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>${fwd.map(([k, v]) => `<b>${k}:</b> ${esc(v)}`).join('<br>')}<o:p></o:p></p></div>${msoBlank}
${inner.split('\n\n').map((para) => mso(para.split('\n').map((l) => linkMail(esc(l), p.contact.email)).join('<br>').replace(/'/g, '’'))).join(msoBlank)}
</div></body></html>`;
  return eml({
    received: [received('correu.tarrega.cat', '192.0.2.157', 'Fri, 17 Apr 2020 08:32:45 +0200', '2E8B4F0C6A3'),
      'Received: from SRVEXCH.tarrega.local (10.1.0.6) by SRVEXCH.tarrega.local (10.1.0.6) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1913.5; Fri, 17 Apr 2020 08:32:41 +0200'],
    headers: { returnPath: 'rbarrufet@tarrega.cat', from: addr('Ramon Barrufet Oliva', 'rbarrufet@tarrega.cat'), subject: 'RV: Fitxa banc de terres', date: 'Fri, 17 Apr 2020 08:32:39 +0200', messageId: '<3C5E7A9B1D0F2846B8E1@SRVEXCH.tarrega.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', ...outlookExtra('Fitxa banc de terres', 'AdYT0w9c1Lr4XbKqS2eWm7aN3pV8yAAK2hBQ')] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_0021_01D61480.4B7E9C30'),
  });
});

// 007 Ripollet: no phone anywhere (completed by 008, a reply to our acknowledgement)
const RIPOLLET_ID = '<CAMs8Tq1=ZkN4pVb7Rx0cW3yLe6hJf2Ga9Ud@mail.gmail.com>';
const RIPOLLET_ACK_ID = '<ack.20200422.1712.9c04e2ab@xmess.example.org>';
add('007-ripollet-sense-telefon.eml', exp(['ripollet'], { case: 'Gmail (Google Workspace on the council domain), labels Nom del projecte / Impulsat per ("… i …") / Resum / Contacte with only name and e-mail: no phone anywhere (the phone arrives in 008, a reply to our acknowledgement, and belongs to this practice); covid via "mentre ha durat el confinament", feminism via women facing gender violence' }), async () => {
  const p = P.ripollet;
  const lines = [['Nom del projecte', p.title], ['Impulsat per', `${p.promoters[0]} i ${p.promoters[1]}`], ['Resum', p.expl], ['Contacte', `${p.contact.name} (${p.contact.email})`]];
  const text = `Hola,

Us envio la nostra proposta per al recull de bones pràctiques:

${lines.map(([k, v]) => `${k}: ${v}`).join('\n\n')}

Moltes gràcies,

-- 
Judit Casajoana Prat
Servei d'Informació i Atenció a les Dones (SIAD)
Ajuntament de Ripollet
`;
  const html = `<div dir="ltr"><div>Hola,</div><div><br></div><div>Us envio la nostra proposta per al recull de bones pràctiques:</div><div><br></div>${lines.map(([k, v]) => `<div><b>${esc(k)}:</b> ${k === 'Contacte' ? `${esc(p.contact.name)} (<a href="mailto:${p.contact.email}">${p.contact.email}</a>)` : esc(v)}</div>`).join('<div><br></div>')}<div><br></div><div>Moltes gràcies,</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><div><font color="#741b47"><b>Judit Casajoana Prat</b></font></div><div>Servei d'Informació i Atenció a les Dones (SIAD)</div><div>Ajuntament de Ripollet</div></div></div></div>`;
  return eml({
    received: [received('mail-wr1-f66.google.com', '209.85.221.66', 'Wed, 22 Apr 2020 17:10:33 +0200', '7F3A0D9C2B6'),
      'Received: by mail-wr1-f66.google.com with SMTP id d17so3317421wrr.9\n        for <bonespractiques@xmess.example.org>; Wed, 22 Apr 2020 08:10:32 -0700 (PDT)'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica de Ripollet', date: 'Wed, 22 Apr 2020 17:10:19 +0200', messageId: RIPOLLET_ID },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000a1f3c205a3e4d7b9'),
  });
});

// 008 Ripollet: Gmail reply to our acknowledgement, adding the phone
add('008-ripollet-resposta-acusament.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '007-ripollet-sense-telefon.eml', case: 'Gmail reply to the XMESS acknowledgement (In-Reply-To = acknowledgement, References = submission + acknowledgement, "Re: Confirmació de recepció: …") giving the missing phone in one line ("és el 661 27 40 93"); the acknowledgement is quoted below (">" and gmail_quote blockquote) with all the practice\'s fields and "no l\'hem trobat": not a new practice, the phone completes 007' }, async () => {
  const p = P.ripollet;
  const ack = ackText(p.contact.name, 'Bona pràctica de Ripollet', '22/04/2020 17:10', p, { phone: null, missing: ['el telèfon de contacte'] });
  const attrib = `El dc., 22 d’abr. 2020 a les 17:12, Bones pràctiques XMESS (<${XMESS}>) va escriure:`;
  const top = `Hola,

Perdoneu, no hi vaig posar el telèfon: és el ${p.tel} (el meu mòbil).

Judit`;
  const text = `${top}

${attrib}

${quote(ack)}
`;
  const html = `<div dir="ltr">${top.split('\n\n').map((x) => `<div>${esc(x)}</div>`).join('<div><br></div>')}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${ack.split('\n').map((l) => (l ? esc(l).replace(/^( +)/, (m) => '&nbsp;'.repeat(m.length)) : '')).join('<br>')}</blockquote></div>`;
  return eml({
    received: [received('mail-wm1-f41.google.com', '209.85.128.41', 'Thu, 23 Apr 2020 09:41:58 +0200', '4D2C8A1F6E0'),
      'Received: by mail-wm1-f41.google.com with SMTP id h2so5390127wmb.4\n        for <bonespractiques@xmess.example.org>; Thu, 23 Apr 2020 00:41:57 -0700 (PDT)'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Re: Confirmació de recepció: Bona pràctica de Ripollet', date: 'Thu, 23 Apr 2020 09:41:45 +0200', messageId: '<CAMs8Tq3+Hw2bR0xV5mKc8Lp1yZq7Dn4=Ft6E@mail.gmail.com>', extra: [`In-Reply-To: ${RIPOLLET_ACK_ID}`, `References: ${RIPOLLET_ID}\n ${RIPOLLET_ACK_ID}`] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '0000000000004e7b1a05a3f1b6c2'),
  });
});

// 009 Barberà: sent from a service mailbox, with no contact person at all (completed by 010)
const BARBERA_ID = '<AM0PR02MB5569E3A1B7C04D92F6E15A8C3D0B4@AM0PR02MB5569.eurprd02.prod.outlook.com>';
const BARBERA_ACK_ID = '<ack.20200420.1107.51d7a3e0@xmess.example.org>';
add('009-barbera-bustia-sense-contacte.eml', exp(['barbera'], { case: 'Outlook mail from a service mailbox ("Medi Ambient - Ajuntament de Barberà del Vallès") with labels Actuació (the title contains a colon) / Promotors / Descripció and no contact person, no phone and a signature with no name: the contact (name, personal e-mail, phone) arrives in 010, a reply to our acknowledgement from the technician\'s own address, and belongs to this practice; repair workshops = ecological transition (reuse)' }), async () => {
  const p = P.barbera;
  const lines = [['Actuació', p.title], ['Promotors', `${p.promoters[0]} i ${p.promoters[1]}`], ['Descripció', p.expl]];
  const text = `Bon dia,

En resposta a la vostra crida, us fem arribar aquesta proposta:

${lines.map(([k, v]) => `${k}: ${v}`).join('\n')}

Salutacions,

Servei de Medi Ambient
Ajuntament de Barberà del Vallès
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso('En resposta a la vostra crida, us fem arribar aquesta proposta:')}${msoBlank}
${lines.map(([k, v]) => mso(`<b>${k}:</b> ${esc(v).replace(/'/g, '’')}`)).join('\n')}
${msoBlank}${mso('Salutacions,')}${msoBlank}
${mso('<span style=\'color:#2E7D32\'>Servei de Medi Ambient<br>Ajuntament de Barberà del Vallès</span>')}
</div></body></html>`;
  return eml({
    received: [received('mail-bdv.outbound.protection.outlook.com', '40.107.6.101', 'Mon, 20 Apr 2020 11:05:12 +0200', '9B0E6D3A1C7'),
      'Received: from AM0PR02MB5569.eurprd02.prod.outlook.com ([fe80::5d1e:b3a4])\n\tby AM0PR02MB5569.eurprd02.prod.outlook.com with mapi id 15.20.2921.027; Mon, 20 Apr 2020 09:05:08 +0000'],
    headers: { returnPath: 'mediambient@bdv.cat', from: addr('Medi Ambient - Ajuntament de Barberà del Vallès', 'mediambient@bdv.cat'), subject: 'Proposta de bona pràctica', date: 'Mon, 20 Apr 2020 09:05:06 +0000', messageId: BARBERA_ID, extra: [...outlookExtra('Proposta de bona pràctica', 'AdYW8jR0q3nTz1Bc4kEe7Xm2Lw9Pvg=='), 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_AM0PR02MB5569E3A1B7C04D92F6E15A8C3D0B4AM0PR02MB5569eurp_'),
  });
});

// 010 Barberà: the technician answers our acknowledgement from her own address with the contact person
add('010-barbera-resposta-contacte.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '009-barbera-bustia-sense-contacte.eml', case: 'Outlook "RE:" to the XMESS acknowledgement, from a different address than the submission (the technician\'s own mailbox; In-Reply-To = acknowledgement, References = submission + acknowledgement): gives the missing contact person as a block (name / role / e-mail / phone); the quoted acknowledgement (Outlook header block, unindented) lists the fields with "no l\'hem trobada": no new practice, the contact completes 009' }, async () => {
  const p = P.barbera;
  const ack = ackText('Servei de Medi Ambient', 'Proposta de bona pràctica', '20/04/2020 11:05', p, { name: null, email: 'mediambient@bdv.cat', phone: null, missing: ['la persona de contacte', 'el telèfon de contacte'] });
  const top = `Bon dia,

Us responc des del meu correu. La persona de contacte per als Dissabtes de reparació sóc jo:

${p.contact.name}
Tècnica de Medi Ambient
${p.contact.email}
${p.tel}

Gràcies,
Neus`;
  const hdr = [['De', `Bones pràctiques XMESS <${XMESS}>`], ['Enviat', 'dilluns, 20 d’abril de 2020 11:07'], ['Per a', 'Medi Ambient - Ajuntament de Barberà del Vallès <mediambient@bdv.cat>'], ['Assumpte', 'Confirmació de recepció: Proposta de bona pràctica']];
  const text = `${top}

${hdr.map(([k, v]) => `${k}: ${v}`).join('\n')}

${ack}
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${top.split('\n\n').map((para) => mso(para.split('\n').map((l) => linkMail(esc(l), p.contact.email)).join('<br>'))).join(msoBlank)}
${msoBlank}
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>${hdr.map(([k, v]) => `<b>${k}:</b> ${esc(v)}`).join('<br>')}<o:p></o:p></p></div>${msoBlank}
${ack.split('\n').map((l) => (l ? mso(esc(l).replace(/^( +)/, (m) => '&nbsp;'.repeat(m.length))) : msoBlank)).join('\n')}
</div></body></html>`;
  return eml({
    received: [received('mail-bdv.outbound.protection.outlook.com', '40.107.6.93', 'Tue, 21 Apr 2020 12:31:40 +0200', '1C5F8E2B9D4'),
      'Received: from AM0PR02MB5569.eurprd02.prod.outlook.com ([fe80::5d1e:b3a4])\n\tby AM0PR02MB5569.eurprd02.prod.outlook.com with mapi id 15.20.2921.030; Tue, 21 Apr 2020 10:31:36 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'RE: Confirmació de recepció: Proposta de bona pràctica', date: 'Tue, 21 Apr 2020 10:31:34 +0000', messageId: '<AM0PR02MB55691D7F4A2E0C83B5E96D1A7C2F0@AM0PR02MB5569.eurprd02.prod.outlook.com>', extra: [`In-Reply-To: ${BARBERA_ACK_ID}`, `References: ${BARBERA_ID}\n ${BARBERA_ACK_ID}`, ...outlookExtra('Confirmació de recepció: Proposta de bona pràctica', 'AdYW8jR0q3nTz1Bc4kEe7Xm2Lw9PvgAAJ4rC8g=='), 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_AM0PR02MB55691D7F4A2E0C83B5E96D1A7C2F0AM0PR02MB5569eurp_'),
  });
});

// 011 Santa Margarida i els Monjos: Spanish, first person, HTML-only windows-1252 quoted-printable
add('011-monjos-html-cp1252-primera-persona-es.eml', exp(['monjos'], { case: 'Spanish HTML-only body (Outlook 2007), windows-1252 quoted-printable with typographic quotes and apostrophes (’ “ ”); the area writes in the first person ("Desde el Área de Desarrollo Local … hemos impulsado … un programa … que creemos que puede interesar a otros municipios:"), the title is only a bold paragraph, promoters in a later sentence ("Lo hemos puesto en marcha junto con la … y la …"), contact in a closing sentence ("podéis dirigiros a …, técnica de Empleo, en el 93 818 01 65 o en …"); sent from the area mailbox; youth = 16 to 24 year olds' }), async () => {
  const p = P.monjos;
  const ty = (s) => s.replace(/'/g, '’');
  const paras = [
    'Buenos días:',
    'Desde el Área de Desarrollo Local del Ayuntamiento de Santa Margarida i els Monjos hemos impulsado en los dos últimos años un programa de primer empleo en cooperativas que creemos que puede interesar a otros municipios:',
    `<b>${esc(p.title)}</b>`,
    esc(ty(p.expl)),
    esc(ty(`Lo hemos puesto en marcha junto con la ${p.promoters[1]} y la ${p.promoters[2]}, con quienes firmamos un convenio en 2018 (lo llamamos “el pacto del primer empleo”).`)),
    `Para cualquier consulta podéis dirigiros a ${esc(p.contact.name)}, técnica de Empleo, en el ${esc(p.tel)} o en <a href="mailto:${p.contact.email}">${p.contact.email}</a>.`,
    'Atentamente,',
    '<span style="color:#1F497D">Àrea de Desenvolupament Local<br>Ajuntament de Santa Margarida i els Monjos<br>Plaça de la Vila, 1 – 08730 Santa Margarida i els Monjos</span>',
  ];
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 12 (filtered medium)"><style><!--
p.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}
--></style></head><body lang=ES link=blue vlink=purple><div class=Section1>
${paras.map((x) => `<p class=MsoNormal>${x}<o:p></o:p></p>`).join('\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n')}
</div></body></html>`;
  return eml({
    received: [received('mail.smmonjos.cat', '192.0.2.163', 'Thu, 23 Apr 2020 11:26:09 +0200', 'A0D7F2C5E83'),
      'Received: from ADLPC04 (10.2.0.44) by SRVMAIL.smmonjos.local (10.2.0.3) with Microsoft SMTP Server id 14.3.468.0; Thu, 23 Apr 2020 11:26:06 +0200'],
    headers: { returnPath: 'adl@smmonjos.cat', from: addr('Àrea de Desenvolupament Local', 'adl@smmonjos.cat'), subject: 'Buena práctica: primer empleo en cooperativas', date: 'Thu, 23 Apr 2020 11:26:05 +0200', messageId: '<000b01d61952$7c3e1a20$74ba4e60$@smmonjos.cat>', extra: ['X-Mailer: Microsoft Office Outlook 12.0', 'Thread-Index: AdYZUnlHk2cqN0v9T0mS3yQ8eZ1LbA==', 'Content-Language: es'] },
    part: leaf({ type: 'text/html', charset: 'windows-1252', body: cp1252(html).toString('latin1') }),
  });
});

// 012 Palau-solità i Plegamans: Exchange out-of-office to our reminder
add('012-palausolita-fora-oficina-exchange.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Exchange out-of-office answer to our reminder ("Resposta automàtica: Recordatori: …", Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All, In-Reply-To = reminder), plain + HTML, Catalan and Spanish, with a return date, an alternative colleague, her e-mail and a phone: no practice, no follow-up' }, async () => {
  const text = `Bon dia,

Sóc fora de l'oficina fins al dimarts 5 de maig. Durant aquests dies, per a qualsevol qüestió relacionada amb Promoció Econòmica i Comerç, podeu adreçar-vos a la meva companya Sònia Rius (srius@palauplegamans.cat, 93 864 66 00).

Buenos días, estoy fuera de la oficina hasta el martes 5 de mayo. Para cualquier consulta, podéis contactar con Sònia Rius (srius@palauplegamans.cat, 93 864 66 00).

Mercè Ventura Gual
Promoció Econòmica i Comerç
Ajuntament de Palau-solità i Plegamans`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">${text.split('\n\n').map((x) => `<p>${x.split('\n').map(esc).join('<br>')}</p>`).join('')}</div></body></html>`;
  return eml({
    received: [received('correu.palauplegamans.cat', '192.0.2.166', 'Fri, 24 Apr 2020 09:00:21 +0200', 'E6A1C9B0F24'),
      'Received: from EXCH01.palauplegamans.local (10.3.1.10) by EXCH01.palauplegamans.local (10.3.1.10) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.2044.4; Fri, 24 Apr 2020 09:00:19 +0200'],
    headers: { returnPath: 'mventura@palauplegamans.cat', from: addr('Mercè Ventura Gual', 'mventura@palauplegamans.cat'), subject: 'Resposta automàtica: Recordatori: recull de bones pràctiques en ESS', date: 'Fri, 24 Apr 2020 09:00:19 +0200', messageId: '<a2c74e1f9b3d4e07a5c18d62f0e93b47@EXCH01.palauplegamans.local>', extra: [`In-Reply-To: ${REMINDER_ID}`, `References: ${REMINDER_ID}`, 'Thread-Topic: =?utf-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=', 'Thread-Index: AQHWGgK3c1x0yT8Zk0m9rQ2b5aN4wA==', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: mventura@palauplegamans.cat', 'Content-Language: ca-ES'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_a2c74e1f9b3d4e07a5c18d62f0e93b47EXCH01palauplegamanslo_'),
  });
});

// 013 Celrà: Exchange Online non-delivery report for our reminder (mailbox no longer exists)
add('013-celra-ndr-exchange-online.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Exchange Online NDR ("Undeliverable: Recordatori: …", From "Microsoft Outlook" <MicrosoftExchange…@celra.cat>, multipart/report with an HTML+text diagnostic, message/delivery-status and text/rfc822-headers of our reminder, "550 5.1.10 RESOLVER.ADR.RecipientNotFound"): bounce, ignored, no follow-up; the council later submits from another mailbox (029)' }, async () => {
  const to = 'promocioeconomica@celra.cat';
  const notice = `Your message to ${to} couldn't be delivered.

promocioeconomica wasn't found at celra.cat.

bonespractiques    Office 365    promocioeconomica
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means (by phone, for example) and confirm the address.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 4/24/2020 7:00:02 AM
Sender Address: ${XMESS}
Recipient Address: ${to}
Subject: Recordatori: recull de bones pràctiques en ESS

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: AM6PR09MB3317.eurprd09.prod.outlook.com`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.x{font-family:'Segoe UI',Frutiger,Arial,sans-serif}</style></head><body><div class="x"><p style="font-size:16px">Your message to <a href="mailto:${to}">${to}</a> couldn't be delivered.</p><p style="font-size:24px;color:#C00000"><b>promocioeconomica</b> wasn't found at <b>celra.cat</b>.</p><table><tr><td>bonespractiques</td><td>Office 365</td><td>promocioeconomica</td></tr><tr><td></td><td style="color:#C00000"><b>Action Required</b></td><td>Recipient</td></tr></table><p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p><p style="font-size:12px;color:#666">Status code: 550 5.1.10<br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></div></body></html>`;
  const status = `Reporting-MTA: dns;AM6PR09MB3317.eurprd09.prod.outlook.com
Received-From-MTA: dns;mx.xmess.example.org
Arrival-Date: Fri, 24 Apr 2020 07:00:03 +0000

Final-Recipient: rfc822;${to}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Remote-MTA: dns;AM6PR09MB3317.eurprd09.prod.outlook.com`;
  const rfcHeaders = `Return-Path: <${XMESS}>
Received: from mx.xmess.example.org (192.0.2.10) by AM6PR09MB3317.eurprd09.prod.outlook.com
 with Microsoft SMTP Server (version=TLS1_2) id 15.20.2937.13; Fri, 24 Apr 2020 07:00:03 +0000
From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <${XMESS}>
To: ${to}
Subject: =?UTF-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=
Date: Fri, 24 Apr 2020 08:59:50 +0200
Message-ID: ${REMINDER_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8`;
  return eml({
    received: [received('EUR03-AM5-obe.outbound.protection.outlook.com', '40.107.1.80', 'Fri, 24 Apr 2020 09:00:05 +0200', '8C2F5A0E1D9'),
      'Received: from AM6PR09MB3317.eurprd09.prod.outlook.com ([fe80::1c2b:77d0]) by\n AM6PR09MB3317.eurprd09.prod.outlook.com ([fe80::1c2b:77d0%5]) with mapi id\n 15.20.2937.013; Fri, 24 Apr 2020 07:00:04 +0000'],
    headers: { returnPath: '', from: addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@celra.cat'), to: `<${XMESS}>`, subject: 'Undeliverable: Recordatori: recull de bones pràctiques en ESS', date: 'Fri, 24 Apr 2020 07:00:04 +0000', messageId: '<55d1e7a9-8c3f-4b02-b6e4-0f2a9c71d834@AM6PR09MB3317.eurprd09.prod.outlook.com>', extra: [`In-Reply-To: ${REMINDER_ID}`, `References: ${REMINDER_ID}`, 'Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'X-MS-PublicTrafficType: Email', 'Content-Language: en-US'] },
    part: multi('report', [
      multi('alternative', [leaf({ charset: 'us-ascii', cte: '7bit', body: notice.replace(/[^\x00-\x7f]/g, (c) => ({ 'à': 'a' })[c] ?? '?') }), leaf({ type: 'text/html', body: html })], 'ef6c1b0a-2d94-4e17-9a30-c5b8e7d21f46'),
      { head: 'Content-Type: message/delivery-status', body: status },
      { head: 'Content-Type: text/rfc822-headers', body: rfcHeaders },
    ], '3b0d8f5e-71a6-4c29-8e1d-a4c7f0392b58', ' report-type=delivery-status;'),
  });
});

// 014 phpList newsletter of a social-economy observatory that mentions municipal experiences
add('014-butlleti-phplist.eml', { kind: 'other', status: 'ignored', late: false, practices: [], case: 'phpList newsletter (List-Unsubscribe + List-Unsubscribe-Post, Precedence: bulk, X-ListMember: our address) of a social-economy observatory: "Experiències municipals" section with two councils\' projects described with Títol / Qui / Contacte lines and a call to send practices to the XMESS: not a submission, ignored' }, async () => {
  const items = [
    { t: 'Ajuntament de Sant Celoni: mercat de bescanvi de llibres de text', d: 'Les famílies intercanvien els llibres de text del curs passat en una fira a la plaça, amb la col·laboració de les AFA de les escoles.', c: 'Contacte: educacio@santceloni.example.cat' },
    { t: "Ajuntament de Vilassar de Dalt: servei d'àpats per a gent gran", d: "Una cooperativa de restauració prepara els àpats del servei d'atenció domiciliària amb producte de la comarca.", c: 'Contacte: Oriol Cabot, 93 753 98 00' },
  ];
  const text = `OBSERVATORI DE L'ECONOMIA SOCIAL LOCAL
Butlletí núm. 37 · abril de 2020

EN AQUEST NÚMERO
- Guia d'ajuts per a cooperatives i entitats (actualitzada a 24 d'abril)
- Experiències municipals
- Agenda: webinars de maig

EXPERIÈNCIES MUNICIPALS

${items.map((x) => `Títol: ${x.t}\n${x.d}\n${x.c}`).join('\n\n')}

RECORDA: la Xarxa de Municipis per l'ESS recull bones pràctiques municipals fins al 30 d'abril. Envia-les a ${XMESS}.

AGENDA
7 de maig, 10 h: Com adaptar els plans d'igualtat a les cooperatives petites (en línia).
14 de maig, 12 h: Clàusules socials en temps d'emergència (en línia).

--
Reps aquest butlletí perquè estàs subscrit/a amb l'adreça ${XMESS}.
Donar-se de baixa: https://butlleti.observatori-ess.example.net/lists/?p=unsubscribe&uid=7c1e0a93f4b2
Actualitzar preferències: https://butlleti.observatori-ess.example.net/lists/?p=preferences&uid=7c1e0a93f4b2
`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Butlletí núm. 37</title></head><body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center"><table width="600" cellpadding="20" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td bgcolor="#3B5B2F" style="color:#fff"><h1 style="margin:0;font-size:22px">Observatori de l'Economia Social Local</h1><p style="margin:4px 0 0">Butlletí núm. 37 · abril de 2020</p></td></tr>
<tr><td><h2 style="font-size:16px">En aquest número</h2><ul><li>Guia d'ajuts per a cooperatives i entitats (actualitzada a 24 d'abril)</li><li>Experiències municipals</li><li>Agenda: webinars de maig</li></ul></td></tr>
<tr><td><h2 style="font-size:16px">Experiències municipals</h2>${items.map((x) => `<p><b>Títol:</b> ${esc(x.t)}<br>${esc(x.d)}<br><i>${esc(x.c)}</i></p>`).join('')}<p style="background:#FFF4D6;padding:10px"><b>Recorda:</b> la Xarxa de Municipis per l'ESS recull bones pràctiques municipals fins al 30 d'abril. Envia-les a <a href="mailto:${XMESS}">${XMESS}</a>.</p></td></tr>
<tr><td><h2 style="font-size:16px">Agenda</h2><p>7 de maig, 10 h: Com adaptar els plans d'igualtat a les cooperatives petites (en línia).<br>14 de maig, 12 h: Clàusules socials en temps d'emergència (en línia).</p></td></tr>
<tr><td style="font-size:11px;color:#888">Reps aquest butlletí perquè estàs subscrit/a amb l'adreça ${XMESS}.<br><a href="https://butlleti.observatori-ess.example.net/lists/?p=unsubscribe&amp;uid=7c1e0a93f4b2">Donar-se de baixa</a> · <a href="https://butlleti.observatori-ess.example.net/lists/?p=preferences&amp;uid=7c1e0a93f4b2">Actualitzar preferències</a></td></tr>
</table></td></tr></table><img src="https://butlleti.observatori-ess.example.net/lists/ut.php?u=7c1e0a93f4b2&amp;m=37" width="1" height="1" border="0"></body></html>`;
  return eml({
    received: [received('butlleti.observatori-ess.example.net', '198.51.100.47', 'Mon, 27 Apr 2020 08:15:22 +0200', '0E4B7D2A9F1')],
    headers: {
      returnPath: 'bounces@butlleti.observatori-ess.example.net', from: addr("Observatori de l'Economia Social Local", 'butlleti@observatori-ess.example.net'), to: XMESS,
      subject: "Butlletí núm. 37: ajuts, experiències municipals i agenda", date: 'Mon, 27 Apr 2020 08:15:01 +0200', messageId: '<phplist-37-7c1e0a93f4b2.1587968101@butlleti.observatori-ess.example.net>',
      extra: ['X-Mailer: phpList v 3.5.2', 'X-MessageID: 37', `X-ListMember: ${XMESS}`, 'Precedence: bulk',
        'List-Unsubscribe: <https://butlleti.observatori-ess.example.net/lists/?p=unsubscribe&uid=7c1e0a93f4b2&jo=1>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Id: <butlleti.observatori-ess.example.net>'],
    },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_=_swift_1587968101_b3e8c07d41a9f25e6d0c=_'),
  });
});

// 015 Cabrils: arrives on 5 May (late), DOCX with page header/footer and bold inline labels
add('015-cabrils-fora-termini-docx.eml', exp(['cabrils'], { late: true, case: 'late: arrives Tue 5 May 2020; apologetic Outlook note; DOCX generated by the docx library with a page header (council · area) and a footer with the switchboard phone, fields as paragraphs with a bold inline label (Títol de la pràctica: / Entitats promotores: / Descripció breu: / Persona de contacte: / Correu: / Telèfon mòbil:); community composting = ecological transition' }), async () => {
  const p = P.cabrils;
  const buf = await docxPkg([
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Fitxa de bona pràctica')] }),
    dLabel('Títol de la pràctica: ', p.title),
    dLabel('Entitats promotores: ', `${p.promoters[0]} i ${p.promoters[1]}`),
    dLabel('Descripció breu: ', p.expl),
    dLabel('Persona de contacte: ', `${p.contact.name} (tècnica de Medi Ambient)`),
    dLabel('Correu: ', p.contact.email),
    dLabel('Telèfon mòbil: ', p.tel),
  ], { title: 'Compostem Cabrils', creator: 'gvallmajor', header: 'Ajuntament de Cabrils · Àrea de Medi Ambient i Sostenibilitat', footer: "Pl. de l'Ajuntament, 1 · 08348 Cabrils · Tel. 93 753 90 00 · www.cabrils.cat" });
  const text = `Bon dia,

Sabem que el termini es va acabar el 30 d'abril, però us enviem igualment la nostra fitxa per si encara la podeu incloure al recull. Ens ha estat impossible enllestir-la abans.

Moltes gràcies i disculpeu el retard,

Gemma Vallmajor Puigdollers
Àrea de Medi Ambient i Sostenibilitat
Ajuntament de Cabrils
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso('Sabem que el termini es va acabar el 30 d’abril, però us enviem igualment la nostra fitxa per si encara la podeu incloure al recull. Ens ha estat impossible enllestir-la abans.')}${msoBlank}
${mso('Moltes gràcies i disculpeu el retard,')}${msoBlank}
${mso('Gemma Vallmajor Puigdollers<br>Àrea de Medi Ambient i Sostenibilitat<br>Ajuntament de Cabrils')}
</div></body></html>`;
  return eml({
    received: [received('mail-cabrils.outbound.protection.outlook.com', '40.107.20.133', 'Tue, 5 May 2020 09:14:27 +0200', '6F1B8D3E0A5'),
      'Received: from VI1PR07MB6203.eurprd07.prod.outlook.com ([fe80::e8d1:5b20])\n\tby VI1PR07MB6203.eurprd07.prod.outlook.com with mapi id 15.20.2979.021; Tue, 5 May 2020 07:14:23 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Cabrils (fora de termini)', date: 'Tue, 5 May 2020 07:14:21 +0000', messageId: '<VI1PR07MB62039B4E1C7A0D35F82E6B1D4A9C3@VI1PR07MB6203.eurprd07.prod.outlook.com>', extra: [...outlookExtra('Bona pràctica Cabrils (fora de termini)', 'AdYiq7m0wZ3Xb1Kd9Tc2Ep5Lr8Vn4Q=='), 'X-MS-Has-Attach: yes', 'X-MS-TNEF-Correlator: '] },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_VI1PR07MB62039B4E1C7A0D35F82E6B1D4A9C3VI1PR07MB6203eurp_'),
      leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa Compostem Cabrils.docx' }),
    ], '_004_VI1PR07MB62039B4E1C7A0D35F82E6B1D4A9C3VI1PR07MB6203eurp_'),
  });
});

// 016 Mieres: small council writing from a gmail.com address; three councils promote the practice
add('016-mieres-gmail-municipis-veins.eml', exp(['mieres'], { case: 'small member council with no own mail domain: sender "Ajuntament de Mieres" on gmail.com, municipality from the text; intercooperation only among councils ("Des de l\'Ajuntament de Mieres, conjuntament amb els municipis veïns de Santa Pau i Sant Aniol de Finestres" = three promoters, written as town names); title as a line of its own (bold in HTML); contact in a sentence: the mayor, "en aquesta mateixa adreça de correu" (= the gmail sender) "o al 972 68 00 70"; shared electric minibus = sustainable mobility' }), async () => {
  const p = P.mieres;
  const intro = "Des de l'Ajuntament de Mieres, conjuntament amb els municipis veïns de Santa Pau i Sant Aniol de Finestres, us volem presentar aquesta experiència per al recull:";
  const closing = `Si necessiteu res més, podeu parlar amb l'alcaldessa, la ${p.contact.name}, en aquesta mateixa adreça de correu o al ${p.tel}.`;
  const text = `Bon dia,

${intro}

${p.title}

${p.expl}

${closing}

Salutacions cordials,

Ajuntament de Mieres
Pl. de la Vila, 1 · 17830 Mieres (la Garrotxa)
`;
  const html = `<div dir="ltr"><div>Bon dia,</div><div><br></div><div>${esc(intro)}</div><div><br></div><div><b>${esc(p.title)}</b></div><div><br></div><div>${esc(p.expl)}</div><div><br></div><div>${esc(closing)}</div><div><br></div><div>Salutacions cordials,</div><div><br></div><div>Ajuntament de Mieres</div><div>Pl. de la Vila, 1 · 17830 Mieres (la Garrotxa)</div></div>`;
  return eml({
    received: [received('mail-qk1-f177.google.com', '209.85.222.177', 'Tue, 21 Apr 2020 20:03:52 +0200', '2A9E6C0D4B8'),
      'Received: by mail-qk1-f177.google.com with SMTP id o19so15274930qkk.5\n        for <bonespractiques@xmess.example.org>; Tue, 21 Apr 2020 11:03:51 -0700 (PDT)'],
    headers: { returnPath: 'ajuntamentmieres@gmail.com', from: addr('Ajuntament de Mieres', 'ajuntamentmieres@gmail.com'), subject: 'Experiència per al recull - Mieres', date: 'Tue, 21 Apr 2020 20:03:38 +0200', messageId: '<CAGp5r0Vx=c8Ek1Nq7mT2bYd4Ls9Hf3Wz6Aj@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000f20b8c05a3d1e4a7'),
  });
});

// 017 La Seu d'Urgell: Spanish plain text, windows-1252 quoted-printable, Outlook 2010
add('017-laseu-cp1252-qp-es.eml', exp(['laseu'], { case: 'Spanish text/plain windows-1252 quoted-printable (Outlook 2010), RFC 2047 windows-1252 subject; labels Iniciativa / Quién participa (a sentence: "El Ayuntamiento …, con la … y la …") / Descripción / Contacto with "Sra." and an extension ("973 35 00 10 ext. 231"); covid only through "cuando cerraron los mercados en marzo" and "mientras duren las restricciones"; Catalan practice name in a Spanish text' }), async () => {
  const p = P.laseu;
  const text = `Buenos días,

Os hacemos llegar la experiencia de La Seu d’Urgell para el recopilatorio de buenas prácticas.

Iniciativa: ${p.title}
Quién participa: El ${p.promoters[0]}, con la ${p.promoters[1]} y la ${p.promoters[2]}.
Descripción: ${p.expl.replace(/'/g, '’')}
Contacto: Sra. ${p.contact.name} – Agente de Desarrollo Local – ${p.tel} – ${p.contact.email}

Un cordial saludo,

Àrea de Promoció Econòmica
Ajuntament de La Seu d’Urgell`;
  const head = headerBlock({
    received: [received('correu.laseu.cat', '192.0.2.171', 'Wed, 22 Apr 2020 10:57:36 +0200', 'D3B9F1A6C02')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica – La Seu d’Urgell', subjectCharset: 'windows-1252', date: 'Wed, 22 Apr 2020 10:57:33 +0200', messageId: '<00a301d61885$e2c4f1b0$a84ed510$@laseu.cat>', extra: ['X-Mailer: Microsoft Outlook 14.0', 'Thread-Index: AdYYhOHTx4Xb2Mc0QbqZrW6n5TeV1g==', 'Content-Language: es'] },
    part: { head: 'Content-Type: text/plain; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable' },
  });
  // the subject must be encoded from cp1252 bytes (’ and – are outside Latin-1)
  const subj = `=?windows-1252?Q?${[...cp1252('Buena práctica – La Seu d’Urgell')].map((b) => (b === 0x20 ? '_' : (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`;
  const fixed = head.replace(/^Subject: .*$/m, `Subject: ${subj}`);
  const body = leaf({ charset: 'windows-1252', body: cp1252(text).toString('latin1') }).body;
  return (fixed + '\n\n' + body + '\n').replace(/\r?\n/g, '\r\n');
});

// 018 Navàs: HTML-only with an inline logo (multipart/related), bold labels, long disclaimer and eco footer
add('018-navas-html-logo-avis-legal.eml', exp(['navas'], { case: 'HTML-only body inside multipart/related with an inline PNG logo in the signature; bold labels Nom / Entitats / Descripció / Referent (name, role, mobile "686 11 52 07" and e-mail on one line); the signature adds the switchboard phone, a "pensa en el medi ambient abans d\'imprimir" footer, an equality-plan badge text and a long ca/es/en legal disclaimer, none of which is the practice (no ecological or feminist theme); cooperative housing for people over 60 = intercooperation only' }), async () => {
  const p = P.navas;
  const cid = 'logo-navas-01@navas.cat';
  const logo = png(120, 36, 3, (x, y) => (x < 30 ? [0, 102, 153] : (y > 12 && y < 24 && x % 9 < 6 ? [60, 60, 60] : [255, 255, 255])));
  const disclaimer = [
    "AVÍS LEGAL: Aquest missatge i, si escau, els fitxers annexos contenen informació confidencial adreçada exclusivament a la persona destinatària. Si l'heu rebut per error, us preguem que ho comuniqueu a l'emissor i que l'elimineu. D'acord amb el Reglament (UE) 2016/679, les vostres dades formen part dels fitxers de l'Ajuntament de Navàs per gestionar la comunicació; podeu exercir els drets d'accés, rectificació, supressió i oposició adreçant-vos al Registre General.",
    'AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos contienen información confidencial dirigida exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.',
    'LEGAL NOTICE: This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
  ];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Bon dia,</p>
<p>Us fem arribar la proposta de l'Ajuntament de Navàs per al recull de bones pràctiques:</p>
<p><b>Nom:</b> ${esc(p.title)}<br>
<b>Entitats:</b> ${esc(p.promoters.join(' i '))}<br>
<b>Descripció:</b> ${esc(p.expl)}<br>
<b>Referent:</b> ${esc(p.contact.name)}, arquitecte municipal · ${esc(p.tel)} · <a href="mailto:${p.contact.email}">${p.contact.email}</a></p>
<p>Cordialment,</p>
<table cellpadding="0" cellspacing="0" style="font-size:8pt;color:#444"><tr><td style="padding-right:10px"><img src="cid:${cid}" width="120" height="36" alt="Ajuntament de Navàs"></td><td style="border-left:2px solid #006699;padding-left:10px"><b>Àrea de Territori i Habitatge</b><br>Ajuntament de Navàs<br>Pl. de l'Ajuntament, 1 · 08670 Navàs<br>T. 93 839 00 10 · www.navas.cat</td></tr></table>
<p style="font-size:8pt;color:#2E7D32">&#127807; Abans d'imprimir aquest correu, pensa en el medi ambient.</p>
<p style="font-size:8pt;color:#7B1FA2">Ajuntament compromès amb la igualtat de gènere: II Pla d'Igualtat d'Oportunitats entre Dones i Homes 2019-2023.</p>
${disclaimer.map((d) => `<p style="font-size:7pt;color:#888">${esc(d)}</p>`).join('\n')}
</body></html>`;
  const img = { head: `Content-Type: image/png; name="logo_navas.png"\nContent-Disposition: inline; filename="logo_navas.png"\nContent-ID: <${cid}>\nContent-Transfer-Encoding: base64`, body: b64(logo) };
  return eml({
    received: [received('correu.navas.cat', '192.0.2.175', 'Thu, 23 Apr 2020 13:18:40 +0200', '7A0C3E9B5D1')],
    headers: { returnPath: 'territori@navas.cat', from: addr('Territori i Habitatge - Ajuntament de Navàs', 'territori@navas.cat'), subject: 'Bona pràctica Navàs: habitatge cooperatiu sènior', date: 'Thu, 23 Apr 2020 13:18:37 +0200', messageId: '<20200423111837.Horde.Qk3pT1aN0v8Wf2bYc5Rz7eA@webmail.navas.cat>', extra: ['User-Agent: Horde Application Framework 5'] },
    part: multi('related', [leaf({ type: 'text/html', body: html }), img], '=_Wf2bYc5Rz7eAQk3pT1aN0v8', '\n\ttype="text/html";'),
  });
});

// 019 Callús: two practices in one base64 plain-text body, upper-case section headings
add('019-callus-base64-dues-propostes.eml', exp(['callus1', 'callus2'], { case: 'text/plain base64 UTF-8 (Thunderbird), two practices under upper-case headings ("PRIMERA PROPOSTA", "SEGONA PROPOSTA") with the same labels (Títol / Qui la impulsa / Explicació / Contacte) and the same switchboard phone for both contacts; the 1st is covid via "durant les setmanes de confinament" + intercooperation; the 2nd is a school-canteen tender with organic produce: council alone (the cooperative is the contractor), procurement + ecological' }), async () => {
  const [a, b] = [P.callus1, P.callus2];
  const block = (p, who, role) => `Títol: ${p.title}
Qui la impulsa: ${who}
Explicació: ${p.expl}
Contacte: ${p.contact.name} (${role}), ${p.contact.email}, ${p.tel}`;
  const text = `Bon dia,

Des de l'Ajuntament de Callús us enviem dues propostes per al recull de bones pràctiques.

PRIMERA PROPOSTA

${block(a, `${a.promoters[0]} i ${a.promoters[1]}`, 'regidora de Serveis Socials')}

SEGONA PROPOSTA

${block(b, a.promoters[0], 'secretari-interventor')}

Salutacions cordials,

Ajuntament de Callús
`;
  return eml({
    received: [received('correu.callus.cat', '192.0.2.178', 'Fri, 24 Apr 2020 12:44:15 +0200', '3E8D1B6F0C4')],
    headers: { returnPath: a.contact.email, from: addr(a.contact.name, a.contact.email), subject: 'Dues propostes de Callús per al recull', date: 'Fri, 24 Apr 2020 12:44:12 +0200', messageId: '<8e1f3a52-7c09-b4d6-2a1e-5f0c9d7b3e84@callus.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: leaf({ cte: 'base64', body: text }),
  });
});

// 020 Artés: Gmail (English UI) forward; the practice and its contact come from the colleague's mail
add('020-artes-fwd-gmail-angles.eml', exp(['artes'], { case: 'Gmail forward with the English UI marker ("---------- Forwarded message ---------", From: / Date: Mon, Apr 20, 2020 at … / Subject: / To:) by the head of local development, whose signature mobile is not the contact; the colleague\'s inner text is prose: the title on a line of its own, promoters in a sentence ("És un projecte de l\'Ajuntament d\'Artés i de l\'Associació …, que hi col·labora des del principi"), the contact is the colleague\'s signature; women farmers = feminism' }), async () => {
  const p = P.artes;
  const who = `És un projecte de l'${p.promoters[0]} i de l'${p.promoters[1]}, que hi col·labora des del principi.`;
  const inner = `Enric,

Et passo el text per a la XMESS:

${p.title}

${who}

${p.expl}

${p.contact.name}
Tècnica d'Igualtat i Desenvolupament Rural
Ajuntament d'Artés
${p.tel} · ${p.contact.email}`;
  const fwdHdr = `---------- Forwarded message ---------
From: ${p.contact.name} <${p.contact.email}>
Date: Mon, Apr 20, 2020 at 5:42 PM
Subject: Text trobades dones pageses
To: Enric Vilaseca Bonet <evilaseca@artes.cat>`;
  const top = `Bon dia,

Us reenvio la proposta d'Artés. La Mercè n'és la referent i és qui us pot donar més informació.

Enric Vilaseca
Desenvolupament Local · Ajuntament d'Artés
Mòbil 639 70 24 18`;
  const text = `${top}

${fwdHdr}


${inner}
`;
  const para = (s) => s.split('\n\n').map((x) => `<div>${x.split('\n').map((l) => linkMail(esc(l), p.contact.email)).join('<br>')}</div>`).join('<div><br></div>');
  const html = `<div dir="ltr">${para(top)}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">${esc(p.contact.name)}</strong> <span dir="auto">&lt;<a href="mailto:${p.contact.email}">${p.contact.email}</a>&gt;</span><br>Date: Mon, Apr 20, 2020 at 5:42 PM<br>Subject: Text trobades dones pageses<br>To: Enric Vilaseca Bonet &lt;<a href="mailto:evilaseca@artes.cat">evilaseca@artes.cat</a>&gt;<br></div><br><br><div dir="ltr">${para(inner)}</div></div></div>`;
  return eml({
    received: [received('mail-ej1-f67.google.com', '209.85.218.67', 'Tue, 21 Apr 2020 09:12:08 +0200', '5B3F9A1D7E2'),
      'Received: by mail-ej1-f67.google.com with SMTP id re23so10392047ejb.4\n        for <bonespractiques@xmess.example.org>; Tue, 21 Apr 2020 00:12:07 -0700 (PDT)'],
    headers: { returnPath: 'evilaseca@artes.cat', from: addr('Enric Vilaseca Bonet', 'evilaseca@artes.cat'), subject: 'Fwd: Text trobades dones pageses', date: 'Tue, 21 Apr 2020 09:11:55 +0200', messageId: '<CAJd2kW4g=Rt8Nb1Xq5Zm0Hc7Lp3Vf6Ys9Ke@mail.gmail.com>', extra: ['In-Reply-To: <CAPx7Mn2u=Ls4Kd9Wq1Bz6Tf0Hc3Rj8Ya5Ve@mail.gmail.com>', 'References: <CAPx7Mn2u=Ls4Kd9Wq1Bz6Tf0Hc3Rj8Ya5Ve@mail.gmail.com>'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '0000000000009c2d4e05a3c8f1b0'),
  });
});

// 021 Montornès: Spanish Outlook "RV:" by the head of service; the sheet comes from the social educator
add('021-montornes-rv-es-avis-legal.eml', exp(['montornes'], { case: 'Spanish Outlook "RV:" forward by the head of service (her signature phone and a long bilingual data-protection disclaimer are not content); the inner mail (De: / Enviado el: / Para: / Asunto:) holds the sheet with labels Nombre de la experiencia / Promotores ("… y …") / ¿En qué consiste? / Persona de contacto ("name, role – e-mail – 93 572 11 70 ext. 512"); covid via "estado de alarma", feminism via the gender view of care work' }), async () => {
  const p = P.montornes;
  const inner = `Hola Cristina,

Te paso la ficha para la XMESS:

Nombre de la experiencia: ${p.title}
Promotores: ${p.promoters[0]} y ${p.promoters[1]}
¿En qué consiste? ${p.expl}
Persona de contacto: ${p.contact.name}, educadora social – ${p.contact.email} – ${p.tel}

Gracias,
Sandra`;
  const fwd = [['De', `${p.contact.name} <${p.contact.email}>`], ['Enviado el', 'lunes, 20 de abril de 2020 16:20'], ['Para', 'Cristina Lozano Jiménez <clozano@montornes.cat>'], ['Asunto', 'Ficha buena práctica Respiro']];
  const top = `Buenos días:

Os reenvío la ficha que ha preparado Sandra Peña, educadora social del servicio, que es la persona de contacto de la experiencia.

Saludos,

Cristina Lozano Jiménez
Cap del Servei d'Acció Social
Ajuntament de Montornès del Vallès
Tel. 93 572 11 70 ext. 500`;
  const lopd = "AVÍS / AVISO: Aquest correu electrònic i els documents adjunts poden contenir informació confidencial. Si no en sou la persona destinatària, us demanem que ho comuniqueu a l'emissor i que l'esborreu. / Este correo electrónico y sus anexos pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo borre. Responsable del tratamiento: Ajuntament de Montornès del Vallès. Finalidad: gestionar la comunicación. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición en la sede electrónica municipal.";
  const text = `${top}

${lopd}

${fwd.map(([k, v]) => `${k}: ${v}`).join('\n')}

${inner}
`;
  const html = `${MSO_HEAD}<body lang=ES link="#0563C1" vlink="#954F72"><div class=WordSection1>
${top.split('\n\n').map((para) => mso(para.split('\n').map(esc).join('<br>'))).join(msoBlank)}
${msoBlank}<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>${esc(lopd)}</span><o:p></o:p></p>${msoBlank}
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>${fwd.map(([k, v]) => `<b>${k}:</b> ${esc(v)}`).join('<br>')}<o:p></o:p></p></div>${msoBlank}
${inner.split('\n\n').map((para) => mso(para.split('\n').map((l) => linkMail(esc(l), p.contact.email)).join('<br>'))).join(msoBlank)}
</div></body></html>`;
  return eml({
    received: [received('correu.montornes.cat', '192.0.2.183', 'Tue, 21 Apr 2020 09:58:30 +0200', 'B4E0A7C2F19'),
      'Received: from MBX01.montornes.local (10.5.0.21) by MBX01.montornes.local (10.5.0.21) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Tue, 21 Apr 2020 09:58:27 +0200'],
    headers: { returnPath: 'clozano@montornes.cat', from: addr('Cristina Lozano Jiménez', 'clozano@montornes.cat'), subject: 'RV: Ficha buena práctica Respiro', date: 'Tue, 21 Apr 2020 09:58:25 +0200', messageId: '<D1E8B3A70C5F4296B2E0@MBX01.montornes.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', ...outlookExtra('Ficha buena práctica Respiro', 'AdYXKz3q0cR8Tn1WbE5Yv2Lm7Hx4PgAAGf3kQw==', 'es-ES')] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_0045_01D617B8.9E3A2C10'),
  });
});

// 022 Santa Perpètua: PDF following the network's systematisation sheet; no phone anywhere
add('022-staperpetua-pdf-fitxa-xarxa.eml', exp(['staperpetua'], { case: 'PDF laid out as the network\'s systematisation sheet (Ajuntament o Consell Comarcal / Persona de referència / Mail de contacte / Àrea o Departament / Classificació simplificada / Descripció / Objectius / Persones destinatàries / Recursos / Elements clau / Limitacions / Indicadors de resultat utilitzats / Aspectes a tenir en compte) as shaded label bars with the value below, the title only as a big line above; summary from Descripció (not Objectius); no phone anywhere (phone null); sent by a service mailbox; the council is the only promoter (companies are contractors), procurement only' }), async () => {
  const p = P.staperpetua;
  const fields = [
    ['Ajuntament o Consell Comarcal', p.promoters[0]],
    ['Persona de referència', p.contact.name],
    ['Mail de contacte', p.contact.email],
    ['Àrea o Departament', 'Àrea de Territori · Servei de Contractació'],
    ['Classificació simplificada', 'Compra pública responsable'],
    ['Descripció', p.expl],
    ['Objectius', "Fer que la inversió pública en obres generi ocupació per a les persones del municipi que més ho necessiten. Donar experiència laboral recent en un sector amb demanda."],
    ['Persones destinatàries', "Persones en situació d'atur inscrites al Servei Local d'Ocupació, amb prioritat per a les de més de 45 anys i les de llarga durada."],
    ['Recursos', "Personal tècnic dels serveis de Contractació i d'Ocupació. Cursos de prevenció de riscos de 20 hores finançats pel pressupost d'ocupació."],
    ['Elements clau', "La coordinació entre el Servei de Contractació i el Servei Local d'Ocupació, i el fet d'incloure la clàusula com a condició especial d'execució i no només com a criteri d'adjudicació."],
    ['Limitacions', "Les obres petites no arriben al llindar; algunes empreses subcontracten part de l'obra i cal vigilar que la clàusula també s'apliqui a les subcontractes."],
    ['Indicadors de resultat utilitzats', "Persones contractades; durada mitjana dels contractes; persones que continuen treballant sis mesos després."],
    ['Aspectes a tenir en compte', "Cal fer un seguiment mensual amb l'empresa i preveure penalitzacions per incompliment."],
  ];
  const buf = await pdf((d) => {
    d.font('Helvetica').fontSize(8.5).fillColor('#555555').text('XMESS · Fitxa de sistematització de bones pràctiques', { align: 'right' });
    d.moveDown(0.8);
    d.font('Helvetica-Bold').fontSize(16).fillColor('#0B3C5D').text(p.title);
    d.moveDown(0.8);
    for (const [label, value] of fields) {
      if (d.y > 720) d.addPage();
      const y = d.y;
      d.rect(62, y, 471, 15).fill('#E4E9EE');
      d.font('Helvetica-Bold').fontSize(9).fillColor('#0B3C5D').text(label.toUpperCase(), 67, y + 4, { width: 460 });
      d.x = 62; d.y = y + 19;
      d.font('Helvetica').fontSize(10).fillColor('#000000').text(value, { width: 471, lineGap: 1.5 });
      d.moveDown(0.6);
    }
  }, { title: 'Fitxa sistematitzacio clausules socials obres', author: 'Contractacio', producer: 'LibreOffice 6.2', creator: 'Writer' });
  const text = `Bon dia,

Us adjuntem la fitxa de sistematització de la nostra pràctica, seguint el model de la Xarxa.

Salutacions,

Servei de Contractació
Ajuntament de Santa Perpètua de Mogoda
`;
  return eml({
    received: [received('correu.staperpetua.cat', '192.0.2.186', 'Mon, 27 Apr 2020 10:36:54 +0200', 'C7F2A0D5E38')],
    headers: { returnPath: 'contractacio@staperpetua.cat', from: addr('Contractació - Ajuntament de Santa Perpètua de Mogoda', 'contractacio@staperpetua.cat'), subject: 'Fitxa de sistematització - clàusules socials', date: 'Mon, 27 Apr 2020 10:36:51 +0200', messageId: '<001f01d61c6d$a83e2b90$f8ba82b0$@staperpetua.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdYcbaYH3qLk9N2wQ8OcFz0Tn6Rb1A==', 'Content-Language: ca'] },
    part: multi('mixed', [leaf({ body: text }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fitxa sistematitzacio - clausules socials obres.pdf' })], '----=_NextPart_000_0020_01D61C7E.6BC72590'),
  });
});

// 023 Ulldecona: short Spanish mail from an iPhone, promoters joined with "+"
add('023-ulldecona-iphone-es.eml', exp(['ulldecona'], { case: 'Spanish iPhone mail (text/plain quoted-printable, "Enviado desde mi iPhone"): very short labels Proyecto / Quién (promoters joined with "+") / Qué / Contacto; the title itself contains a colon; phone with "ext. 3"; youth = 16 to 25 year olds who left school' }), async () => {
  const p = P.ulldecona;
  const body = `Hola, os paso nuestra experiencia para el recopilatorio:

Proyecto: ${p.title}
Quién: ${p.promoters[0]} + ${p.promoters[1]}
Qué: ${p.expl}
Contacto: ${p.contact.name} (agente de desarrollo local), ${p.tel}, ${p.contact.email}

Saludos

Enviado desde mi iPhone`;
  return eml({
    received: [received('correu.ulldecona.cat', '192.0.2.189', 'Sat, 25 Apr 2020 18:22:47 +0200', '1F9B4D7A0E3'),
      'Received: from smtpclient.apple (unknown [198.51.100.177])\n\tby correu.ulldecona.cat (Postfix) with ESMTPSA id 9B4D7A0E3C1\n\tfor <bonespractiques@xmess.example.org>; Sat, 25 Apr 2020 18:22:45 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Experiencia Ulldecona', date: 'Sat, 25 Apr 2020 18:22:43 +0200', messageId: '<4A8C2E71-0B5D-4F93-A6E2-9D1C7B3F0E58@ulldecona.cat>', extra: ['X-Mailer: iPhone Mail (17D50)'] },
    part: leaf({ body }),
  });
});

// 024 Consell Comarcal del Berguedà with three town councils ("conjuntament amb els ajuntaments de …")
add('024-ccbergueda-ajuntaments-veins.eml', exp(['bergueda'], { case: 'comarcal council (member) writing in the first person plural ("Des del Consell Comarcal del Berguedà, conjuntament amb els ajuntaments de Gironella, Puig-reig i Avià, vam organitzar …" = four promoters, the three councils grouped under one plural); title between «» on a line of its own; "Persona de contacte: … (pvilardaga@… · 93 821 35 53)"; two of the named towns are configured non-member senders but the municipality is the Consell; covid via "estat d\'alarma"' }), async () => {
  const p = P.bergueda;
  const intro = "Des del Consell Comarcal del Berguedà, conjuntament amb els ajuntaments de Gironella, Puig-reig i Avià, vam organitzar fa unes setmanes un servei que volem compartir amb la Xarxa:";
  const contact = `Persona de contacte: ${p.contact.name}, tècnic de Desenvolupament Local del Consell Comarcal (${p.contact.email} · ${p.tel}).`;
  const text = `Bon dia,

${intro}

«${p.title}»

${p.expl}

${contact}

Salutacions,

${p.contact.name}
Desenvolupament Local
Consell Comarcal del Berguedà
`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso(esc(intro).replace(/'/g, '’'))}${msoBlank}
${mso(`«${esc(p.title).replace(/'/g, '’')}»`)}${msoBlank}
${mso(esc(p.expl).replace(/'/g, '’'))}${msoBlank}
${mso(linkMail(esc(contact), p.contact.email))}${msoBlank}
${mso('Salutacions,')}${msoBlank}
${mso(`${esc(p.contact.name)}<br>Desenvolupament Local<br>Consell Comarcal del Berguedà`)}
</div></body></html>`;
  return eml({
    received: [received('mail-ccbergueda.outbound.protection.outlook.com', '40.107.2.119', 'Thu, 23 Apr 2020 16:49:03 +0200', '0B7E3C9A2D5'),
      'Received: from PR3PR09MB5361.eurprd09.prod.outlook.com ([fe80::71a4:c0d9])\n\tby PR3PR09MB5361.eurprd09.prod.outlook.com with mapi id 15.20.2921.036; Thu, 23 Apr 2020 14:48:59 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica del Berguedà', date: 'Thu, 23 Apr 2020 14:48:57 +0000', messageId: '<PR3PR09MB5361B0E2A7C94D1F36E85A2C0B7D9@PR3PR09MB5361.eurprd09.prod.outlook.com>', extra: [...outlookExtra('Bona pràctica del Berguedà', 'AdYZhK0Q4rW1t2xBcnEz8Vf5Lm3Gpw=='), 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_PR3PR09MB5361B0E2A7C94D1F36E85A2C0B7D9PR3PR09MB5361eurp_'),
  });
});

// 025 Salt: ODT with a two-column table; intersectional approach
add('025-salt-odt-taula.eml', exp(['salt'], { case: 'ODT attachment whose content is a two-column table (shaded label cells: Nom del projecte / Entitats promotores with one entity per paragraph / Descripció / Resultats / Persona de contacte with role / Correu-e / Telèfon); Zimbra HTML + plain note; women of diverse origins with gender, origin and administrative-status inequalities = intersectionality' }), async () => {
  const p = P.salt;
  const buf = await odt([
    oP(esc('Fitxa de bona pràctica'), 'P1'),
    oP(''),
    oTable([
      ['Nom del projecte', p.title],
      ['Entitats promotores', p.promoters.join('\n')],
      ['Descripció', p.expl],
      ['Resultats', "160 encàrrecs servits el primer any.\nSis sòcies han obtingut el permís de residència i treball.\nFacturació de 58.000 euros."],
      ['Persona de contacte', `${p.contact.name} (tècnica de Ciutadania i Migracions)`],
      ['Correu-e', p.contact.email],
      ['Telèfon', p.tel],
    ]),
  ].join(''), { creationDate: '2020-04-22T11:02:00', date: '2020-04-24T09:31:00' });
  const text = `Bon dia,

Us adjuntem la fitxa del projecte Sabors de Salt.

Salutacions cordials,

${p.contact.name}
Ciutadania i Migracions
Ajuntament de Salt`;
  const html = `<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Bon dia,</div><div><br data-mce-bogus="1"></div><div>Us adjuntem la fitxa del projecte Sabors de Salt.</div><div><br data-mce-bogus="1"></div><div>Salutacions cordials,</div><div><br data-mce-bogus="1"></div><div><strong>${esc(p.contact.name)}</strong><br>Ciutadania i Migracions<br>Ajuntament de Salt</div></div></body></html>`;
  return eml({
    received: [received('correu.viladesalt.cat', '192.0.2.193', 'Fri, 24 Apr 2020 09:35:18 +0200', '5E1A8C3F7B0')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa Sabors de Salt', date: 'Fri, 24 Apr 2020 09:35:16 +0200', messageId: '<918273645.552014.1587713716902.JavaMail.zimbra@viladesalt.cat>', extra: [ZIMBRA] },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '=_b9e3d2c1-7f0a-4e58-a6b4-1c0d9e8f7a62'),
      leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'Fitxa Sabors de Salt.odt' }),
    ], '=_4a7c1e90-3b2d-4f6e-8d05-e2a9b1c7f384'),
  });
});

// 026 Olesa de Montserrat (non-member): Thunderbird 8bit UTF-8, upper-case labels, "/"-separated promoters
add('026-olesa-no-membre-etiquetes-majuscules.eml', exp(['olesa'], { case: 'non-member council; Thunderbird text/plain UTF-8 8bit (not encoded) with upper-case labels (TÍTOL / PROMOTORS with "/" between the two names / DESCRIPCIÓ / CONTACTE as an indented block: name - role, e-mail, "93 778 00 50 ext. 241"); covid via "instituts tancats per l\'estat d\'alarma", youth via ESO' }), async () => {
  const p = P.olesa;
  const text = `Bon dia,

Sabem que l'Ajuntament d'Olesa de Montserrat encara no és membre de la Xarxa, però ens agradaria compartir aquesta experiència per al recull.

TÍTOL: ${p.title}

PROMOTORS: ${p.promoters[0]} / ${p.promoters[1]}

DESCRIPCIÓ: ${p.expl}

CONTACTE:
    ${p.contact.name} - Tècnica d'Educació
    ${p.contact.email}
    ${p.tel}

Salutacions,

-- 
Regidoria d'Educació
Ajuntament d'Olesa de Montserrat
`;
  return eml({
    received: [received('smtp.olesademontserrat.cat', '192.0.2.197', 'Mon, 27 Apr 2020 17:05:29 +0200', '9D4F0B2E6A1')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: "Experiència d'Olesa de Montserrat", date: 'Mon, 27 Apr 2020 17:05:26 +0200', messageId: '<7d1e2f80-4a6c-93b5-e0d7-c2f1a8b64e39@olesademontserrat.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: leaf({ body: text, cte: '8bit' }),
  });
});

// 027 Sant Feliu de Guíxols (non-member): Spanish DOCX (docx library) with a form table
add('027-guixols-no-membre-docx-taula-es.eml', exp(['guixols'], { case: 'non-member council; Spanish DOCX generated by the docx library: a heading, an intro line naming the council and area, then a shaded two-column form table (Título de la experiencia / Entidades promotoras with one entity per line / Descripción / Resultados / Persona de contacto / Teléfono / Correo electrónico); a fishermen\'s guild and a cooperative among the promoters; recycling of fishing nets = circular economy' }), async () => {
  const p = P.guixols;
  const buf = await docxPkg([
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('FICHA DE BUENA PRÁCTICA')] }),
    dP('Ayuntamiento de Sant Feliu de Guíxols · Área de Medio Ambiente y Puerto'),
    dTable([
      ['Título de la experiencia', p.title],
      ['Entidades promotoras', p.promoters.join('\n')],
      ['Descripción', p.expl],
      ['Resultados', '11 toneladas de redes recuperadas en 2019.\n24 embarcaciones participantes.\nDos puestos de trabajo en la cooperativa.'],
      ['Persona de contacto', `${p.contact.name}, técnica de Medio Ambiente`],
      ['Teléfono', p.tel],
      ['Correo electrónico', p.contact.email],
    ], { labelWidth: 30, shade: 'E2EFD9' }),
  ], { title: 'Ficha De red a recurso', creator: 'mcarreras' });
  const text = `Buenos días,

Os adjunto la ficha de nuestra experiencia. Sabemos que Sant Feliu de Guíxols no forma parte de la red, pero nos han animado a participar.

Saludos cordiales,

Marina Carreras Noguer
Medi Ambient i Port
Ajuntament de Sant Feliu de Guíxols`;
  return eml({
    received: [received('correu.guixols.cat', '192.0.2.201', 'Tue, 28 Apr 2020 11:19:02 +0200', '2C6A9E1F4B7'),
      'Received: from EXCH.guixols.local (10.8.0.4) by EXCH.guixols.local (10.8.0.4) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Tue, 28 Apr 2020 11:18:58 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Ficha buena práctica Sant Feliu de Guíxols', date: 'Tue, 28 Apr 2020 11:18:56 +0200', messageId: '<F0A3C7E12B9D4685A7C1@EXCH.guixols.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES', 'Thread-Index: AdYdPq8l1vXk3Mz7RcW0aE2nT9bF6g=='] },
    part: multi('mixed', [leaf({ body: text }), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Ficha_redes_pesca_Guixols.docx' })], '----=_NextPart_000_0061_01D61D4F.3A9C7E20'),
  });
});

// 028 Palau d'Anglesola: Horde webmail plain text, promoters as a dash list under a label
add('028-palau-anglesola-llista-guions.eml', exp(['palau'], { case: 'Horde webmail plain text from the council\'s general mailbox: labels on their own line with the value below (Entitats promotores: followed by a "  - " list; Breu descripció:; Contacte: a block with "Telf.:" and "A/e:"), title on the same line as its label and containing a colon; the contact is a councillor; organic vegetable growing = agroecology' }), async () => {
  const p = P.palau;
  const body = `Bon dia,

Us fem arribar la nostra experiència per al recull de bones pràctiques.

Títol de l'experiència: ${p.title}

Entitats promotores:
  - ${p.promoters[0]}
  - ${p.promoters[1]}

Breu descripció:
${p.expl}

Contacte:
${p.contact.name} (regidor d'Agricultura i Medi Ambient)
Telf.: ${p.tel}
A/e: ${p.contact.email}

Salutacions,

Ajuntament del Palau d'Anglesola
Secretaria
`;
  return eml({
    received: [received('correu.palaudanglesola.cat', '192.0.2.205', 'Tue, 28 Apr 2020 13:52:11 +0200', '7B0D4F8A2C6')],
    headers: { returnPath: 'secretaria@palaudanglesola.cat', from: addr("Ajuntament del Palau d'Anglesola", 'secretaria@palaudanglesola.cat'), subject: 'Bona practica - Palau d Anglesola', date: 'Tue, 28 Apr 2020 13:52:09 +0200', messageId: '<20200428135209.Horde.Zx4Rk8Pq1Wn0Tb7Lc2Ve5Mg@webmail.palaudanglesola.cat>', extra: ['User-Agent: Horde Application Framework 5'] },
    part: { head: 'Content-Type: text/plain; charset=UTF-8; format=flowed; DelSp=Yes\nContent-Disposition: inline\nContent-Transfer-Encoding: quoted-printable', body: leaf({ body }).body },
  });
});

// 029 Celrà: HTML-only (SOGo), first person, contact only in the signature
add('029-celra-sogo-html-primera-persona.eml', exp(['celra'], { case: 'HTML-only body (SOGo webmail, no text part): the technician writes in the first person ("Des de l\'Àrea de Sostenibilitat … hem impulsat el projecte «…» amb la cooperativa Ter Solar i l\'Associació …", cooperative in lower case inside the sentence); the description follows; contact only as "contacteu amb mi mateixa" + a one-line signature "Name | role | council | phone | e-mail"; shared solar self-consumption = energy transition; the council\'s earlier reminder bounced (013)' }), async () => {
  const p = P.celra;
  const intro = `Des de l'Àrea de Sostenibilitat de l'Ajuntament de Celrà hem impulsat el projecte «${p.title}» amb la cooperativa Ter Solar i l'${p.promoters[2]}, i us el volem presentar per al recull de bones pràctiques.`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>Bon dia,</p>
<p>${esc(intro)}</p>
<p>${esc(p.expl)}</p>
<p>Per a qualsevol dubte, contacteu amb mi mateixa.</p>
<p>Salutacions,</p>
<p style="font-size:9pt;color:#4D4D4D"><b>${esc(p.contact.name)}</b> | Tècnica de Sostenibilitat | Ajuntament de Celrà | ${esc(p.tel)} | <a href="mailto:${p.contact.email}">${p.contact.email}</a></p>
</body></html>`;
  return eml({
    received: [received('correu.celra.cat', '192.0.2.209', 'Wed, 29 Apr 2020 12:07:44 +0200', '4A9C1E7D0F3')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica de Celrà', date: 'Wed, 29 Apr 2020 12:07:42 +0200', messageId: '<6b0-5ea95100-1f-3c8e7a40@203118452>', extra: ['User-Agent: SOGoMail 4.3.0', 'X-Forward: 10.9.0.12'] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 030 Girona: thank-you reply to our acknowledgement, nothing new
add('030-girona-resposta-agraiment.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '004-girona-docx-taula-paquet.eml', case: 'Thunderbird reply to the XMESS acknowledgement of 004 (In-Reply-To = acknowledgement, References = submission + acknowledgement) that only says thanks and that the data are right, with the acknowledgement quoted (">"): a reply, not a new practice, nothing to change' }, async () => {
  const p = P.girona;
  const ack = ackText(p.contact.name, 'Fitxa Radis', '21/04/2020 10:20', p);
  const text = `Moltes gràcies! Les dades són correctes.

Pol

El 21/4/20 a les 10:22, Bones pràctiques XMESS ha escrit:
${quoteFlowed(ack)}

-- 
Pol Vilarrasa Coll
Servei de Joventut
Ajuntament de Girona
`;
  return eml({
    received: [received('correu.girona.cat', '192.0.2.150', 'Tue, 21 Apr 2020 13:02:39 +0200', '8D3B0F6A1C5')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Re: Confirmació de recepció: Fitxa Radis', date: 'Tue, 21 Apr 2020 13:02:36 +0200', messageId: '<b2d5e8a1-0c47-9f36-d1a8-7e4c2b0f9a15@girona.cat>', extra: [`In-Reply-To: ${GIRONA_ACK_ID}`, `References: ${GIRONA_ID}\n ${GIRONA_ACK_ID}`, TB('68.7.0'), 'Content-Language: ca'] },
    part: leaf({ body: text, params: 'format=flowed' }),
  });
});

// 031 Collbató: the only content is a DOCX cut off in transit (corrupt zip): needs review
add('031-collbato-docx-truncat.eml', { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'the body only says the sheet is attached; the DOCX is truncated (a zip without its central directory) so nothing can be read: needs review, no practice' }, async () => {
  const whole = await docxPkg([
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Fitxa de bona pràctica - Collbató')] }),
    dLabel('Títol: ', 'Punt de préstec de joguines i material de puericultura'),
    dLabel('Promotors: ', "Ajuntament de Collbató i Associació de Famílies de l'Escola"),
    dP("Un espai on les famílies deixen i agafen en préstec joguines, cotxets, cadiretes i altre material per a criatures petites."),
  ], { title: 'Fitxa Collbato', creator: 'promocio' });
  const cut = whole.subarray(0, Math.floor(whole.length * 0.45));
  const text = `Bon dia,

Us adjuntem la fitxa de Collbató.

Salutacions,

Promoció Econòmica
Ajuntament de Collbató`;
  return eml({
    received: [received('correu.collbato.cat', '192.0.2.213', 'Wed, 29 Apr 2020 14:40:03 +0200', '3F7A0C9E5B2')],
    headers: { returnPath: 'promocio@collbato.cat', from: addr('Promoció Econòmica Collbató', 'promocio@collbato.cat'), subject: 'Fitxa bona pràctica Collbató', date: 'Wed, 29 Apr 2020 14:40:01 +0200', messageId: '<002a01d61e2c$6d0f3b20$472db160$@collbato.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca', 'Thread-Index: AdYeLG0PO1qdfOKcT2S3vYt1bU8w7A=='] },
    part: multi('mixed', [leaf({ body: text }), leaf({ type: DOCX_TYPE, cte: 'base64', body: cut, filename: 'Fitxa_Collbato.docx' })], '----=_NextPart_000_002B_01D61E3D.30980B20'),
  });
});

// ------------------------------------------------------------------ config (same layout as heldout5/config)
// Membership and domains from ../shared/data/xmess-members.json; councils that have no domain there get
// a plausible own one (Mieres writes from gmail.com anyway). Non-members: other known senders.
const municipalities = [
  ['Vic', ['vic.cat'], true], ['Manresa', ['ajmanresa.cat', 'manresa.cat'], true], ['Lleida', ['paeria.cat'], true],
  ['Girona', ['girona.cat'], true], ['Sant Quirze del Vallès', ['santquirzevalles.cat'], true], ['Tàrrega', ['tarrega.cat'], true],
  ['Ripollet', ['ripollet.cat', 'ripollet.org'], true], ['Barberà del Vallès', ['bdv.cat'], true],
  ['Santa Margarida i els Monjos', ['smmonjos.cat', 'santamargaridaielsmonjos.cat'], true], ['Palau-solità i Plegamans', ['palauplegamans.cat'], true],
  ['Cabrils', ['cabrils.cat'], true], ['Mieres', ['mieres.cat'], true], ["La Seu d'Urgell", ['laseu.cat', 'laseu.org'], true],
  ['Navàs', ['navas.cat'], true], ['Callús', ['callus.cat'], true], ['Artés', ['artes.cat'], true],
  ['Montornès del Vallès', ['montornes.cat'], true], ['Santa Perpètua de Mogoda', ['staperpetua.cat'], true], ['Ulldecona', ['ulldecona.cat'], true],
  ['Consell Comarcal del Berguedà', ['ccbergueda.cat', 'bergueda.cat'], true], ['Salt', ['viladesalt.cat'], true],
  ["Palau d'Anglesola", ['palaudanglesola.cat'], true], ['Celrà', ['celra.cat'], true], ['Collbató', ['collbato.cat'], true],
  ['Terrassa', ['terrassa.cat'], true], ['Mataró', ['ajmataro.cat', 'mataro.cat'], true], ['Badalona', ['badalona.cat'], true],
  ['Olesa de Montserrat', ['olesademontserrat.cat'], false], ['Sant Feliu de Guíxols', ['guixols.cat'], false],
  ['Gironella', ['gironella.cat'], false], ['Puig-reig', ['puig-reig.cat'], false], ['Santa Pau', ['santapau.cat'], false],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Txell Bonastre Roca', email: 'txell.bonastre@example.org', themes: ['covid-response', 'youth'] },
  { name: 'Guillem Ferrando Puig', email: 'guillem.ferrando@example.org', themes: ['public-procurement', 'intercooperation'] },
  { name: 'Aina Solsona Mir', email: 'aina.solsona@example.org', themes: ['feminism-intersectionality'] },
  { name: 'Bernat Orriols Gil', email: 'bernat.orriols@example.org', themes: ['ecological-transition'] },
];

await writeCorpus(OUT, { name: 'heldout6', messages, municipalities, campaign, advisors });
