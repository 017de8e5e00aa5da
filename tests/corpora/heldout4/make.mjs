#!/usr/bin/env node
// Writes tests/fixtures/heldout4/: a fourth blind held-out corpus (30 .eml, config/, expected.json).
// Written without reading the extractor: the ground truth is what a careful human reads in each mail.
// Deterministic: fixed dates, fixed MIME boundaries, fixed zip timestamps, fixed PDF metadata,
// fixed zlib level for the PNG images.
// Usage: node tests/corpora/heldout4/make.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMESS, TO, encWord, addr, qp, leaf, multi, received, headerBlock, eml, cp1252, flowed, zipOf, png, e164, firstSentence, pdfRaw } from '../lib/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout4');
const REMINDER_ID = '<recordatori-bonespractiques-2020-04-24@xmess.example.org>';

// MIME, zip and PNG helpers: tests/corpora/lib (shared with the other generators).
// windows-1252 encoder for the 8bit message (Latin-1 range plus the usual cp1252 extras)
// format=flowed (RFC 3676) wrapping: soft breaks keep a trailing space
// ------------------------------------------------------------------ documents
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function wRun(t, { bold = false, italic = false } = {}) {
  const rpr = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : '';
  return `<w:r>${rpr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
}
function wPara(text, opts = {}) {
  const ppr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : (opts.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '');
  return `<w:p>${ppr}${text ? wRun(text, opts) : ''}</w:p>`;
}
// table of rows; a row is a list of cells {t, bold, span, fill}; total width 9000 over `cols` grid columns
function wGridTable(cols, rows) {
  const grid = cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const tr = rows.map((cells) => {
    let gi = 0;
    const tcs = cells.map((c) => {
      const span = c.span || 1;
      const w = cols.slice(gi, gi + span).reduce((a, b) => a + b, 0);
      gi += span;
      const tcpr = `<w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : ''}</w:tcPr>`;
      const paras = String(c.t).split('\n').map((x) => wPara(x, { bold: c.bold, center: c.center })).join('');
      return `<w:tc>${tcpr}${paras}</w:tc>`;
    }).join('');
    return `<w:tr>${tcs}</w:tr>`;
  }).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${tr}</w:tbl>`;
}
async function docx(bodyXml) {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'],
    ['docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Fitxa bona pràctica</dc:title><dc:creator>Ajuntament</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2020-04-20T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2020-04-21T11:00:00Z</dcterms:modified></cp:coreProperties>'],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['word/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style></w:styles>'],
    ['word/document.xml', doc],
  ]);
}
async function odt(bodyXml, autoStyles = '') {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"><office:automatic-styles>${autoStyles}</office:automatic-styles><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  const meta = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:generator>LibreOffice/6.4.2.2$Windows_X86_64 LibreOffice_project/4e471d8c02c9c90f512f7f9ead8875b57fcb1ec3</meta:generator><meta:creation-date>2020-04-22T09:30:00</meta:creation-date><dc:date>2020-04-22T10:05:00</dc:date></office:meta></office:document-meta>';
  return zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' }],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'],
    ['content.xml', content],
    ['meta.xml', meta],
  ]);
}
function pdf(draw, { title = 'Fitxa', author = 'Ajuntament' } = {}) {
  return pdfRaw(draw, { size: 'A4', margin: 60, info: { Title: title, Author: author, Producer: 'Microsoft Word 2016', Creator: 'Microsoft Word 2016', CreationDate: new Date('2020-04-20T09:00:00Z'), ModDate: new Date('2020-04-20T09:00:00Z') } });
}
// minimal PNG writer (8-bit greyscale or RGB), deterministic
// ------------------------------------------------------------------ content
// Expected phone: +34 and the 9 digits, grouped as the dev corpus does (93/91: 2-3-2-2, otherwise 3-2-2-2).
const P = {};
// tel: the phone as written in the mail (null when the mail never gives one)
function practice(key, o) { P[key] = o; return o; }

practice('artes', {
  title: 'Obrador compartit per a petits productors agroecològics',
  promoters: ["Ajuntament d'Artés", "Cooperativa L'Obrador del Bages", 'Associació de Pagesia Agroecològica del Bages'],
  expl: "L'Ajuntament ha habilitat l'antic escorxador municipal com a obrador compartit on pagesos i pageses agroecològics de la comarca poden transformar els seus excedents en conserves, melmelades i sucs. La gestió de l'espai la fa una cooperativa de treball creada per tres productores, que organitza els torns i ofereix formació en seguretat alimentària. Així s'aprofita producte que abans es llençava i les explotacions petites poden vendre durant tot l'any.",
  contact: { name: 'Judit Prat Vilaseca', email: 'jprat@artes.cat' }, tel: '93 830 50 02',
  municipality: 'Artés', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cabrils', {
  title: 'Rebost de proximitat de Cabrils',
  promoters: ['Ajuntament de Cabrils', 'Cooperativa de Consum El Cistell de Cabrils'],
  bullets: [
    "Des de la declaració de l'estat d'alarma pel coronavirus, l'Ajuntament i la cooperativa de consum del poble preparen i porten a casa comandes de queviures per a les persones de més de 70 anys que viuen soles.",
    'Les comandes es fan per telèfon a la cooperativa, que compra als comerços i als productors del municipi.',
    "El repartiment el fan dues persones del pla d'ocupació municipal i un grup de veïns i veïnes voluntaris.",
    'En sis setmanes ja s\'han servit 420 comandes.',
  ],
  contact: { name: 'Mireia Vendrell Coll', email: 'mvendrell@cabrils.cat' }, tel: '655 48 21 09',
  municipality: 'Cabrils', member: true, themes: ['covid-response', 'intercooperation'],
});
P.cabrils.expl = P.cabrils.bullets.join(' ');
practice('celra', {
  title: 'Cooperativa de criança compartida Niu de Celrà',
  promoters: ['Ajuntament de Celrà', 'Cooperativa de Cures Niu'],
  expl: "Servei de criança compartida per a infants d'1 a 3 anys, gestionat per una cooperativa de cinc educadores del poble en un local municipal cedit per l'Ajuntament, amb una mirada feminista sobre les cures. El projecte vol fer visibles i dignificar unes tasques que recauen majoritàriament en les dones, i facilitar que mares i pares puguin conciliar la feina amb la criança. Les quotes es bonifiquen segons la renda de cada família.",
  contact: { name: 'Núria Bosch Rovira', email: 'nbosch@celra.cat' }, tel: '972.49.21.17',
  municipality: 'Celrà', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('montornes', {
  title: 'Roda Jove: taller cooperatiu de bicicletes',
  promoters: ['Ajuntament de Montornès del Vallès', 'Cooperativa Rodamón Mobilitat'],
  expl: "Taller de reparació i venda de bicicletes recuperades on joves de 16 a 24 anys que han deixat els estudis aprenen l'ofici de mecànica amb el suport d'una cooperativa de mobilitat. Les bicicletes provenen de la deixalleria i de les que s'abandonen a la via pública, i es venen a preus assequibles per afavorir que la gent vagi a treballar al polígon en bicicleta. L'Ajuntament cedeix el local i paga les beques de formació.",
  contact: { name: 'Pau Ferrer Domènech', email: 'pferrer@montornes.cat' }, tel: '935 721 170',
  municipality: 'Montornès del Vallès', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('staperpetua', {
  title: 'Reserva del contrato de limpieza de equipamientos deportivos a centros especiales de trabajo',
  promoters: ['Ayuntamiento de Santa Perpètua de Mogoda'],
  expl: 'El Ayuntamiento ha reservado el contrato de limpieza de los pabellones y piscinas municipales a centros especiales de trabajo de iniciativa social, por un importe de 510.000 euros en tres años. Los pliegos también valoran la estabilidad de la plantilla y la formación de las personas trabajadoras con discapacidad. Es la primera vez que el municipio aplica la reserva de contratos que prevé la ley de contratos del sector público.',
  contact: { name: 'Álvaro Prieto Sáez', email: 'aprieto@staperpetua.cat' }, tel: '93 544 50 11',
  municipality: 'Santa Perpètua de Mogoda', member: true, themes: ['public-procurement'],
});
practice('mataro', {
  title: "Escola de lideratge feminista per a l'economia social",
  promoters: ['Ajuntament de Mataró', 'Cooperativa Tramant Igualtat', 'Xarxa de Dones Cooperativistes del Maresme'],
  expl: "Programa formatiu de vuit mesos adreçat a dones sòcies i treballadores de cooperatives i entitats del Maresme, que treballa el lideratge des d'una mirada feminista i dona eines per fer organitzacions més igualitàries. Cada participant elabora un pla de canvi per a la seva organització, amb la mentoria d'una cooperativa especialitzada en igualtat. En les dues primeres edicions hi han participat 46 dones de 31 organitzacions.",
  contact: { name: 'Carla Ortega Puig', email: 'cortega@ajmataro.cat' }, tel: '+34 618 22 47 90',
  municipality: 'Mataró', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('navas', {
  title: 'Navàs a prop: xarxa de suport veïnal i comerç local',
  promoters: ['Ajuntament de Navàs', 'Associació de Voluntariat de Navàs', 'Cooperativa La Botiga del Poble'],
  expl: "Durant les setmanes de reclusió a casa per frenar la pandèmia, l'Ajuntament ha coordinat amb una associació de voluntariat i una cooperativa de consum una xarxa que porta la compra i els medicaments a les persones grans i vulnerables de la vila i dels nuclis disseminats. Les comandes es fan a través d'un telèfon únic i se serveixen des dels comerços locals, que així han mantingut part de la seva activitat. S'han fet més de 600 entregues en set setmanes.",
  contact: { name: 'Eulàlia Soldevila Riu', email: 'esoldevila@navas.cat' }, tel: '938 390 012',
  municipality: 'Navàs', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('salt', {
  title: 'Cuina Jove: formació en restauració per a joves migrats',
  promoters: ['Ajuntament de Salt', 'Cooperativa La Tavella', "Associació Xarxa d'Acollida de Salt"],
  expl: "Itinerari de formació en cuina i servei de sala per a joves migrats de 18 a 23 anys, molts d'ells extutelats, que fan pràctiques al restaurant d'una cooperativa de treball del municipi. L'associació fa l'acompanyament social i ajuda a regularitzar la situació administrativa, i l'Ajuntament paga les beques i cedeix la cuina de l'equipament juvenil. Dels 14 joves de la primera promoció, 9 ja tenen contracte laboral.",
  contact: { name: 'Aïcha Benali Roca', email: 'abenali@viladesalt.cat' }, tel: '972.40.18.22',
  municipality: 'Salt', member: true, themes: ['intercooperation', 'youth'],
});
practice('palau', {
  title: "Sol Compartit: compra col·lectiva d'instal·lacions fotovoltaiques",
  promoters: ['Ajuntament de Palau-solità i Plegamans', 'Cooperativa Energètica Vallès Sol'],
  expl: "Campanya de compra agregada de plaques solars per a l'autoconsum als habitatges del municipi, organitzada per l'Ajuntament amb una cooperativa d'energia renovable que fa els estudis tècnics i la instal·lació a un preu tancat. Les famílies que s'hi adhereixen poden obtenir a més una bonificació del 50% de l'IBI durant tres anys. En la primera convocatòria s'hi han sumat 87 habitatges.",
  contact: { name: 'Sergi Llobet Arnau', email: 'sllobet@palauplegamans.cat' }, tel: '93-864-88-10',
  municipality: 'Palau-solità i Plegamans', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('terrassa1', {
  title: 'Compra pública responsable de vestuari laboral',
  promoters: ['Ajuntament de Terrassa'],
  expl: "Els plecs del contracte de subministrament de vestuari laboral de l'Ajuntament inclouen criteris d'economia circular, com l'ús de teixits reciclats i la recollida de les peces usades per reutilitzar-les, i reserven un dels lots a centres especials de treball. El contracte, de 290.000 euros en dos anys, es va adjudicar al febrer.",
  contact: { name: 'Olga Ribera Sans', email: 'oribera@terrassa.cat' }, tel: '937 397 012',
  municipality: 'Terrassa', member: true, themes: ['public-procurement', 'ecological-transition'],
});
practice('terrassa2', {
  title: 'Programa de mentoria entre cooperatives',
  promoters: ['Ajuntament de Terrassa', 'Associació Coopera Terrassa'],
  expl: "Cooperatives amb més de deu anys de trajectòria acompanyen durant un any projectes cooperatius de nova creació de la ciutat, amb sessions mensuals sobre gestió econòmica, governança i relació amb la clientela. L'Ajuntament coordina el programa i l'associació de cooperatives tria les persones mentores. Fins ara hi han participat 12 parelles de cooperatives.",
  contact: { name: 'Gerard Vallès Font', email: 'gvalles@terrassa.cat' }, tel: '+34 93 739 70 45',
  municipality: 'Terrassa', member: true, themes: ['intercooperation'],
});
practice('terrassa3', {
  title: "Punt d'informació laboral per a treballadores de la llar i les cures",
  promoters: ['Ajuntament de Terrassa', 'Associació Cuidadores en Xarxa'],
  expl: "Servei setmanal d'assessorament sobre drets laborals, contractes i cotització adreçat a les dones que treballen en l'àmbit de la llar i les cures, moltes d'elles migrades i en situació administrativa irregular. L'atenció la fan sòcies de l'associació formades per l'Ajuntament, i el servei també acompanya les treballadores que volen organitzar-se en cooperativa.",
  contact: { name: 'Olga Ribera Sans', email: 'oribera@terrassa.cat' }, tel: '937 397 012',
  municipality: 'Terrassa', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('lleida1', {
  title: 'Ventanilla única de la economía social y solidaria',
  promoters: ['Ayuntamiento de Lleida'],
  expl: 'Servicio municipal que reúne en un solo punto toda la información y los trámites para crear y hacer crecer cooperativas, sociedades laborales y asociaciones con actividad económica. Ofrece asesoramiento jurídico y económico gratuito, y ayuda a buscar financiación y locales. En 2019 atendió 163 consultas y acompañó la creación de 11 nuevas entidades.',
  contact: { name: 'Ramon Farré Solé', email: 'rfarre@paeria.cat' }, tel: '973 70 03 26',
  municipality: 'Lleida', member: true, themes: [],
});
practice('lleida2', {
  title: 'Ocupació en cooperatives per a dones que han patit violència masclista',
  promoters: ['Ajuntament de Lleida', "Cooperativa d'Inserció Teranyina Serveis"],
  expl: "Pla d'ocupació que contracta durant dotze mesos dones que han patit violència masclista perquè treballin en cooperatives de la ciutat, amb un itinerari paral·lel d'acompanyament psicosocial i de formació. L'Ajuntament finança els salaris i la cooperativa d'inserció coordina les incorporacions i el seguiment. En acabar el pla, 7 de les 10 participants han continuat treballant a la cooperativa.",
  contact: { name: 'Marina Castells Badia', email: 'mcastells@paeria.cat' }, tel: '973.70.03.81',
  municipality: 'Lleida', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('barbera', {
  title: 'Armari compartit de roba infantil',
  promoters: ['Ajuntament de Barberà del Vallès', 'Associació de Famílies de les Escoles de Barberà', 'Cooperativa Teixit Circular'],
  expl: "Espai on les famílies poden deixar la roba, les sabates i els cotxets que els seus fills i filles ja no fan servir i endur-se'n d'altres de la talla que necessiten, sense que hi intervinguin diners. El gestionen voluntàries de l'associació de famílies amb el suport d'una cooperativa tèxtil, que repara les peces malmeses i recicla les que ja no es poden tornar a fer servir. L'any passat hi van circular més de 9.000 peces.",
  contact: { name: 'Marta Soler Casanova', email: 'msoler@bdv.cat' }, tel: '679 30 12 44', // given only in the reply (013)
  municipality: 'Barberà del Vallès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('tarrega', {
  title: 'Relleu Jove: cooperativa de serveis per a la nova pagesia',
  promoters: ['Ajuntament de Tàrrega', "Cooperativa Agrària de l'Urgell", 'Ateneu Cooperatiu de Ponent'],
  expl: "Programa que facilita la incorporació de joves menors de 35 anys a la pagesia agroecològica mitjançant una cooperativa de serveis que comparteix maquinària, assessorament tècnic i canals de venda. L'Ajuntament cedeix terres municipals en desús i l'Ateneu acompanya la constitució dels projectes col·lectius. Actualment hi participen nou joves en quatre explotacions.",
  contact: { name: 'Albert Bonet Cucurull', email: 'abonet@tarrega.cat' }, tel: '973 31 15 03',
  municipality: 'Tàrrega', member: false, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('vic', {
  title: "Reserva del servei de deixalleria a empreses d'inserció",
  promoters: ['Ajuntament de Vic'],
  expl: "L'Ajuntament ha reservat el contracte de gestió de la deixalleria municipal i del seu punt de reutilització a empreses d'inserció sociolaboral, per un import de 640.000 euros en quatre anys. Els plecs obliguen a destinar a la venda de segona mà els mobles i aparells que es poden reparar i a formar en aquest ofici les persones en procés d'inserció. El primer any s'han recuperat 38 tones d'objectes.",
  contact: { name: 'Quim Riera Sala', email: 'qriera@vic.cat' }, tel: '93 886 21 00',
  municipality: 'Vic', member: false, themes: ['public-procurement', 'ecological-transition'],
});
practice('bergueda', {
  title: 'Cotxe elèctric compartit als pobles del Berguedà',
  promoters: ['Consell Comarcal del Berguedà', 'Ajuntament de Gironella', 'Ajuntament de Puig-reig', "Ajuntament d'Avià"],
  expl: "Servei de vehicles elèctrics compartits per al veïnat dels municipis petits de la comarca, on gairebé no hi ha transport públic, amb punts de recàrrega alimentats amb energia solar a les places dels pobles. El Consell Comarcal gestiona les reserves i el manteniment, i cada ajuntament cedeix l'espai i assumeix el cost de la instal·lació. En els primers sis mesos s'han fet 1.150 trajectes.",
  contact: { name: 'Núria Cardona Pujol', email: 'ncardona@ccbergueda.cat' }, tel: '93 821 35 53',
  municipality: 'Consell Comarcal del Berguedà', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('callus', {
  title: 'Cooperativa jove de serveis a la gent gran',
  promoters: ['Ajuntament de Callús', 'Ateneu Cooperatiu de la Catalunya Central'],
  expl: "Durant l'estiu, un grup de nois i noies de 16 a 21 anys del poble constitueix una cooperativa que ofereix a la gent gran serveis d'acompanyament, petites reparacions domèstiques i ajuda amb les compres. L'Ateneu Cooperatiu els forma en cooperativisme i gestió, i l'Ajuntament hi aporta un local i difon el servei. La primera edició va sumar 14 socis i sòcies i 210 serveis.",
  contact: { name: 'Rosa Vilanova Comas', email: 'rvilanova@callus.cat' }, tel: '+34 93 836 00 21',
  municipality: 'Callús', member: true, themes: ['intercooperation', 'youth'],
});
practice('monjos', {
  title: 'Horts socials agroecològics de la Ràpita',
  promoters: ['Ajuntament de Santa Margarida i els Monjos', 'Associació Hortolans de la Ràpita', 'Cooperativa La Saó del Penedès'],
  expl: "L'Ajuntament ha transformat una finca municipal de la Ràpita en 40 parcel·les d'horta agroecològica que cultiven persones en situació d'atur i famílies amb pocs recursos, acompanyades per una cooperativa agrària. L'associació d'hortolans gestiona el reg compartit i el compostatge de les restes vegetals. Part de la collita es destina al banc d'aliments del municipi.",
  contact: { name: 'Toni Ràfols Mata', email: 'trafols@smmonjos.cat' }, tel: '938170011',
  municipality: 'Santa Margarida i els Monjos', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('prats', {
  title: 'Mercat de pagès del Lluçanès',
  promoters: ['Ajuntament de Prats de Lluçanès', 'Associació de Productors Agroecològics del Lluçanès'],
  expl: "Mercat setmanal on només hi poden vendre pagesos i artesans alimentaris del Lluçanès que treballen amb criteris agroecològics i de venda directa, sense intermediaris. L'associació de productors organitza el mercat i vetlla pels criteris de participació, i l'Ajuntament se n'encarrega de la promoció i dels serveis de la plaça. Hi participen 23 parades.",
  contact: { name: 'Laia Casals Serrat', email: 'lcasals@pratsdellucanes.cat' }, tel: '93 856 01 00',
  municipality: 'Prats de Lluçanès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('ulldecona', {
  title: "Xarxa de dones productores d'oli del Montsià",
  promoters: ["Ajuntament d'Ulldecona", 'Cooperativa Oli de Dones del Montsià'],
  expl: "Projecte que agrupa dones pageses de l'entorn d'Ulldecona en una cooperativa per elaborar i comercialitzar conjuntament l'oli de les seves finques, amb l'objectiu de fer visible i reconèixer el treball de les dones al camp. L'Ajuntament ha cedit un espai al molí municipal i ha finançat la creació d'una marca col·lectiva. Ja hi participen 28 productores.",
  contact: { name: 'Cinta Forcadell Arasa', email: 'cforcadell@ulldecona.cat' }, tel: '977 72 00 09',
  municipality: 'Ulldecona', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('manresa', {
  title: "Botiga compartida de l'economia social al centre històric",
  promoters: ['Ajuntament de Manresa', "Xarxa d'Economia Solidària del Bages"],
  expl: "L'Ajuntament ha cedit un local comercial buit del carrer del Born perquè hi obri una botiga compartida on vuit cooperatives i entitats de la comarca venen els seus productes i serveis. La Xarxa d'Economia Solidària s'encarrega de la gestió i dels torns d'atenció, que cobreixen les mateixes entitats. Des de l'obertura, el novembre passat, la botiga ha facturat 41.000 €.",
  contact: { name: 'Jordi Pladevall Serra', email: 'jpladevall@ajmanresa.cat' }, tel: '+34 938 752 310',
  municipality: 'Manresa', member: false, themes: ['intercooperation'],
});
practice('girona', {
  title: 'Reforç escolar a distància amb estudiants universitaris',
  promoters: ['Ajuntament de Girona', "Associació d'Estudiants Solidaris de la UdG", 'Cooperativa Educativa Trèvol'],
  expl: "Arran del tancament dels instituts per la pandèmia, una vuitantena d'estudiants universitaris voluntaris fan classes de reforç per videotrucada a alumnes d'ESO de famílies amb pocs recursos, coordinats per una cooperativa d'educació. L'Ajuntament ha cedit 60 tauletes i connexions a internet a les famílies que no en tenien. S'han fet més de 1.500 sessions.",
  contact: { name: 'Elisabet Coll Planas', email: 'ecoll@girona.cat' }, tel: '972 41 90 10',
  municipality: 'Girona', member: true, themes: ['covid-response', 'intercooperation', 'youth'],
});
practice('santquirze', {
  title: "Compra pública d'equips informàtics renovats",
  promoters: ['Ajuntament de Sant Quirze del Vallès'],
  expl: "L'Ajuntament ha licitat la renovació dels ordinadors de les oficines municipals exigint equips renovats i amb garantia en lloc d'equips nous, i ha valorat que l'empresa adjudicatària fos una empresa d'inserció. Els 120 equips retirats s'han donat a entitats i a famílies amb infants en edat escolar. La mesura ha reduït un 45% el cost respecte d'una compra convencional.",
  contact: { name: null, email: 'promocio@santquirzevalles.cat' }, tel: '93.721.18.46',
  municipality: 'Sant Quirze del Vallès', member: false, themes: ['public-procurement', 'ecological-transition'],
});
practice('selva', {
  title: 'Lleure inclusiu per a adolescents dels pobles petits',
  promoters: ['Consell Comarcal de la Selva', "Federació d'Esplais de la Selva", 'Cooperativa Lleure Actiu'],
  expl: "Programa d'activitats de lleure educatiu els caps de setmana per a nois i noies de 12 a 17 anys dels municipis de menys de 2.000 habitants de la comarca, amb transport gratuït fins als punts de trobada. Les activitats les dinamitza una cooperativa d'educadors amb el suport dels esplais locals. Hi participen 160 adolescents de 14 pobles.",
  contact: { name: 'Gemma Bosch Prat', email: 'gbosch@selva.cat' }, tel: '972 84 21 61',
  municipality: 'Consell Comarcal de la Selva', member: false, themes: ['intercooperation', 'youth'],
});
practice('mediona', {
  title: 'Repartiment de queviures i medicaments als nuclis disseminats',
  promoters: ['Ajuntament de Mediona'],
  expl: "Des de la declaració de l'estat d'alarma, la brigada municipal i persones voluntàries porten queviures, medicaments i la premsa a les persones grans que viuen a les masies i urbanitzacions disperses del terme, que han quedat aïllades pel confinament. Les comandes es recullen per telèfon a l'Ajuntament i se serveixen dos cops per setmana des de les botigues del poble. Se'n beneficien 95 persones.",
  contact: { name: 'Jordi Muntaner Pons', email: 'mediona@diba.cat' }, tel: null,
  municipality: 'Mediona', member: false, themes: ['covid-response'],
});
practice('badalona', {
  title: 'Suport psicològic per a dones cuidadores durant la pandèmia',
  promoters: ['Ajuntament de Badalona', 'Cooperativa Psicosocial Entrellaç'],
  expl: "Durant la crisi de la Covid-19, l'Ajuntament i una cooperativa de psicòlogues ofereixen grups de suport en línia i atenció individual per telèfon a dones que tenen cura de familiars dependents, a qui el confinament ha multiplicat la càrrega de treball. El servei parteix d'una mirada feminista sobre les cures i és gratuït. Hi han participat 130 dones.",
  contact: { name: 'Sílvia Roca Mir', email: 'sroca@badalona.cat' }, tel: '+34 934 83 29 00',
  municipality: 'Badalona', member: true, themes: ['covid-response', 'intercooperation', 'feminism-intersectionality'],
});
practice('argentona', {
  title: 'Àpats a domicili cuinats per cooperatives de restauració locals',
  promoters: ["Ajuntament d'Argentona"],
  expl: "Arran de la crisi sanitària del coronavirus, l'Ajuntament ha encarregat mitjançant contractes menors a dues cooperatives de restauració del municipi, que havien hagut de tancar el local, la preparació dels àpats a domicili per a persones grans i famílies ateses pels serveis socials. Les cooperatives cuinen amb producte del comerç local i el repartiment el fa la brigada municipal. Se serveixen 70 àpats diaris.",
  contact: { name: 'Anna Serra Mora', email: 'aserra@argentona.cat' }, tel: '93 797 49 12',
  municipality: 'Argentona', member: true, themes: ['covid-response', 'public-procurement'],
});

// ------------------------------------------------------------------ messages
const messages = []; // {file, expected, build: async () => string | Buffer}
function add(file, expected, build) { messages.push({ file, expected, build }); }
const exp = (keys, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices: keys.map((k) => P[k]), ...extra });
const ZIMBRA = 'X-Mailer: Zimbra 8.8.15_GA_3895 (ZimbraWebClient - FF75 (Win)/8.8.15_GA_3895)';
const outlookExtra = (topic, index = 'AdYZ4k2bq0XH8t1FQn2Zc7e5mP0aVw==') => [`Thread-Topic: ${encWord(topic)}`, `Thread-Index: ${index}`, 'Accept-Language: ca-ES, es-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '];
const TB = (v = '68.7.0') => `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/${v}`;

// 001 Artés: the network's own systematisation-sheet fields, each label alone on its line with the value below
add('001-artes-fitxa-sistematitzacio.eml', exp(['artes'], { case: "plain text using the network's systematisation-sheet fields (Ajuntament o Consell Comarcal / Persona de referència / Mail de contacte / Àrea / Classificació / Descripció / Objectius / Persones destinatàries / Recursos / Indicadors…), each label alone on a line with the value on the next; extra 'Nom de la iniciativa' and 'Entitats participants'; summary comes from Descripció, not Objectius" }), async () => {
  const p = P.artes;
  const body = `Bon dia,

Seguint la vostra crida, us fem arribar la fitxa de sistematització de la nostra experiència. Hem fet servir els mateixos camps de la fitxa de la Xarxa.

Nom de la iniciativa:
${p.title}

Ajuntament o Consell Comarcal:
${p.promoters[0]}

Entitats participants:
${p.promoters[1]}
${p.promoters[2]}

Persona de referència:
${p.contact.name}

Mail de contacte:
${p.contact.email}

Telèfon:
${p.tel}

Àrea o Departament:
Desenvolupament Local i Promoció Econòmica

Classificació simplificada:
Sobirania alimentària / Economia circular

Descripció:
${p.expl}

Objectius:
- Reduir el malbaratament d'aliments a les explotacions de la comarca.
- Facilitar l'accés a una infraestructura de transformació als projectes petits.
- Crear llocs de treball estables en el sector agroalimentari.

Persones destinatàries:
Pagesos i pageses agroecològics del Bages i de les comarques veïnes (ara mateix, 19 explotacions).

Recursos:
Cessió de l'antic escorxador i inversió municipal de 85.000 euros en maquinària; les persones usuàries paguen una quota per hora d'ús.

Elements clau:
La gestió cooperativa de l'espai i el calendari compartit de torns.

Limitacions:
La demanda es concentra a l'estiu i a la tardor.

Indicadors de resultat utilitzats:
Hores d'ús al mes, quilos de producte transformat i nombre d'explotacions usuàries.

Aspectes a tenir en compte:
Cal tenir el registre sanitari de l'obrador abans de començar.

Salutacions,

Judit Prat
Ajuntament d'Artés`;
  return eml({
    received: [received('correu.artes.cat', '192.0.2.21', 'Wed, 15 Apr 2020 09:42:18 +0200', '2C7E51A09F3'),
      'Received: from [10.0.1.37] (unknown [10.0.1.37])\n\tby correu.artes.cat (Postfix) with ESMTPSA id 51A09F3B2D8\n\tfor <bonespractiques@xmess.example.org>; Wed, 15 Apr 2020 09:42:15 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: "Fitxa de sistematització - Ajuntament d'Artés", date: 'Wed, 15 Apr 2020 09:42:13 +0200', messageId: '<1832047751.20931.1586936533207.JavaMail.zimbra@artes.cat>', extra: [ZIMBRA] },
    part: leaf({ body }),
  });
});

// 002 Cabrils: bullet-point synthesis, title in «» in the lead-in, promoters in a bullet sentence
add('002-cabrils-llista-vinyetes.eml', exp(['cabrils'], { case: 'synthesis as a "•" bullet list without field labels: title in «» in the lead-in sentence, promoters in a bullet sentence ("L\'impulsen … i …"), description spread over several bullets, contact in the last bullet with a mobile "655 48 21 09"' }), async () => {
  const p = P.cabrils;
  const body = `Hola!

Des de l'Ajuntament de Cabrils us volem presentar el «${p.title}». Us en resumim els punts principals:

  • L'impulsen l'${p.promoters[0]} i la ${p.promoters[1]}.
${p.bullets.map((b) => `  • ${b}`).join('\n')}
  • Si en voleu saber més, podeu parlar amb la ${p.contact.name} (${p.contact.email} · ${p.tel}).

Moltes gràcies i molts ànims amb el recull!

Mireia Vendrell
Àrea de Serveis a les Persones
Ajuntament de Cabrils`;
  return eml({
    received: [received('smtp.cabrils.cat', '192.0.2.33', 'Thu, 16 Apr 2020 11:05:40 +0200', '6F1A0C83E27')],
    headers: { returnPath: p.contact.email, from: addr('Mireia Vendrell', p.contact.email), subject: 'Bona pràctica de Cabrils', date: 'Thu, 16 Apr 2020 11:05:37 +0200', messageId: '<5e981f21.Yk3Lw8dQ2vB0a9Tz@webmail.cabrils.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.2'] },
    part: leaf({ body }),
  });
});

// 003 Celrà: Spanish labels, Catalan values
add('003-celra-etiquetes-es-valors-ca.eml', exp(['celra'], { case: 'language mix: Spanish greeting and labels (Título / Entidades promotoras / Descripción / Persona de contacto / Correo electrónico / Teléfono) with Catalan values; phone "972.49.21.17"; infants 1-3 years are not youth' }), async () => {
  const p = P.celra;
  const body = `Buenos días:

Os paso la ficha de Celrà para el recopilatorio. Perdonad la mezcla de idiomas: el formulario interno lo tenemos en castellano, pero la descripción la hemos redactado en catalán.

Título: ${p.title}
Entidades promotoras: ${p.promoters[0]} i ${p.promoters[1]}
Descripción: ${p.expl}
Persona de contacto: ${p.contact.name}
Correo electrónico: ${p.contact.email}
Teléfono: ${p.tel}

Un saludo,

Núria Bosch
Àrea d'Igualtat i Serveis Socials
Ajuntament de Celrà`;
  return eml({
    received: [received('mail.celra.cat', '192.0.2.45', 'Fri, 17 Apr 2020 08:57:02 +0200', 'A0E3B7C5194')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Ficha buena práctica - Celrà', date: 'Fri, 17 Apr 2020 08:56:59 +0200', messageId: '<c5b0e1d4-8a3f-2e19-7b6c-0d4a9f1e3c28@celra.cat>', extra: [TB('68.6.0'), 'Content-Language: es-ES'] },
    part: leaf({ body }),
  });
});

// 004 Montornès: Gmail forward of a forward; the synthesis was written by a cooperative; coop signature phone is a distractor
add('004-montornes-doble-reenviament.eml', exp(['montornes'], { case: 'two nested Gmail forwards ("---------- Missatge reenviat ----------" twice, Fwd: Fwd:) from a councillor; the synthesis is in the innermost mail written by a cooperative; the labelled reference person is the council technician (not the councillor, not the coop author whose signature has another phone); title contains a colon' }), async () => {
  const p = P.montornes;
  const body = `Bon dia,

Us faig arribar la fitxa de Montornès per al recull de bones pràctiques.

Salutacions,

Jaume Solé Cortés
Regidor de Promoció Econòmica i Ocupació
Ajuntament de Montornès del Vallès

---------- Missatge reenviat ----------
De: Pau Ferrer Domènech <${p.contact.email}>
Data: dj., 23 d’abr. 2020 a les 12:41
Assumpte: Fwd: Fitxa Roda Jove per a la XMESS
Per a: Jaume Solé Cortés <jsole@montornes.cat>


Jaume, et passo el text que ha preparat la cooperativa, ja revisat. Si et sembla bé, envia-ho tu a la Xarxa.

Pau

---------- Missatge reenviat ----------
De: Rodamón Mobilitat <hola@rodamon.coop>
Data: dc., 22 d’abr. 2020 a les 18:03
Assumpte: Fitxa Roda Jove per a la XMESS
Per a: <${p.contact.email}>


Hola Pau,

Aquí tens la proposta de text per a la fitxa:

Nom de la pràctica: ${p.title}
Qui la impulsa: ${p.promoters[0]} i ${p.promoters[1]}
Breu explicació: ${p.expl}
Persona de referència (Ajuntament): ${p.contact.name}, tècnic de Promoció Econòmica - ${p.contact.email} - ${p.tel}

Una abraçada,

Laia Mas Rigol
Rodamón Mobilitat SCCL
Tel. 622 90 18 44`;
  const html = `<div dir="ltr">${body.split('\n').map((l) => (l ? esc(l) : '')).join('<br>')}</div>`;
  return eml({
    received: [received('mail-wm1-f65.google.com', '209.85.128.65', 'Fri, 24 Apr 2020 10:15:27 +0200', 'E19B4D02A7C'),
      'Received: by mail-wm1-f65.google.com with SMTP id x4so9917203wmj.1\n        for <bonespractiques@xmess.example.org>; Fri, 24 Apr 2020 01:15:26 -0700 (PDT)'],
    headers: { returnPath: 'jsole@montornes.cat', from: addr('Jaume Solé Cortés', 'jsole@montornes.cat'), subject: 'Fwd: Fwd: Fitxa Roda Jove per a la XMESS', date: 'Fri, 24 Apr 2020 10:15:12 +0200', messageId: '<CAJ8rT2vK0pQ+5n3mXb7Lw1dYc9ZsE4hG6fV@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body }), leaf({ type: 'text/html', body: html })], '000000000000e5a1c805a4044f3b'),
  });
});

// 005 Santa Perpètua: Spanish; practice on top, "-----Mensaje original-----" below naming another project
add('005-staperpetua-mensaje-original.eml', exp(['staperpetua'], { case: 'Spanish Outlook reply to an internal request: the practice is the new text on top; below "-----Mensaje original-----" (De: … [mailto:…]) the boss names another project ("Banco de Alimentos Solidario") that must not become a practice; her signature phone is not the contact; council alone, procurement only' }), async () => {
  const p = P.staperpetua;
  const body = `Buenos días:

Os hacemos llegar la buena práctica de Santa Perpètua de Mogoda para el recopilatorio de la XMESS.

Título: ${p.title}
Promotor: ${p.promoters[0]}
Descripción: ${p.expl}
Persona de contacto: ${p.contact.name} (técnico de Contratación)
Email: ${p.contact.email}
Tel.: ${p.tel}

Saludos cordiales,

${p.contact.name}
Servei de Contractació i Compres
Ajuntament de Santa Perpètua de Mogoda

-----Mensaje original-----
De: Montserrat Garrido Llopis [mailto:mgarrido@staperpetua.cat]
Enviado el: martes, 21 de abril de 2020 17:48
Para: Álvaro Prieto Sáez <${p.contact.email}>
Asunto: Ficha XMESS

Álvaro, ¿puedes enviar tú directamente a la XMESS (${XMESS}) la ficha del contrato reservado de limpieza? La del Banco de Alimentos Solidario ya la presentamos el año pasado, así que no hace falta repetirla.
Recuerda que el plazo acaba el 30 de abril.

Gracias,
Montse

Montserrat Garrido Llopis
Cap del Servei de Contractació i Compres
Tel. 93 544 50 00`;
  return eml({
    received: [received('correu.staperpetua.cat', '192.0.2.58', 'Wed, 22 Apr 2020 09:31:44 +0200', '4B2D8E6F1A0'),
      'Received: from SRVEXCH01.staperpetua.local (10.10.1.20) by SRVEXCH01.staperpetua.local\n (10.10.1.20) with Microsoft SMTP Server (version=TLS1_2) id 15.1.1979.3; Wed, 22 Apr 2020 09:31:40 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), cc: addr('Montserrat Garrido Llopis', 'mgarrido@staperpetua.cat'), subject: 'RE: Ficha XMESS', date: 'Wed, 22 Apr 2020 07:31:38 +0000', messageId: '<9E4C1B07D2A8F3561C0B@SRVEXCH01.staperpetua.local>', extra: ['In-Reply-To: <5D20B8E41F3A9C772E14@SRVEXCH01.staperpetua.local>', 'References: <5D20B8E41F3A9C772E14@SRVEXCH01.staperpetua.local>', ...outlookExtra('Ficha XMESS', 'AdYX8c0f3wKq1m2bR6iQ8s0Zr3vT9AAA'), 'X-Mailer: Microsoft Outlook 16.0'] },
    part: leaf({ body }),
  });
});

// 006 Mataró: HTML-only Outlook (Word HTML), outer 2-column table, promoters as <ul>, contact in a nested table
add('006-mataro-outlook-taula-niada.eml', exp(['mataro'], { case: 'HTML-only Outlook/Word body: two-column table whose promoters cell is a <ul> and whose contact cell holds a nested table (Nom / Càrrec / Telèfon / Correu); sent from a departmental mailbox; mobile "+34 618 22 47 90"; the signature switchboard phone is not the contact' }), async () => {
  const p = P.mataro;
  const td = "style='border:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt' width=170 valign=top";
  const tv = "style='border:solid #8EAADB 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt' width=430 valign=top";
  const [s1, s2, s3] = p.expl.match(/[^.]+?\.(?=\s|$)/g).map((s) => s.trim());
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border:solid windowtext 1.0pt;}
--></style></head>
<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Bon dia,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Des del Servei d’Economia Social i Solidària us fem arribar la fitxa de la bona pràctica que presenta l’Ajuntament de Mataró.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td ${td}><p class=MsoNormal><b>Títol<o:p></o:p></b></p></td><td ${tv}><p class=MsoNormal>${esc(p.title)}<o:p></o:p></p></td></tr>
<tr><td ${td}><p class=MsoNormal><b>Entitats promotores<o:p></o:p></b></p></td><td ${tv}><ul style='margin-top:0cm' type=disc>${p.promoters.map((x) => `<li class=MsoNormal style='mso-list:l0 level1 lfo1'>${esc(x)}<o:p></o:p></li>`).join('')}</ul></td></tr>
<tr><td ${td}><p class=MsoNormal><b>Breu explicació<o:p></o:p></b></p></td><td ${tv}><p class=MsoNormal>${esc(s1)} ${esc(s2)}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>${esc(s3)}<o:p></o:p></p></td></tr>
<tr><td ${td}><p class=MsoNormal><b>Persona de contacte<o:p></o:p></b></p></td><td ${tv}>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td width=80 style='padding:0cm 5.4pt'><p class=MsoNormal><i>Nom<o:p></o:p></i></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>${esc(p.contact.name)}<o:p></o:p></p></td></tr>
<tr><td width=80 style='padding:0cm 5.4pt'><p class=MsoNormal><i>Càrrec<o:p></o:p></i></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>Tècnica d’Economia Social i Solidària<o:p></o:p></p></td></tr>
<tr><td width=80 style='padding:0cm 5.4pt'><p class=MsoNormal><i>Telèfon<o:p></o:p></i></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>${esc(p.tel)}<o:p></o:p></p></td></tr>
<tr><td width=80 style='padding:0cm 5.4pt'><p class=MsoNormal><i>Correu<o:p></o:p></i></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal><a href="mailto:${p.contact.email}">${p.contact.email}</a><o:p></o:p></p></td></tr>
</table></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Salutacions cordials,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='color:#2F5496'>Servei d’Economia Social i Solidària<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='color:#2F5496'>Ajuntament de Mataró · La Riera, 48 · 08301 Mataró<br>Tel. 93 758 21 00 · <a href="http://www.mataro.cat">www.mataro.cat</a><o:p></o:p></span></p>
</div></body></html>`;
  return eml({
    received: [received('mail-ajmataro.outbound.protection.outlook.com', '40.107.6.92', 'Mon, 20 Apr 2020 12:47:36 +0200', '7C0E2B9A4D1'),
      'Received: from AM6PR0702MB3561.eurprd07.prod.outlook.com ([fe80::6d2a:b1c4])\n\tby AM6PR0702MB3561.eurprd07.prod.outlook.com with mapi id 15.20.2921.027; Mon, 20 Apr 2020 10:47:31 +0000'],
    headers: { returnPath: 'ess@ajmataro.cat', from: addr("Servei d'Economia Social i Solidària", 'ess@ajmataro.cat'), subject: 'Bona pràctica XMESS - Ajuntament de Mataró', date: 'Mon, 20 Apr 2020 10:47:29 +0000', messageId: '<AM6PR0702MB35614F0C9E2B7D18A3C5E6F1B09A0@AM6PR0702MB3561.eurprd07.prod.outlook.com>', extra: outlookExtra('Bona pràctica XMESS - Ajuntament de Mataró', 'AdYW9e3nq8ZbTfJkRkm0v2wX1pQ4Cg==') },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 007 Navàs: PDF with two columns (label | value) drawn side by side
add('007-navas-pdf-dues-columnes.eml', exp(['navas'], { case: 'text PDF laid out in two columns (label on the left, value on the right on the same rows, multi-line values wrap in the right column); covid via "reclusió a casa per frenar la pandèmia"; phone "938 390 012"' }), async () => {
  const p = P.navas;
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(13).text('AJUNTAMENT DE NAVÀS', 60, 60);
    d.font('Helvetica').fontSize(10).text('Fitxa per al recull de bones pràctiques en economia social i solidària - XMESS 2020', 60, 80);
    const rows = [
      ['Nom de la pràctica', p.title],
      ['Organitzacions impulsores', p.promoters.join('\n')],
      ['Descripció', p.expl],
      ['Persona de referència', `${p.contact.name}\nServeis Socials`],
      ['Correu electrònic', p.contact.email],
      ['Telèfon', p.tel],
    ];
    let y = 120;
    d.moveTo(60, y - 6).lineTo(535, y - 6).lineWidth(0.5).strokeColor('#888888').stroke();
    for (const [l, v] of rows) {
      d.font('Helvetica-Bold').fontSize(10);
      const hl = d.heightOfString(l, { width: 140 });
      d.font('Helvetica').fontSize(10);
      const hv = d.heightOfString(v, { width: 315 });
      d.font('Helvetica-Bold').fillColor('#333333').text(l, 60, y, { width: 140 });
      d.font('Helvetica').fillColor('#000000').text(v, 220, y, { width: 315 });
      y += Math.max(hl, hv) + 12;
      d.moveTo(60, y - 6).lineTo(535, y - 6).lineWidth(0.5).strokeColor('#888888').stroke();
    }
    d.font('Helvetica-Oblique').fontSize(9).text("Navàs, 21 d'abril de 2020", 60, y + 20);
  }, { title: 'Fitxa BP Navàs', author: 'esoldevila' });
  const body = `Bon dia,

Adjuntem la fitxa de l'Ajuntament de Navàs.

Cordialment,

Eulàlia Soldevila
Serveis Socials
Ajuntament de Navàs`;
  return eml({
    received: [received('smtp.navas.cat', '192.0.2.66', 'Tue, 21 Apr 2020 13:20:08 +0200', '3E9A6C0B2F5')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa bones pràctiques Navàs', date: 'Tue, 21 Apr 2020 13:20:05 +0200', messageId: '<000c01d617d2$9a3e5b10$cebb1130$@navas.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fitxa BP Navas.pdf' })], '----=_NextPart_000_000D_01D617E3.5DC72B10'),
  });
});

// 008 Salt: DOCX form table with four columns (label | value | label | value) and merged cells
add('008-salt-docx-taula-quatre-columnes.eml', exp(['salt'], { case: 'DOCX attachment: form table with four columns (label | value | label | value) and merged cells; name and phone on the same row; phone "972.40.18.22"; migrant youth (youth), no gender/intersectional wording' }), async () => {
  const p = P.salt;
  const L = (t) => ({ t, bold: true, fill: 'E2EFD9' });
  const buf = await docx([
    wPara('Ajuntament de Salt', { style: 'Title' }),
    wGridTable([2000, 3000, 1500, 2500], [
      [{ t: 'FITXA DE BONA PRÀCTICA – XMESS 2020', bold: true, span: 4, center: true, fill: 'A8D08D' }],
      [L('Ajuntament'), { t: 'Salt' }, L('Data'), { t: '22/04/2020' }],
      [L('Títol de la pràctica'), { t: p.title, span: 3 }],
      [L('Entitats promotores'), { t: p.promoters.join('\n'), span: 3 }],
      [L('Descripció'), { t: p.expl, span: 3 }],
      [L('Persona de contacte'), { t: p.contact.name }, L('Telèfon'), { t: p.tel }],
      [L('Correu electrònic'), { t: p.contact.email, span: 3 }],
    ]),
    wPara(''),
  ].join(''));
  const body = `Bon dia,

Us fem arribar la fitxa emplenada.

Cordialment,

Aïcha Benali Roca
Àrea de Joventut i Ciutadania
Ajuntament de Salt`;
  return eml({
    received: [received('correu.viladesalt.cat', '192.0.2.74', 'Wed, 22 Apr 2020 16:02:51 +0200', '8D3F0A7C1E6'),
      'Received: from EXCH02.viladesalt.local (10.2.0.12) by EXCH01.viladesalt.local (10.2.0.11) with Microsoft SMTP Server id 15.1.1913.5; Wed, 22 Apr 2020 16:02:47 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa XMESS Salt', date: 'Wed, 22 Apr 2020 16:02:44 +0200', messageId: '<4A1E9C3B7F20D5E8@EXCH02.viladesalt.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca-ES'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', cte: 'base64', body: buf, filename: 'Fitxa_XMESS_Salt_CuinaJove.docx' })], '----=_NextPart_000_0029_01D618BC.4F7A9E30'),
  });
});

// 009 Palau-solità i Plegamans: ODT with bold spans (label + value in one paragraph) and a bulleted list of promoters
add('009-palau-odt-spans-llista.eml', exp(['palau'], { case: 'ODT attachment: labels are bold spans inside the same paragraph as the value (automatic styles), promoters as a text:list under a label paragraph, contact under a sub-heading; phone "93-864-88-10"; body is only a signature' }), async () => {
  const p = P.palau;
  const B = (t) => `<text:span text:style-name="T1">${esc(t)}</text:span>`;
  const auto = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>';
  const buf = await odt([
    `<text:p text:style-name="P1">${esc('Bona pràctica en economia social i solidària')}</text:p>`,
    `<text:p>${B('Títol de la iniciativa: ')}${esc(p.title)}</text:p>`,
    `<text:p>${B('Entitats impulsores:')}</text:p>`,
    `<text:list>${p.promoters.map((x) => `<text:list-item><text:p>${esc(x)}</text:p></text:list-item>`).join('')}</text:list>`,
    `<text:p>${B('Descripció de la pràctica: ')}${esc(p.expl)}</text:p>`,
    `<text:p/>`,
    `<text:h text:outline-level="2">Dades de la persona de contacte</text:h>`,
    `<text:p>${B('Nom i cognoms: ')}${esc(p.contact.name)}</text:p>`,
    `<text:p>${B('Telèfon: ')}${esc(p.tel)}</text:p>`,
    `<text:p>${B('Adreça electrònica: ')}${esc(p.contact.email)}</text:p>`,
  ].join(''), auto);
  const body = `-- 
Sergi Llobet Arnau
Medi Ambient i Transició Energètica
Ajuntament de Palau-solità i Plegamans
`;
  return eml({
    received: [received('smtp.palauplegamans.cat', '192.0.2.81', 'Thu, 23 Apr 2020 10:40:19 +0200', 'B5E2A0D7C31')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bones pràctiques ESS', date: 'Thu, 23 Apr 2020 10:40:16 +0200', messageId: '<7d1f0b3e-a2c4-5e69-b8d0-3f6c1a9e2b74@palauplegamans.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/vnd.oasis.opendocument.text', cte: 'base64', body: buf, filename: 'bona-practica-sol-compartit.odt' })], '------------0C4E8A2F6B1D9E3A5C7F0B24'),
  });
});

// 010 Terrassa: three numbered practices; the third says its contact is the same as the first
add('010-terrassa-tres-practiques.eml', exp(['terrassa1', 'terrassa2', 'terrassa3'], { case: 'three practices numbered "1." "2." "3." with the title on the numbered line and indented labels (Impulsa/Impulsen / Descripció / Persona de referència); the third practice\'s contact is "la mateixa que a la pràctica 1" (must resolve to Olga Ribera); phones "937 397 012" and "+34 93 739 70 45"; council alone in the first' }), async () => {
  const [a, b, c] = [P.terrassa1, P.terrassa2, P.terrassa3];
  const body = `Bon dia,

Des de l'Ajuntament de Terrassa us presentem tres bones pràctiques:

1. ${a.title}
   Impulsa: ${a.promoters[0]}
   Descripció: ${a.expl}
   Persona de referència: ${a.contact.name} – ${a.contact.email} – ${a.tel}

2. ${b.title}
   Impulsen: ${b.promoters[0]} i ${b.promoters[1]}
   Descripció: ${b.expl}
   Persona de referència: ${b.contact.name} – ${b.contact.email} – ${b.tel}

3. ${c.title}
   Impulsen: ${c.promoters[0]} i ${c.promoters[1]}
   Descripció: ${c.expl}
   Persona de referència: la mateixa que a la pràctica 1 (Olga Ribera).

Gràcies per la feina,

Olga Ribera Sans
Servei d'Economia Social i Consum
Ajuntament de Terrassa`;
  return eml({
    received: [received('mx2.terrassa.cat', '192.0.2.90', 'Thu, 23 Apr 2020 17:30:04 +0200', '0A6D3F9E2B7'),
      'Received: from [10.50.3.18] (unknown [10.50.3.18])\n\tby mx2.terrassa.cat (Postfix) with ESMTPSA id 6D3F9E2B7C1\n\tfor <bonespractiques@xmess.example.org>; Thu, 23 Apr 2020 17:30:01 +0200'],
    headers: { returnPath: a.contact.email, from: addr(a.contact.name, a.contact.email), subject: 'Tres bones pràctiques de Terrassa', date: 'Thu, 23 Apr 2020 17:29:58 +0200', messageId: '<0f3e6a1c-94d2-7b58-c0e1-2a8d5f7b3e96@terrassa.cat>', extra: [TB('68.7.0')] },
    part: leaf({ body }),
  });
});

// 011 Lleida: one practice in the Spanish body, another one (in Catalan) in an attached PDF
add('011-lleida-cos-i-pdf.eml', exp(['lleida1', 'lleida2'], { case: 'two different practices: one in the Spanish body (Nombre de la práctica / Entidad promotora / Descripción / Contacto with em dashes), the other in Catalan in an attached PDF with headings above the values; the first has no theme at all; the second is an employment plan (hiring, not procurement) for women' }), async () => {
  const [a, b] = [P.lleida1, P.lleida2];
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(12).text("Ajuntament de Lleida - Regidoria d'Igualtat").moveDown(0.3);
    d.font('Helvetica').fontSize(11).text('Fitxa de bona pràctica per a la XMESS').moveDown(1.5);
    const sec = (h, t) => { d.font('Helvetica-Bold').fontSize(11).text(h); d.font('Helvetica').fontSize(11).text(t).moveDown(); };
    sec('Títol', b.title);
    sec('Promotors', b.promoters.join('\n'));
    sec('Descripció', b.expl);
    sec('Persona de contacte', `${b.contact.name}\n${b.contact.email}\nTel. ${b.tel}`);
  }, { title: 'Fitxa BP igualtat', author: 'mcastells' });
  const body = `Buenos días,

Desde la Paeria os enviamos dos buenas prácticas. La primera os la describimos aquí; la segunda, que ha preparado la Regidoria d'Igualtat, va en el PDF adjunto (está en catalán).

Nombre de la práctica: ${a.title}
Entidad promotora: ${a.promoters[0]}
Descripción: ${a.expl}
Contacto: ${a.contact.name} — ${a.contact.email} — ${a.tel}

Un saludo,

Ramon Farré Solé
Regidoria d'Ocupació i Economia Social
Ajuntament de Lleida - La Paeria`;
  return eml({
    received: [received('correu.paeria.cat', '192.0.2.97', 'Fri, 24 Apr 2020 12:12:39 +0200', 'C8F1D4A07E2')],
    headers: { returnPath: a.contact.email, from: addr(a.contact.name, a.contact.email), subject: 'Buenas prácticas Lleida', date: 'Fri, 24 Apr 2020 12:12:35 +0200', messageId: '<3A7E0C5D9B1F2468@CORREU02.paeria.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'BP_igualtat_ocupacio_cooperatives.pdf' })], '----=_NextPart_000_0047_01D61A2B.C0E59F70'),
  });
});

// 012 Barberà: submission without a phone (Outlook, plain + HTML)
const BARBERA_ID = '<DB8PR02MB5914A2E7C03F8B61D94E27C5A3F10@DB8PR02MB5914.eurprd02.prod.outlook.com>';
const BARBERA_ACK_ID = '<ack.20200429.0814.5f2c9a71@xmess.example.org>';
add('012-barbera-sense-telefon.eml', exp(['barbera'], { case: 'Outlook multipart/alternative submission with the contact\'s name and e-mail but no phone (the phone arrives in 013, a reply to our acknowledgement)' }), async () => {
  const p = P.barbera;
  const text = `Bon dia,

Us fem arribar la bona pràctica de Barberà del Vallès.

Títol: ${p.title}
Promotors: ${p.promoters.join(', ')}
Breu explicació: ${p.expl}
Persona de contacte: ${p.contact.name} (${p.contact.email})

Salutacions,

Marta Soler Casanova
Servei de Medi Ambient
Ajuntament de Barberà del Vallès`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head><body lang="CA"><div class="WordSection1">
<p class="MsoNormal">Bon dia,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Us fem arribar la bona pràctica de Barberà del Vallès.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Títol:</b> ${esc(p.title)}</p>
<p class="MsoNormal"><b>Promotors:</b> ${esc(p.promoters.join(', '))}</p>
<p class="MsoNormal"><b>Breu explicació:</b> ${esc(p.expl)}</p>
<p class="MsoNormal"><b>Persona de contacte:</b> ${esc(p.contact.name)} (<a href="mailto:${p.contact.email}">${p.contact.email}</a>)</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Salutacions,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Marta Soler Casanova<br>Servei de Medi Ambient<br>Ajuntament de Barberà del Vallès</p></div></body></html>`;
  return eml({
    received: [received('mail-bdvcat.outbound.protection.outlook.com', '40.107.7.119', 'Wed, 29 Apr 2020 10:14:22 +0200', '5A8C2E0F7B3'),
      'Received: from DB8PR02MB5914.eurprd02.prod.outlook.com ([fe80::41b2:c8d3])\n\tby DB8PR02MB5914.eurprd02.prod.outlook.com with mapi id 15.20.2937.023; Wed, 29 Apr 2020 08:14:18 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Barberà del Vallès', date: 'Wed, 29 Apr 2020 08:14:16 +0000', messageId: BARBERA_ID, extra: outlookExtra('Bona pràctica Barberà del Vallès', 'AdYd9Y4k0l3mQZPpTkeW1c8bV2x0aQ==') },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_DB8PR02MB5914A2E7C03F8B61D94E27C5A3F10DB8PR02MB5914eurp_'),
  });
});

// 013 Barberà: reply to OUR acknowledgement (In-Reply-To = ack; References = submission + ack), adds the phone, after the deadline
add('013-barbera-resposta-acusament.eml', { kind: 'reply', status: 'processed', late: true, practices: [], repliesTo: '012-barbera-sense-telefon.eml', case: 'Outlook "RE:" to the XMESS acknowledgement (In-Reply-To = the acknowledgement, References = submission + acknowledgement) adding the missing mobile "679 30 12 44"; the quoted acknowledgement (unquoted Outlook header block, with the practice\'s fields and "no l\'hem trobat") must not create a practice; arrives on 4 May, which does not make the original practice late' }, async () => {
  const p = P.barbera;
  const body = `Bon dia,

Us afegeixo el telèfon que faltava: el meu mòbil és el ${p.tel}.

Disculpeu el retard, he estat uns dies de vacances.

Marta Soler Casanova
Servei de Medi Ambient
Ajuntament de Barberà del Vallès

De: Bones pràctiques XMESS <${XMESS}>
Enviat: dimecres, 29 d’abril de 2020 10:20
Per a: Marta Soler Casanova <${p.contact.email}>
Assumpte: Confirmació de recepció: Bona pràctica Barberà del Vallès

Bon dia, Marta Soler Casanova:

Gràcies per participar en la convocatòria de bones pràctiques d'economia social i solidària de la XMESS. Hem rebut el vostre missatge «Bona pràctica Barberà del Vallès» (29/04/2020 10:14).

Això és el que n'hem entès:

* ${p.title}
  Municipi: ${p.municipality}
  Entitats promotores: ${p.promoters.join(', ')}
  Descripció: ${firstSentence(p.expl)}
  Persona de contacte: ${p.contact.name}
  Correu de contacte: ${p.contact.email}
  Telèfon de contacte: no l'hem trobat
  Àmbits: intercooperació, transició ecològica
  Ens falta:
    - el telèfon de contacte

Si alguna dada no és correcta o en falta alguna, responeu aquest mateix missatge per corregir-la o completar-la; no cal que torneu a enviar la fitxa sencera.

Salutacions cordials,

Equip de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària (XMESS)
${XMESS}

(Missatge generat automàticament pel sistema de recollida de bones pràctiques.)`;
  return eml({
    received: [received('mail-bdvcat.outbound.protection.outlook.com', '40.107.7.104', 'Mon, 4 May 2020 09:12:47 +0200', '1D7B4F9C0E2'),
      'Received: from DB8PR02MB5914.eurprd02.prod.outlook.com ([fe80::41b2:c8d3])\n\tby DB8PR02MB5914.eurprd02.prod.outlook.com with mapi id 15.20.2958.029; Mon, 4 May 2020 07:12:43 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'RE: Confirmació de recepció: Bona pràctica Barberà del Vallès', date: 'Mon, 4 May 2020 07:12:41 +0000', messageId: '<DB8PR02MB59147C1E0B9D3A52F86E41A7C2B90@DB8PR02MB5914.eurprd02.prod.outlook.com>', extra: [`In-Reply-To: ${BARBERA_ACK_ID}`, `References: ${BARBERA_ID}\n ${BARBERA_ACK_ID}`, ...outlookExtra('Confirmació de recepció: Bona pràctica Barberà del Vallès', 'AdYd9Y4k0l3mQZPpTkeW1c8bV2x0aQAA3kYbCQ==')] },
    part: leaf({ body }),
  });
});

// 014 Ripollet: out-of-office without Auto-Submitted (X-Autoreply only), trilingual
add('014-ripollet-fora-oficina-xautoreply.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'out-of-office reply to our reminder marked only by "X-Autoreply: yes" / "Precedence: auto_reply" (no Auto-Submitted), subject "Fora de l\'oficina:", text in Catalan, Spanish and English with a phone and an e-mail' }, async () => eml({
  received: [received('correu.ripollet.org', '192.0.2.104', 'Fri, 24 Apr 2020 09:00:55 +0200', '9F0C3A6E1B8')],
  headers: { returnPath: '', from: addr('Laia Bosch Ferran', 'lbosch@ripollet.org'), subject: "Fora de l'oficina: Recordatori: recull de bones pràctiques en ESS", date: 'Fri, 24 Apr 2020 09:00:53 +0200', messageId: '<20200424070053.5C1E2F0A7D@correu.ripollet.org>', extra: [`In-Reply-To: ${REMINDER_ID}`, `References: ${REMINDER_ID}`, 'X-Autoreply: yes', 'Precedence: auto_reply'] },
  part: leaf({ body: `Hola,

Sóc fora de l'oficina fins al dilluns 4 de maig, sense accés al correu. Per a qualsevol tema urgent de Promoció Econòmica, truqueu al 93 504 60 00 o escriviu a promocio@ripollet.org.

Hola, estoy fuera de la oficina hasta el lunes 4 de mayo. Para temas urgentes podéis llamar al 93 504 60 00.

I am out of the office until Monday 4 May with no access to e-mail.

Laia Bosch Ferran
Promoció Econòmica - Ajuntament de Ripollet` }),
}));

// 015 Collbató: Sendmail DSN "Returned mail" (mailbox full) with our reminder returned in full
add('015-collbato-rebot-sendmail.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Sendmail DSN "Returned mail: see transcript for details" from a council server (mailbox full), multipart/report with the whole reminder returned as message/rfc822 (its empty field list Títol: / Organitzacions promotores: … must not become a practice)' }, async () => {
  const reminder = `Return-Path: <${XMESS}>
Received: from mx.xmess.example.org (mx.xmess.example.org [192.0.2.10])
	by correu.collbato.cat (8.15.2/8.15.2) with ESMTPS id 03O7002u004199
	for <promocio@collbato.cat>; Fri, 24 Apr 2020 09:00:02 +0200
From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <${XMESS}>
To: promocio@collbato.cat
Subject: =?UTF-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=
Date: Fri, 24 Apr 2020 08:59:50 +0200
Message-ID: ${REMINDER_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${qp(`Bon dia,

Us escrivim des de la Xarxa de Municipis per l'Economia Social i Solidària (XMESS) perquè encara no hem rebut cap bona pràctica de Collbató.

La data límit és el 30 d'abril de 2020. Per a cada pràctica, envieu-nos:

Títol:
Organitzacions promotores:
Breu explicació:
Contacte (nom, correu i telèfon):

Ens interessen especialment les experiències de resposta a la Covid-19, d'intercooperació, de compra pública responsable, amb joves, de transició ecològica i amb perspectiva feminista.

Salutacions cordials,

Equip de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària (XMESS)`)}`;
  const notice = `The original message was received at Fri, 24 Apr 2020 09:00:02 +0200
from mx.xmess.example.org [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<promocio@collbato.cat>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to local mailer:
<<< 552 5.2.2 <promocio@collbato.cat>... Mailbox full
554 5.0.0 Service unavailable`;
  const status = `Reporting-MTA: dns; correu.collbato.cat
Received-From-MTA: DNS; mx.xmess.example.org
Arrival-Date: Fri, 24 Apr 2020 09:00:02 +0200

Final-Recipient: RFC822; promocio@collbato.cat
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Fri, 24 Apr 2020 09:03:16 +0200`;
  return eml({
    received: [received('correu.collbato.cat', '192.0.2.111', 'Fri, 24 Apr 2020 09:03:17 +0200', '2B6E9D1C4A0'),
      'Received: from localhost (localhost)\n\tby correu.collbato.cat (8.15.2/8.15.2) id 03O73GRt004211;\n\tFri, 24 Apr 2020 09:03:16 +0200'],
    headers: { returnPath: '', from: 'Mail Delivery Subsystem <MAILER-DAEMON@correu.collbato.cat>', to: `<${XMESS}>`, subject: 'Returned mail: see transcript for details', date: 'Fri, 24 Apr 2020 09:03:16 +0200', messageId: '<202004240703.03O73GRt004211@correu.collbato.cat>', extra: ['Auto-Submitted: auto-generated (failure)'] },
    part: multi('report', [
      leaf({ charset: 'us-ascii', cte: '7bit', body: notice }),
      { head: 'Content-Type: message/delivery-status', body: status },
      { head: 'Content-Type: message/rfc822', body: reminder },
    ], '03O73GRt004211.1587711796/correu.collbato.cat', ' report-type=delivery-status;'),
    preamble: 'This is a MIME-encapsulated message\n\n',
  });
});

// 016 Tàrrega: written on 28 Apr (Date), left in the outbox, arrives on 4 May -> late; non-member
add('016-tarrega-safata-sortida.eml', exp(['tarrega'], { late: true, case: 'Date header 28 Apr but every Received (arrival) is 4 May: late; non-member; labels Iniciativa / Promou (council "amb" two partners) / Descripció de la pràctica / Referent tècnic with name, phone and e-mail on separate lines' }), async () => {
  const p = P.tarrega;
  const body = `Bon dia,

Us enviem la pràctica que presentem des de Tàrrega.

Iniciativa: ${p.title}
Promou: ${p.promoters[0]}, amb la ${p.promoters[1]} i l'${p.promoters[2]}
Descripció de la pràctica: ${p.expl}
Referent tècnic:
${p.contact.name}
Tel. ${p.tel}
${p.contact.email}

Cordialment,

Albert Bonet
Àrea de Promoció Econòmica i Agricultura
Ajuntament de Tàrrega`;
  return eml({
    received: [received('mail.tarrega.cat', '192.0.2.118', 'Mon, 4 May 2020 08:41:19 +0200', 'E3A7C1F5D90'),
      'Received: from EXCH01.tarrega.local (10.1.1.5) by EXCH01.tarrega.local (10.1.1.5) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Mon, 4 May 2020 08:41:15 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica XMESS - Tàrrega', date: 'Tue, 28 Apr 2020 13:05:11 +0200', messageId: '<6B0F3E91C2D7A485@EXCH01.tarrega.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca-ES'] },
    part: leaf({ body }),
  });
});

// 017 Vic: non-member; contact in a closing sentence; long trilingual legal disclaimer; footer about gender equality and youth
add('017-vic-avis-legal.eml', exp(['vic'], { case: 'non-member; contact in a closing sentence ("podeu contactar amb en … a … o al …"); signature followed by an institutional footer (gender-equality badge, youth plan, printing) and a long ca/es/en legal disclaimer that must not add feminism or youth themes; council alone' }), async () => {
  const p = P.vic;
  const body = `Bon dia,

Us fem arribar la nostra aportació al recull de bones pràctiques.

Nom de la bona pràctica: ${p.title}
Entitat/s: ${p.promoters[0]}
Explicació breu: ${p.expl}

Per a més informació podeu contactar amb en ${p.contact.name}, tècnic de Residus, a ${p.contact.email} o al ${p.tel}.

Atentament,

Quim Riera Sala
Servei de Medi Ambient
Ajuntament de Vic
Pl. Major, 1 · 08500 Vic
www.vic.cat

L'Ajuntament de Vic té el distintiu d'igualtat de gènere i impulsa el Pla Local de Joventut 2018-2022.
Estalviem paper: imprimeix aquest correu només si és imprescindible.

AVÍS LEGAL: Aquest missatge i els fitxers annexos poden contenir informació confidencial adreçada exclusivament a la persona destinatària. Si no en sou la persona destinatària, us comuniquem que la seva lectura, divulgació o còpia està prohibida; us preguem que ho comuniqueu a l'emissor i que l'elimineu. D'acord amb el Reglament (UE) 2016/679, us informem que les vostres dades es tracten per gestionar la comunicació; podeu exercir els drets d'accés, rectificació, supressió i oposició a la seu electrònica de l'Ajuntament.
AVISO LEGAL: Este mensaje y sus anexos pueden contener información confidencial dirigida exclusivamente a su destinatario. Si usted no lo es, le rogamos que lo comunique al remitente y lo elimine.
DISCLAIMER: This message and its attachments may contain confidential information intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.`;
  return eml({
    received: [received('smtp.vic.cat', '192.0.2.125', 'Mon, 27 Apr 2020 11:22:31 +0200', '4F8B2D6A0C3')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Aportació al recull de bones pràctiques', date: 'Mon, 27 Apr 2020 11:22:27 +0200', messageId: '<1588.5ea6a3f3.7b2c@smtp.vic.cat>', extra: ['X-Mailer: Microsoft Outlook 14.0'] },
    part: leaf({ body }),
  });
});

// 018 Consell Comarcal del Berguedà: Outlook HTML with a one-column "vertical" table (label row, value row); non-member
add('018-ccbergueda-taula-vertical.eml', exp(['bergueda'], { case: 'comarcal council (non-member) with three town councils (intercooperation among municipalities, no social-economy entity); Outlook HTML one-column table with shaded UPPERCASE label rows and the value in the row below; the plain part puts label and value on consecutive lines; other configured councils appear in the promoters' }), async () => {
  const p = P.bergueda;
  const rows = [["TÍTOL DE L'ACTUACIÓ", esc(p.title)], ['ENS PROMOTORS', p.promoters.map(esc).join('<br>')], ['DESCRIPCIÓ', esc(p.expl)],
    ['PERSONA DE CONTACTE', `${esc(p.contact.name)} · Tècnica de Mobilitat<br><a href="mailto:${p.contact.email}">${p.contact.email}</a> · ${p.tel}`]];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="CA"><div class="WordSection1">
<p class="MsoNormal">Benvolguts,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Us trametem la bona pràctica del Consell Comarcal del Berguedà:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">
${rows.map(([l, v]) => `<tr><td width="600" style="background:#FBE4D5;padding:2pt 5pt"><p class="MsoNormal"><b><span style="font-size:9pt">${esc(l)}</span></b></p></td></tr>\n<tr><td width="600" style="padding:4pt 5pt"><p class="MsoNormal">${v}</p></td></tr>`).join('\n')}
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Atentament,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Àrea de Medi Ambient i Mobilitat</b><br>Consell Comarcal del Berguedà<br>C. de la Barcelona, 49 · 08600 Berga</p></div></body></html>`;
  const text = `Benvolguts,

Us trametem la bona pràctica del Consell Comarcal del Berguedà:

TÍTOL DE L'ACTUACIÓ
${p.title}
ENS PROMOTORS
${p.promoters.join('\n')}
DESCRIPCIÓ
${p.expl}
PERSONA DE CONTACTE
${p.contact.name} · Tècnica de Mobilitat
${p.contact.email}<mailto:${p.contact.email}> · ${p.tel}

Atentament,

Àrea de Medi Ambient i Mobilitat
Consell Comarcal del Berguedà
C. de la Barcelona, 49 · 08600 Berga`;
  return eml({
    received: [received('mail-ccbergueda.outbound.protection.outlook.com', '40.107.13.58', 'Mon, 27 Apr 2020 13:50:12 +0200', '6C1E8A4F2D7'),
      'Received: from VI1PR08MB3327.eurprd08.prod.outlook.com ([fe80::9c1e:77a0])\n\tby VI1PR08MB3327.eurprd08.prod.outlook.com with mapi id 15.20.2937.023; Mon, 27 Apr 2020 11:50:08 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica - Consell Comarcal del Berguedà', date: 'Mon, 27 Apr 2020 11:50:06 +0000', messageId: '<VI1PR08MB33270B6F2E1C4A9D7E58C3B1A0F42@VI1PR08MB3327.eurprd08.prod.outlook.com>', extra: outlookExtra('Bona pràctica - Consell Comarcal del Berguedà', 'AdYcjQ1T8fXk2r0nQ9uE4w7b5Lm6Zg==') },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_VI1PR08MB33270B6F2E1C4A9D7E58C3B1A0F42VI1PR08MB3327eurp_'),
  });
});

// 019 Callús: sent by the cooperative athenaeum on behalf of the council (sender domain is not a council)
add('019-callus-ateneu-en-nom.eml', exp(['callus'], { case: 'sent by a cooperative athenaeum (.coop domain, not a council) "en nom de l\'Ajuntament de Callús" with the council technician in Cc: municipality comes from the text; contact labelled "Referent a l\'Ajuntament" (the sender and its signature phone are not the contact); youth via "nois i noies de 16 a 21 anys"' }), async () => {
  const p = P.callus;
  const body = `Bon dia,

Us escrivim des de l'Ateneu Cooperatiu de la Catalunya Central en nom de l'Ajuntament de Callús, amb qui hem impulsat aquest projecte, per presentar-lo al recull de bones pràctiques de la XMESS. Posem en còpia la tècnica de l'Ajuntament.

Projecte: ${p.title}
Promotors: ${p.promoters[0]} i ${p.promoters[1]}
Què és: ${p.expl}
Referent a l'Ajuntament: ${p.contact.name}, tècnica de Joventut (${p.contact.email}, ${p.tel})

Salutacions cooperatives,

Berta Puigdollers Vila
Comunicació i projectes
Ateneu Cooperatiu de la Catalunya Central
comunicacio@ateneucatcentral.coop | 93 870 44 12`;
  return eml({
    received: [received('mail.ateneucatcentral.coop', '198.51.100.45', 'Tue, 28 Apr 2020 09:15:40 +0200', 'A2D9F6B3E01')],
    headers: { returnPath: 'comunicacio@ateneucatcentral.coop', from: addr('Ateneu Cooperatiu de la Catalunya Central', 'comunicacio@ateneucatcentral.coop'), cc: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Ajuntament de Callús', date: 'Tue, 28 Apr 2020 09:15:37 +0200', messageId: '<8c2e5f10-3b7a-49d6-a1e4-0f9b2c7d6e53@ateneucatcentral.coop>', extra: [TB('68.7.0')] },
    part: leaf({ body }),
  });
});

// 020 Santa Margarida i els Monjos: title only in the subject (inside «»), P.D. mentioning Covid
add('020-monjos-titol-assumpte.eml', exp(['monjos'], { case: 'title only in the subject, between «» after "Proposta XMESS:"; body says "la proposta que indiquem a l\'assumpte"; phone written "938170011" without spaces; a P.D. blames Covid-19 teleworking for the delay (must not set covid-response)' }), async () => {
  const p = P.monjos;
  const body = `Bon dia,

Us fem arribar la proposta que indiquem a l'assumpte.

Promotors: ${p.promoters.join(', ')}
Descripció: ${p.expl}
Persona de contacte: ${p.contact.name}, tècnic de Medi Ambient (${p.contact.email}, tel. ${p.tel})

Gràcies!

Toni Ràfols
Ajuntament de Santa Margarida i els Monjos

P.D.: Disculpeu que us ho enviem tan tard; amb el teletreball per la Covid-19 anem una mica desbordats.`;
  return eml({
    received: [received('correu.smmonjos.cat', '192.0.2.137', 'Thu, 30 Apr 2020 18:44:09 +0200', '0E4B7D2A9C6')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: `Proposta XMESS: «${p.title}»`, date: 'Thu, 30 Apr 2020 18:44:06 +0200', messageId: '<1208755131.98214.1588265046512.JavaMail.zimbra@smmonjos.cat>', extra: [ZIMBRA] },
    part: leaf({ body }),
  });
});

// 021 Sobremunt: only a phone screenshot of the filled-in sheet -> needs review
add('021-sobremunt-captura-png.eml', { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'the sheet is only a PNG screenshot taken with a phone (no text anywhere): needs review' }, async () => {
  const img = png(360, 640, 1, (x, y) => {
    if (y < 48) return 60; // status bar
    const line = Math.floor((y - 80) / 22); const inLine = (y - 80) % 22;
    if (y >= 80 && line < 24 && inLine >= 6 && inLine <= 13) {
      const len = 300 - ((line * 37) % 140);
      if (x >= 24 && x < 24 + len && ((x >> 3) + line) % 7 !== 0) return 40;
    }
    return 246;
  });
  return eml({
    received: [received('smtp.sobremunt.cat', '192.0.2.141', 'Mon, 27 Apr 2020 10:16:02 +0200', 'D5A0E3C8B14')],
    headers: { returnPath: 'ajuntament@sobremunt.cat', from: addr('Ajuntament de Sobremunt', 'ajuntament@sobremunt.cat'), subject: 'Fitxa bona pràctica Sobremunt', date: 'Mon, 27 Apr 2020 10:15:58 +0200', messageId: '<CADx7=qP3mT0vW9nR2k+fL6bJ4hYc1sZe8uA@mail.sobremunt.cat>', extra: ['X-Mailer: Android Mail'] },
    part: multi('mixed', [leaf({ body: "Bon dia,\n\nUs envio la fitxa. Com que no tenim escàner a l'Ajuntament, n'he fet una captura des del mòbil.\n\nSalutacions,\nJosep\n\nEnviat des del meu telèfon mòbil" }), leaf({ type: 'image/png', cte: 'base64', body: img, filename: 'Screenshot_20200427-101533.png' })], '--_com.android.email_1587975358214'),
  });
});

// 022 Prats de Lluçanès: practice in the body plus an unrelated photo attachment
add('022-prats-cos-i-foto.eml', exp(['prats'], { case: 'very short labels (Nom / Qui / Què / Contacte) in the body, plus a photo (image/png) attachment that carries no text: processed from the body, not needs-review' }), async () => {
  const p = P.prats;
  const photo = png(320, 240, 3, (x, y) => [Math.min(255, 90 + ((x * 3 + y) % 120)), Math.min(255, 120 + ((y * 2) % 100)), 60 + ((x + 2 * y) % 80)]);
  const body = `Bon dia!

Us passem la nostra bona pràctica. Adjuntem també una foto del mercat per si us serveix per a la publicació.

Nom: ${p.title}
Qui: ${p.promoters[0]} i ${p.promoters[1]}
Què: ${p.expl}
Contacte: ${p.contact.name} - ${p.contact.email} - ${p.tel}

Gràcies,
Laia`;
  return eml({
    received: [received('mail.pratsdellucanes.cat', '192.0.2.146', 'Tue, 28 Apr 2020 20:03:31 +0200', '7E2C9A0F5B3')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Prats de Lluçanès', date: 'Tue, 28 Apr 2020 20:03:27 +0200', messageId: '<B7F1C3E0-5A92-4D8E-9C16-2E4F0A7B3D51@pratsdellucanes.cat>', extra: ['X-Mailer: iPhone Mail (17E262)'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'image/png', cte: 'base64', body: photo, filename: 'mercat_pages_prats.png' })], 'Apple-Mail-5B1E2C7A-90D3-4F6E-A8B2-C14D7E3F9A60'),
  });
});

// 023 Ulldecona: bilingual labels "Català / Castellano:"
add('023-ulldecona-etiquetes-bilingues.eml', exp(['ulldecona'], { case: 'bilingual labels "Títol / Título:", "Entitats promotores / Entidades promotoras:", "Persona de contacte / Persona de contacto:"…; promoters separated by ";"; feminism via "fer visible el treball de les dones al camp"' }), async () => {
  const p = P.ulldecona;
  const body = `Bon dia / Buenos días,

Us fem arribar la fitxa / Os hacemos llegar la ficha:

Títol / Título: ${p.title}
Entitats promotores / Entidades promotoras: ${p.promoters.join('; ')}
Descripció / Descripción: ${p.expl}
Persona de contacte / Persona de contacto: ${p.contact.name}
Correu / Correo: ${p.contact.email}
Telèfon / Teléfono: ${p.tel}

Salutacions / Saludos,

Cinta Forcadell
Ajuntament d'Ulldecona`;
  return eml({
    received: [received('smtp.ulldecona.cat', '192.0.2.150', 'Wed, 29 Apr 2020 08:30:14 +0200', 'F0B6D3A9E27')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa / Ficha XMESS Ulldecona', date: 'Wed, 29 Apr 2020 08:30:11 +0200', messageId: '<5EA91F33.8020107@ulldecona.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101 Thunderbird/60.9.1'] },
    part: leaf({ body }),
  });
});

// 024 Manresa: windows-1252, 8bit, format=flowed (soft-wrapped lines), non-member
add('024-manresa-cp1252-flowed.eml', exp(['manresa'], { case: 'text/plain windows-1252 8bit (raw bytes, typographic apostrophes, €), format=flowed with soft line breaks inside labels and the description; promoters separated by ";"; non-member; phone "+34 938 752 310"' }), async () => {
  const p = P.manresa;
  const ty = (s) => s.replace(/'/g, '’');
  const text = `Bon dia,

Us envio la bona pràctica de Manresa per al recull. Sabem que encara no som membres de la Xarxa, però ens agradaria participar-hi igualment.

Nom de la pràctica: ${ty(p.title)}
Entitats promotores: ${p.promoters.map(ty).join('; ')}
Descripció:
${ty(p.expl)}

Persona de contacte: ${p.contact.name}
Correu: ${p.contact.email}
Telèfon: ${p.tel}

Salutacions,

-- 
Jordi Pladevall Serra
Àrea de Desenvolupament Econòmic
Ajuntament de Manresa`;
  const part = { head: 'Content-Type: text/plain; charset=windows-1252; format=flowed\nContent-Transfer-Encoding: 8bit\nContent-Language: ca', body: '' };
  const head = headerBlock({
    received: [received('correu.ajmanresa.cat', '192.0.2.155', 'Wed, 29 Apr 2020 12:55:48 +0200', '3C8E1A6D0F9')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Manresa', date: 'Wed, 29 Apr 2020 12:55:45 +0200', messageId: '<a4e2c71b-0d39-5f86-b1e7-9c3f0a2d6b58@ajmanresa.cat>', extra: [TB('68.7.1')] },
    part,
  });
  return Buffer.concat([Buffer.from((head + '\n\n').replace(/\r?\n/g, '\r\n'), 'ascii'), cp1252(flowed(text).replace(/\r?\n/g, '\r\n') + '\r\n')]);
});

// 025 Girona: iPhone forward (Spanish iOS header "Inicio del mensaje reenviado:") of a Catalan synthesis written by a cooperative
add('025-girona-iphone-reenviat.eml', exp(['girona'], { case: 'iPhone forward with Spanish iOS markers ("Enviado desde mi iPhone", "Inicio del mensaje reenviado:", "> De:/Fecha:/Para:/Asunto:") of a Catalan synthesis written by a cooperative, all ">"-quoted in the plain part and in <blockquote type="cite"> in HTML; the labelled reference person is the forwarding technician; coop signature phone is a distractor; covid + youth (ESO)' }), async () => {
  const p = P.girona;
  const inner = `Hola Elisabet,

Et passo la fitxa per a la XMESS tal com vam parlar:

Títol: ${p.title}
Entitats: ${p.promoters[0]}, ${p.promoters[1]} i ${p.promoters[2]}
Descripció: ${p.expl}
Persona de referència: ${p.contact.name} (Ajuntament de Girona), ${p.contact.email}, ${p.tel}

Una abraçada,
Pol Serra
Cooperativa Educativa Trèvol
Tel. 872 20 11 45`;
  const hdr = ['De: Cooperativa Educativa Trèvol <coordinacio@trevol.coop>', 'Fecha: 27 de abril de 2020, 18:22:05 CEST', `Para: ${p.contact.name} <${p.contact.email}>`, 'Asunto: Fitxa reforç escolar XMESS'];
  const text = `Bon dia,

Us reenvio la fitxa que ens ha preparat la cooperativa. Qualsevol cosa, em dieu.

Elisabet

Enviado desde mi iPhone

Inicio del mensaje reenviado:

${[...hdr, '', ...inner.split('\n')].map((l) => (l ? `> ${l}` : '> ')).join('\n')}`;
  const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Bon dia,</div><div dir="ltr"><br></div><div dir="ltr">Us reenvio la fitxa que ens ha preparat la cooperativa. Qualsevol cosa, em dieu.</div><div dir="ltr"><br></div><div dir="ltr">Elisabet<br><br><div dir="ltr">Enviado desde mi iPhone</div><div dir="ltr"><br>Inicio del mensaje reenviado:<br><br></div><blockquote type="cite"><div dir="ltr">${hdr.map((h) => { const [k, ...v] = h.split(': '); return `<b>${esc(k)}:</b> ${esc(v.join(': '))}<br>`; }).join('')}<br></div></blockquote><blockquote type="cite"><div dir="ltr">${inner.split('\n').map((l) => esc(l)).join('<br>')}</div></blockquote></div></body></html>`;
  return eml({
    received: [received('correu.girona.cat', '192.0.2.160', 'Tue, 28 Apr 2020 08:02:44 +0200', '8A3F0C7E1D5')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fwd: Fitxa reforç escolar XMESS', date: 'Tue, 28 Apr 2020 08:02:39 +0200', messageId: '<4E7C2A19-B0D3-4F58-8E61-A9C5D2F03B47@girona.cat>', extra: ['X-Mailer: iPhone Mail (17E262)'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], 'Apple-Mail-3D9B0E51-7C2A-4F81-B6E0-5A1C8F2D4E97'),
  });
});

// 026 Sant Quirze: the sheet is a .txt attachment (UTF-8 with BOM, CRLF); contact is a service, no person; non-member
add('026-santquirze-adjunt-txt.eml', exp(['santquirze'], { case: 'the sheet is a text/plain attachment (fitxa_bona_practica.txt, UTF-8 with BOM and CRLF, base64); the contact is a service mailbox with no person name (name null); phone "93.721.18.46"; non-member; council alone (the insertion company is a contractor)' }), async () => {
  const p = P.santquirze;
  const txt = `\uFEFFFITXA BONA PRÀCTICA - XMESS 2020\r\n\r\nTítol de la pràctica: ${p.title}\r\nEntitats promotores: ${p.promoters[0]}\r\nExplicació: ${p.expl}\r\nContacte: Servei de Promoció Econòmica - ${p.contact.email} - ${p.tel}\r\n`;
  const body = `Bon dia,

Us adjuntem la fitxa de la bona pràctica en un fitxer de text.

Atentament,

Servei de Promoció Econòmica
Ajuntament de Sant Quirze del Vallès`;
  return eml({
    received: [received('smtp.santquirzevalles.cat', '192.0.2.166', 'Wed, 29 Apr 2020 14:10:26 +0200', 'B1E5C9D3A70')],
    headers: { returnPath: p.contact.email, from: addr('Promoció Econòmica', p.contact.email), subject: 'Bona pràctica - Sant Quirze del Vallès', date: 'Wed, 29 Apr 2020 14:10:23 +0200', messageId: '<20200429121023.GA7712@smtp.santquirzevalles.cat>', extra: ['User-Agent: Roundcube Webmail/1.3.10'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'text/plain', params: 'charset=utf-8', cte: 'base64', body: Buffer.from(txt, 'utf8'), filename: 'fitxa_bona_practica.txt' })], '=_7c0e4a91b2d35f68a1c9e0b4d7f2a3c6'),
  });
});

// 027 Consell Comarcal de la Selva: setext-style underlined labels; arrives at 23:58:47 on the last day (on time); non-member
add('027-ccselva-subratllat-mitjanit.eml', exp(['selva'], { case: 'labels underlined with dashes on the next line (setext style) and the value below; arrives 30 Apr 23:58:47 +0200 (on time); comarcal council, non-member; youth via "adolescents" / "nois i noies de 12 a 17 anys"' }), async () => {
  const p = P.selva;
  const h = (t) => `${t}\n${'-'.repeat(t.length)}`;
  const body = `Bona nit,

Us enviem la proposta del Consell Comarcal de la Selva, just a temps!

${h('Títol')}
${p.title}

${h('Entitats promotores')}
${p.promoters.join('\n')}

${h('Explicació')}
${p.expl}

${h('Contacte')}
${p.contact.name} (Àrea de Joventut)
${p.contact.email}
${p.tel}

Salutacions,
Gemma`;
  return eml({
    received: [received('correu.selva.cat', '192.0.2.171', 'Thu, 30 Apr 2020 23:58:47 +0200', 'C6A2F8E0B39')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Consell Comarcal de la Selva', date: 'Thu, 30 Apr 2020 23:58:41 +0200', messageId: '<e0b9c3d7-5f21-4a86-9d0c-71e3b8a2f645@selva.cat>', extra: [TB('68.7.0')] },
    part: leaf({ body }),
  });
});

// 028 Mediona: generic provincial-hosting address (mediona@diba.cat); no phone anywhere; non-member
add('028-mediona-diba.eml', exp(['mediona'], { case: 'small council writing from a generic address on the provincial domain (mediona@diba.cat, not a council domain): municipality from the text/signature; the contact (the mayor) gives the same generic e-mail and no phone (phone null); lowercase unaccented subject; covid only (council and volunteers, no entity)' }), async () => {
  const p = P.mediona;
  const body = `Bon dia,

L'Ajuntament de Mediona us vol presentar aquesta experiència:

Títol: ${p.title}
Qui ho fa: ${p.promoters[0]}
Explicació: ${p.expl}
Contacte: ${p.contact.name}, alcalde (${p.contact.email})

Salutacions,

Ajuntament de Mediona
Pl. de l'Ajuntament, s/n
08773 Sant Joan de Mediona`;
  return eml({
    received: [received('smtp.diba.cat', '192.0.2.176', 'Sat, 25 Apr 2020 11:37:52 +0200', 'D2F7B0A4C81'),
      'Received: from [10.120.44.9] (unknown [10.120.44.9])\n\tby smtp.diba.cat (Postfix) with ESMTPSA id F7B0A4C81E2\n\tfor <bonespractiques@xmess.example.org>; Sat, 25 Apr 2020 11:37:49 +0200'],
    headers: { returnPath: 'mediona@diba.cat', from: addr('Ajuntament de Mediona', 'mediona@diba.cat'), subject: 'bona practica', date: 'Sat, 25 Apr 2020 11:37:46 +0200', messageId: '<5EA40546.3090304@diba.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1'] },
    part: leaf({ body }),
  });
});

// 029 Badalona: Gmail with content pasted from Google Docs (everything wrapped in <b style="font-weight:normal">, labels bold via CSS)
add('029-badalona-google-docs.eml', exp(['badalona'], { case: 'Gmail (Google Workspace) body pasted from Google Docs: the whole block sits inside <b style="font-weight:normal" id="docs-internal-guid-…">, labels are bold only through span font-weight:700; the plain part has blank lines between fields; covid + feminism + intercooperation' }), async () => {
  const p = P.badalona;
  const fields = [['Títol de la pràctica:', p.title], ['Entitats que la promouen:', `${p.promoters[0]} i ${p.promoters[1]}`], ['Descripció:', p.expl], ['Persona de referència:', p.contact.name], ['Correu:', p.contact.email], ['Telèfon:', p.tel]];
  const sp = (t, w) => `<span style="font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:${w};font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre-wrap;">${esc(t)}</span>`;
  const para = (inner) => `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${inner}</p>`;
  const html = `<div dir="ltr"><div>Bon dia,</div><div><br></div><div>Us envio la nostra proposta per al recull de bones pràctiques:</div><div><br></div><meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-6a1f3c2e-7fff-4b1d-93a2-0c5e8d7b4f19">${fields.map(([l, v]) => para(sp(l, 700) + sp(` ${v}`, 400))).join('<br>')}</b><div><br></div><div>Salut!</div><div><br></div><div>Sílvia</div></div>`;
  const text = `Bon dia,

Us envio la nostra proposta per al recull de bones pràctiques:

${fields.map(([l, v]) => `${l} ${v}`).join('\n\n')}

Salut!

Sílvia`;
  return eml({
    received: [received('mail-wr1-f54.google.com', '209.85.221.54', 'Mon, 20 Apr 2020 09:01:18 +0200', 'E8C4A1F7D02'),
      'Received: by mail-wr1-f54.google.com with SMTP id d17so10923372wrr.11\n        for <bonespractiques@xmess.example.org>; Mon, 20 Apr 2020 00:01:17 -0700 (PDT)'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Proposta de bona pràctica - Badalona', date: 'Mon, 20 Apr 2020 09:01:04 +0200', messageId: '<CAN4q0vZ7xT2=pHd8Lm3Ke9RbW1yQs6cJ0fU@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '0000000000003a7f9205a3b4c1d2'),
  });
});

// 030 Argentona: councillor forwards the technician's mail as an attachment (message/rfc822)
add('030-argentona-reenviat-adjunt-eml.eml', exp(['argentona'], { case: 'Outlook "forward as attachment": the practice is inside an attached message/rfc822 written by the technician; the outer body is only the councillor\'s note with her own mobile (not the contact); covid + procurement via "contractes menors"; cooperatives are contractors, not promoters (no intercooperation)' }), async () => {
  const p = P.argentona;
  const innerBody = `Maria,

Aquí tens la fitxa per a la XMESS:

Títol: ${p.title}
Promotor: ${p.promoters[0]}
Explicació: ${p.expl}
Persona de contacte: ${p.contact.name}, tècnica de Serveis Socials
Correu electrònic: ${p.contact.email}
Telèfon: ${p.tel}

Anna`;
  const inner = `Received: from EXCH01.argentona.local (10.0.0.12) by EXCH01.argentona.local (10.0.0.12) with Microsoft SMTP Server id 15.1.1979.3; Mon, 27 Apr 2020 12:40:15 +0200
From: ${addr(p.contact.name, p.contact.email)}
To: ${addr('Maria Grau Puig', 'mgrau@argentona.cat')}
Subject: ${encWord('Bona pràctica àpats a domicili')}
Date: Mon, 27 Apr 2020 12:40:11 +0200
Message-ID: <2F9A6C0E1B7D4E38@EXCH01.argentona.local>
Content-Language: ca-ES
X-MS-Has-Attach: 
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${qp(innerBody)}`;
  const body = `Bon dia,

Us reenvio adjunt el correu de l'Anna Serra, de Serveis Socials, amb la pràctica que volem presentar.

Maria Grau Puig
Regidora de Serveis Socials i Economia Social
Ajuntament d'Argentona
Mòbil 639 00 11 22`;
  return eml({
    received: [received('smtp.argentona.cat', '192.0.2.182', 'Tue, 28 Apr 2020 16:25:33 +0200', 'A9D0C6E2F13'),
      'Received: from EXCH01.argentona.local (10.0.0.12) by EXCH01.argentona.local (10.0.0.12) with Microsoft SMTP Server id 15.1.1979.3; Tue, 28 Apr 2020 16:25:30 +0200'],
    headers: { returnPath: 'mgrau@argentona.cat', from: addr('Maria Grau Puig', 'mgrau@argentona.cat'), subject: 'RV: Bona pràctica àpats a domicili', date: 'Tue, 28 Apr 2020 16:25:28 +0200', messageId: '<7C3E9A1F0B2D6E45@EXCH01.argentona.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca-ES', 'X-MS-Has-Attach: yes'] },
    part: multi('mixed', [leaf({ body }), { head: `Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename="${encWord('Bona pràctica àpats a domicili.eml')}"`, body: inner }], '----=_NextPart_000_0063_01D61D7B.8E1A4C20'),
  });
});

// ------------------------------------------------------------------ config (same layout as heldout3/config)
const municipalities = [
  ['Artés', ['artes.cat'], true], ['Cabrils', ['cabrils.cat'], true], ['Celrà', ['celra.cat'], true],
  ['Montornès del Vallès', ['montornes.cat'], true], ['Santa Perpètua de Mogoda', ['staperpetua.cat'], true],
  ['Mataró', ['ajmataro.cat', 'mataro.cat'], true], ['Navàs', ['navas.cat'], true], ['Salt', ['viladesalt.cat'], true],
  ['Palau-solità i Plegamans', ['palauplegamans.cat'], true], ['Terrassa', ['terrassa.cat'], true], ['Lleida', ['paeria.cat'], true],
  ['Barberà del Vallès', ['bdv.cat'], true], ['Ripollet', ['ripollet.org', 'ripollet.cat'], true], ['Collbató', ['collbato.cat'], true],
  ['Tàrrega', ['tarrega.cat'], false], ['Vic', ['vic.cat'], false], ['Consell Comarcal del Berguedà', ['ccbergueda.cat', 'bergueda.cat'], false],
  ['Gironella', ['gironella.cat'], false], ['Puig-reig', ['puig-reig.cat'], false],
  ['Callús', ['callus.cat'], true], ['Santa Margarida i els Monjos', ['smmonjos.cat', 'santamargaridaielsmonjos.cat'], true],
  ['Sobremunt', ['sobremunt.cat'], true], ['Prats de Lluçanès', ['pratsdellucanes.cat'], true], ['Ulldecona', ['ulldecona.cat'], true],
  ['Manresa', ['ajmanresa.cat', 'manresa.cat'], false], ['Girona', ['girona.cat', 'ajgirona.cat'], true],
  ['Sant Quirze del Vallès', ['santquirzevalles.cat'], false], ['Consell Comarcal de la Selva', ['selva.cat'], false],
  ['Mediona', ['mediona.cat'], false], ['Badalona', ['badalona.cat'], true], ['Argentona', ['argentona.cat'], true],
  ['Arbúcies', ['arbucies.cat'], true], ['Cardedeu', ['cardedeu.cat'], true],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Roser Albà Teixidó', email: 'roser.alba@example.org', themes: ['ecological-transition', 'covid-response'] },
  { name: 'Marc Casanovas Pla', email: 'marc.casanovas@example.org', themes: ['public-procurement', 'intercooperation'] },
  { name: 'Judit Esteve Roura', email: 'judit.esteve@example.org', themes: ['feminism-intersectionality', 'youth'] },
];

// ------------------------------------------------------------------ write
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'config'), { recursive: true });
const expected = {};
const midRe = /^Message-ID: (.+)$/mi;
for (const m of messages) {
  const out = await m.build();
  const buf = Buffer.isBuffer(out) ? out : Buffer.from(out, 'utf8');
  writeFileSync(join(OUT, m.file), buf);
  const messageId = midRe.exec(buf.toString('latin1'))[1].trim();
  const e = m.expected;
  const practices = e.practices.map((p) => ({
    title: p.title, promoters: p.promoters, summary: firstSentence(p.expl),
    contact: { name: p.contact.name ?? null, email: p.contact.email ?? null, phone: e164(p.tel) },
    municipality: p.municipality, member: p.member, themes: [...p.themes].sort(),
  }));
  expected[m.file] = { messageId, kind: e.kind, status: e.status, late: e.late, practices, ...(e.repliesTo ? { repliesTo: e.repliesTo } : {}), case: e.case };
}
writeFileSync(join(OUT, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'municipalities.json'), JSON.stringify(municipalities, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'campaign.json'), JSON.stringify(campaign, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'advisors.json'), JSON.stringify(advisors, null, 2) + '\n');
const nPractices = Object.values(expected).reduce((a, x) => a + x.practices.length, 0);
console.log(`heldout4: wrote ${messages.length} messages (${nPractices} practices) to ${OUT}`);
