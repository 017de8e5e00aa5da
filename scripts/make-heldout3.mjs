#!/usr/bin/env node
// Writes tests/fixtures/heldout3/: a third blind held-out corpus (30 .eml, config/, expected.json).
// Deterministic: fixed dates, fixed boundaries, fixed zip timestamps, fixed PDF metadata.
// Usage: node scripts/make-heldout3.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout3');
const XMESS = 'bonespractiques@xmess.example.org';
const TO = `${encWord('Bones pràctiques XMESS')} <${XMESS}>`;

// ------------------------------------------------------------------ MIME helpers
function encWord(s, charset = 'UTF-8') {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const buf = charset === 'UTF-8' ? Buffer.from(s, 'utf8') : Buffer.from(s, 'latin1');
  return `=?${charset}?B?${buf.toString('base64')}?=`;
}
const addr = (name, email) => (name ? `${/^[\x20-\x7e]*$/.test(name) ? (/[,.]/.test(name) ? `"${name}"` : name) : encWord(name)} <${email}>` : email);
function b64(buf) { return buf.toString('base64').replace(/.{76}/g, '$&\n').replace(/\n$/, ''); }
function qp(text, charset = 'utf-8') {
  const out = [];
  for (const line of text.split('\n')) {
    const bytes = charset === 'utf-8' ? Buffer.from(line, 'utf8') : Buffer.from(line, 'latin1');
    const toks = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) { out.push(cur + '='); cur = ''; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\n');
}
function leaf({ type = 'text/plain', charset = 'utf-8', cte = 'quoted-printable', body, filename, inline = false }) {
  const h = [];
  if (filename) {
    const fn = /^[\x20-\x7e]*$/.test(filename) ? (/[ ()]/.test(filename) ? `"${filename}"` : filename) : `"${encWord(filename)}"`;
    h.push(`Content-Type: ${type};\n\tname=${fn}`);
    h.push(`Content-Disposition: ${inline ? 'inline' : 'attachment'};\n\tfilename=${fn}`);
  } else h.push(`Content-Type: ${type}; charset=${charset}`);
  h.push(`Content-Transfer-Encoding: ${cte}`);
  let enc;
  if (cte === 'base64') enc = b64(Buffer.isBuffer(body) ? body : Buffer.from(body, charset === 'utf-8' ? 'utf8' : 'latin1'));
  else if (cte === 'quoted-printable') enc = qp(body, charset);
  else enc = body;
  return { head: h.join('\n'), body: enc };
}
function multi(subtype, parts, boundary, extra = '') {
  const body = parts.map((p) => `--${boundary}\n${p.head}\n\n${p.body}\n`).join('') + `--${boundary}--\n`;
  return { head: `Content-Type: multipart/${subtype};${extra}\n\tboundary="${boundary}"`, body };
}
function received(fromHost, ip, arrival, id) {
  return `Received: from ${fromHost} (${fromHost} [${ip}])\n\tby mx.xmess.example.org (Postfix) with ESMTPS id ${id}\n\tfor <${XMESS}>; ${arrival}`;
}
function eml({ received: rcv, headers, part, preamble = '' }) {
  const top = [`Return-Path: <${headers.returnPath}>`, `Delivered-To: ${XMESS}`, ...rcv];
  const h = [...top];
  h.push(`From: ${headers.from}`);
  h.push(`To: ${headers.to ?? TO}`);
  if (headers.cc) h.push(`Cc: ${headers.cc}`);
  h.push(`Subject: ${encWord(headers.subject, headers.subjectCharset ?? 'UTF-8')}`);
  h.push(`Date: ${headers.date}`);
  h.push(`Message-ID: ${headers.messageId}`);
  for (const x of headers.extra ?? []) h.push(x);
  h.push('MIME-Version: 1.0');
  h.push(part.head);
  return (h.join('\n') + '\n\n' + preamble + part.body).replace(/\r?\n/g, '\r\n');
}

// ------------------------------------------------------------------ documents
const ZIPDATE = new Date('2020-04-20T10:00:00Z');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
async function zipOf(files, mimetypeFirst) {
  const z = new JSZip();
  for (const [name, content, opts] of files) z.file(name, content, { date: ZIPDATE, ...(opts || {}) });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
function docxPara(text, bold = false) {
  const runs = text.split('\n').map((t, i) => `${i ? '<w:r><w:br/></w:r>' : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('');
  return `<w:p>${runs}</w:p>`;
}
function docxMixedPara(label, value) {
  return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(label)} </w:t></w:r><w:r><w:t xml:space="preserve">${esc(value)}</w:t></w:r></w:p>`;
}
function docxTable(rows) {
  const cell = (t, w, bold) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${docxPara(t, bold)}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>${rows.map(([a, b]) => `<w:tr>${cell(a, 3000, true)}${cell(b, 6000, false)}</w:tr>`).join('')}</w:tbl>`;
}
async function docx(bodyXml) {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['word/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style></w:styles>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', doc],
  ]);
}
async function odt(bodyXml) {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  return zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' }],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'],
    ['content.xml', content],
  ]);
}
function pdf(draw) {
  return new Promise((res, rej) => {
    const d = new PDFDocument({ size: 'A4', margin: 60, info: { Title: 'Fitxa', Author: 'Ajuntament', Producer: 'Microsoft Word 2016', Creator: 'Microsoft Word 2016', CreationDate: new Date('2020-04-20T09:00:00Z'), ModDate: new Date('2020-04-20T09:00:00Z') } });
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.on('end', () => res(Buffer.concat(chunks)));
    d.on('error', rej);
    draw(d);
    d.end();
  });
}

// ------------------------------------------------------------------ content
const first = (s) => s.match(/^(.+?[.!?])(\s|$)/s)[1];
const P = {}; // practices by key
function practice(key, o) { P[key] = o; return o; }

practice('granollers', {
  title: 'Rebost compartit del barri del Congost',
  promoters: ['Ajuntament de Granollers', 'Cooperativa Som Veïnat', 'Associació Gent del Congost'],
  expl: "Des de l'inici del confinament, l'Ajuntament, una cooperativa de consum i l'associació de veïns gestionen un rebost compartit que reparteix lots d'aliments frescos a les famílies del barri que s'han quedat sense ingressos. Cada setmana s'hi atenen unes 140 famílies i el repartiment el fan persones voluntàries del mateix barri. Els aliments es compren a botigues i productors de Granollers per mantenir l'activitat del comerç local.",
  contact: { name: 'Ester Camprubí Ollé', email: 'ecamprubi@granollers.cat', phone: '+34 93 842 66 10' },
  municipality: 'Granollers', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('rubi', {
  title: 'Rubí Cuida: red vecinal de apoyo a personas mayores',
  promoters: ['Ayuntamiento de Rubí', 'Cooperativa Atenció Rubí', "Asociación de Vecinos de Ca n'Oriol"],
  expl: 'Durante el confinamiento decretado con el estado de alarma, el Ayuntamiento y dos entidades del tejido asociativo han coordinado una red de voluntariado que hace la compra, recoge medicamentos y llama a diario a personas mayores que viven solas. La cooperativa se encarga de la coordinación y del seguimiento de los casos más complejos. En cinco semanas se han atendido 312 personas.',
  contact: { name: 'Raquel Jiménez Ortega', email: 'rjimenez@rubi.cat', phone: '+34 93 588 70 44' },
  municipality: 'Rubí', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('viladecans', {
  title: 'Mercat sense envasos: comerç a granel al mercat municipal',
  promoters: ['Ajuntament de Viladecans', 'Associació de Paradistes del Mercat de la Torre-roja', 'Cooperativa Residu Zero Delta'],
  expl: "El projecte acompanya les parades del mercat municipal perquè substitueixin els envasos d'un sol ús per envasos retornables i ofereixin producte a granel. La cooperativa fa l'assessorament a cada parada i l'Ajuntament ha finançat els primers 3.000 envasos reutilitzables. Ja hi participen 22 de les 38 parades del mercat.",
  contact: { name: 'Pol Garriga Batlle', email: 'pgarriga@viladecans.cat', phone: '+34 93 635 18 02' },
  municipality: 'Viladecans', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('hospitalet', {
  title: 'Cláusulas sociales y de género en la contratación municipal de servicios',
  promoters: ["Ayuntamiento de L'Hospitalet"],
  expl: 'El Ayuntamiento ha aprobado una guía de contratación pública responsable que obliga a incluir cláusulas sociales y de igualdad de género en todos los pliegos de servicios. Además, reserva lotes de los contratos de jardinería y de limpieza viaria a empresas de inserción y centros especiales de trabajo. En 2019 se adjudicaron así contratos por valor de 2,3 millones de euros.',
  contact: { name: 'Montserrat Delgado Ruiz', email: 'mdelgado@l-h.cat', phone: '+34 93 402 95 17' },
  municipality: "L'Hospitalet de Llobregat", member: true, themes: ['public-procurement', 'feminism-intersectionality'],
});
practice('penedes', {
  title: 'Mercat virtual de la pagesia del Penedès',
  promoters: ["Consell Comarcal de l'Alt Penedès", "Ajuntament de Sant Sadurní d'Anoia", 'Cooperativa Agrària Penedès Viu'],
  expl: "Amb el tancament dels mercats setmanals per l'estat d'alarma, el Consell Comarcal, l'Ajuntament de Sant Sadurní i una cooperativa agrària han creat un mercat virtual on la pagesia agroecològica de la comarca ven directament a les famílies. Les comandes es recullen en sis punts de la comarca, habilitats als locals de les cooperatives. En un mes hi han comprat més de 900 famílies.",
  contact: { name: 'Anna Sadurní Esteve', email: 'asadurni@ccapenedes.cat', phone: '+34 93 890 00 85' },
  municipality: "Consell Comarcal de l'Alt Penedès", member: true, themes: ['covid-response', 'intercooperation', 'ecological-transition'],
});
practice('olot', {
  title: 'Repara Olot: taller comunitari de reparació',
  promoters: ["Ajuntament d'Olot", 'Associació Garrotxa Reutilitza'],
  expl: "Taller obert on persones voluntàries ensenyen el veïnat a reparar petits electrodomèstics, bicicletes i roba per allargar-ne la vida útil i reduir residus. Funciona dos dissabtes al mes a l'antic escorxador. L'any passat s'hi van reparar 610 objectes.",
  contact: { name: 'Dolors Pujiula Coma', email: 'dpujiula@olot.cat', phone: '+34 972 27 91 33' },
  municipality: 'Olot', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('igualada', {
  title: "Cooperatives d'estiu per a joves",
  promoters: ["Ajuntament d'Igualada", "Ateneu Cooperatiu de l'Anoia"],
  expl: "El projecte consisteix a acompanyar grups de joves de 16 a 20 anys perquè durant l'estiu creïn i gestionin una cooperativa de serveis, amb la qual ofereixen feines de jardineria, pintura o cura d'infants al veïnat. L'Ateneu en fa la formació i l'Ajuntament cedeix un local i assumeix l'assegurança.",
  contact: { name: 'Clara Soteras Vidal', email: 'csoteras@aj-igualada.cat', phone: '+34 93 803 19 50' },
  municipality: 'Igualada', member: true, themes: ['intercooperation', 'youth'],
});
practice('tarragona', {
  title: 'Armario Circular del Serrallo',
  promoters: ['Ayuntamiento de Tarragona', 'Cooperativa Teixits del Serrallo'],
  expl: 'Se trata de una tienda de ropa de segunda mano gestionada por una cooperativa de mujeres en situación de vulnerabilidad, que recoge, clasifica y vende prendas donadas por la ciudadanía. El Ayuntamiento ha cedido el local y financia la formación de las socias. La ropa que no se puede vender se destina a talleres de reciclaje textil.',
  contact: { name: 'Lucía Navarro Pérez', email: 'lnavarro@tarragona.cat', phone: '+34 977 29 61 42' },
  municipality: 'Tarragona', member: false, themes: ['intercooperation', 'ecological-transition', 'feminism-intersectionality'],
});
practice('figueres', {
  title: "Figueres Emprèn en Comú: viver d'empreses de l'economia social",
  promoters: ['Ajuntament de Figueres', "Ateneu Cooperatiu de l'Alt Empordà"],
  expl: "Viver d'empreses municipal que reserva la meitat dels espais a cooperatives i empreses socials de nova creació, amb lloguer bonificat durant tres anys i assessorament de l'ateneu cooperatiu. Actualment hi ha set projectes allotjats.",
  contact: { name: 'Mercè Llach Figueras', email: 'mllach@figueres.cat', phone: '+34 972 03 22 71' },
  municipality: 'Figueres', member: true, themes: ['intercooperation'],
});
practice('santfeliu1', {
  title: 'Pedalem: cooperativa jove de missatgeria en bicicleta',
  promoters: ['Ajuntament de Sant Feliu de Llobregat', 'Cooperativa Roda Comuna'],
  expl: "Joves de 18 a 25 anys en situació d'atur han constituït, amb el suport de l'Ajuntament i d'una cooperativa de mobilitat, una cooperativa de missatgeria en bicicleta que fa el repartiment per al comerç local. Substitueix desplaçaments en furgoneta pel centre de la ciutat.",
  contact: { name: 'Marina Sastre Colomer', email: 'msastre@santfeliu.cat', phone: '+34 93 685 80 21' },
  municipality: 'Sant Feliu de Llobregat', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('santfeliu2', {
  title: "Plans d'igualtat per a cooperatives i entitats",
  promoters: ['Ajuntament de Sant Feliu de Llobregat', 'Xarxa de Dones Cooperativistes del Baix Llobregat'],
  expl: "Servei gratuït d'acompanyament perquè les cooperatives i associacions del municipi elaborin el seu propi pla d'igualtat de gènere i un protocol contra l'assetjament sexual. Enguany n'hi participen catorze.",
  contact: { name: 'Teresa Grau Bonet', email: 'tgrau@santfeliu.cat', phone: '+34 93 685 80 47' },
  municipality: 'Sant Feliu de Llobregat', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('molins', {
  title: 'Banc de terres agroecològiques de Molins de Rei',
  promoters: ['Ajuntament de Molins de Rei', 'Cooperativa Terra de Molins'],
  expl: "L'Ajuntament fa de mitjancer entre propietaris de finques agrícoles abandonades i persones que volen iniciar un projecte de pagesia agroecològica, i facilita contractes de cessió a llarg termini. La cooperativa dona suport tècnic a les noves explotacions i en comercialitza la producció. S'han recuperat 11 hectàrees en dos anys.",
  contact: { name: 'Arnau Tort Gasull', email: 'atort@molinsderei.cat', phone: '+34 93 680 33 46' },
  municipality: 'Molins de Rei', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('tortosa', {
  title: "Horta Solidària de l'Ebre",
  promoters: ['Ajuntament de Tortosa', 'Cooperativa Ebre Inserció'],
  expl: "Durant la pandèmia, l'Ajuntament ha comprat excedents de la pagesia agroecològica de les Terres de l'Ebre per distribuir lots de verdura a les famílies usuàries dels serveis socials, amb la logística d'una cooperativa d'inserció. Setmanalment es reparteixen uns 350 lots.",
  contact: { name: 'Joan Ferré Bertomeu', email: 'jferre@tortosa.cat', phone: '+34 977 58 58 12' },
  municipality: 'Tortosa', member: false, themes: ['covid-response', 'intercooperation', 'ecological-transition'],
});
practice('banyoles', {
  title: 'Compostatge comunitari als barris de Banyoles',
  promoters: ['Ajuntament de Banyoles', 'Associació Banyoles Composta'],
  expl: "L'Ajuntament i una associació veïnal gestionen onze punts de compostatge comunitari on el veïnat diposita la fracció orgànica i n'obté adob per als horts. L'associació forma els mestres compostadors de cada punt. Cada any s'hi tracten unes 90 tones de residus.",
  contact: { name: 'Marçal Serrat Vinyes', email: 'mserrat@banyoles.cat', phone: '+34 972 57 00 58' },
  municipality: 'Banyoles', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('castellar', {
  title: 'Cures en Comú: cooperativa de treballadores de la llar',
  promoters: ['Ajuntament de Castellar del Vallès', 'Cooperativa Cures en Comú'],
  expl: "L'Ajuntament ha acompanyat un grup de dones treballadores de la llar, moltes d'elles migrades, a constituir una cooperativa que ofereix serveis d'atenció a domicili amb condicions laborals dignes. El Servei d'Atenció Domiciliària municipal hi deriva part de les hores. La cooperativa té ja 17 sòcies.",
  contact: { name: 'Sandra Oliveras Pou', email: 'soliveras@castellarvalles.cat', phone: '+34 93 714 40 63' },
  municipality: 'Castellar del Vallès', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('premia', {
  title: "Banc de llibres de text reutilitzats per a l'alumnat d'ESO",
  promoters: ['Ajuntament de Premià de Mar', 'Cooperativa Llibres Vius'],
  expl: "La iniciativa consisteix en un banc de llibres de text on les famílies de l'alumnat d'ESO deixen els llibres del curs acabat i en recullen els del curs següent, gestionat per una cooperativa de la vila. Així s'evita comprar cada any llibres nous i es redueix el paper que es llença.",
  contact: { name: 'Irene Vallverdú', email: 'ivallverdu@premiademar.cat', phone: '+34 667 55 21 09' },
  municipality: 'Premià de Mar', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('vilafranca', {
  title: 'Contracte reservat de manteniment de parcs i jardins',
  promoters: ['Ajuntament de Vilafranca del Penedès'],
  expl: "L'Ajuntament ha reservat el contracte de manteniment de parcs i jardins a empreses d'inserció sociolaboral, per un import de 420.000 euros en dos anys. Els plecs inclouen l'obligació de fer itineraris d'inserció amb persones derivades dels serveis socials.",
  contact: { name: 'Jaume Miró Sabaté', email: 'jmiro@vilafranca.cat', phone: '+34 93 892 03 58' },
  municipality: 'Vilafranca del Penedès', member: true, themes: ['public-procurement'],
});
practice('martorell', {
  title: 'Bar cooperatiu del Casal de Joves',
  promoters: ['Ajuntament de Martorell', 'Ateneu Cooperatiu del Baix Llobregat'],
  expl: "Un grup de joves de 18 a 30 anys gestiona en format cooperatiu el bar del Casal de Joves, amb l'acompanyament de l'Ajuntament i de l'Ateneu Cooperatiu del Baix Llobregat. Els beneficis es reinverteixen en activitats del casal.",
  contact: { name: 'Laura Cid Moya', email: 'lcid@martorell.cat', phone: '+34 93 775 00 57' },
  municipality: 'Martorell', member: false, themes: ['intercooperation', 'youth'],
});
practice('montcada', {
  title: 'Itinerario de emprendimiento cooperativo para mujeres en paro',
  promoters: ['Ayuntamiento de Montcada i Reixac', 'Asociación Dones Emprenedores del Vallès'],
  expl: 'Programa de formación y acompañamiento de seis meses para mujeres en paro de larga duración que quieren crear una cooperativa de trabajo. Incluye servicio de canguro durante las sesiones para facilitar la conciliación. De la primera edición han salido dos cooperativas.',
  contact: { name: 'Óscar Romero Gil', email: 'oromero@montcada.cat', phone: '+34 93 572 64 30' },
  municipality: 'Montcada i Reixac', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('santadria', {
  title: 'Compra pública de material de protección a cooperativas textiles locales',
  promoters: ['Ayuntamiento de Sant Adrià de Besòs'],
  expl: 'Durante la crisis del coronavirus, el Ayuntamiento ha adjudicado mediante contratos menores la compra de batas y mascarillas para el personal municipal a dos cooperativas textiles del municipio. Así se ha garantizado el suministro y se ha mantenido la actividad de unas 20 trabajadoras.',
  contact: { name: 'Yolanda Castillo Medina', email: 'ycastillo@sant-adria.net', phone: '+34 93 462 87 19' },
  municipality: 'Sant Adrià de Besòs', member: true, themes: ['covid-response', 'public-procurement'],
});
practice('baixemporda', {
  title: 'Xarxa comarcal de punts de reutilització',
  promoters: ['Consell Comarcal del Baix Empordà', 'Ajuntament de Palamós', "Ajuntament de la Bisbal d'Empordà"],
  expl: "Xarxa de deixalleries amb espai de reutilització on els objectes en bon estat es reparen i es tornen a posar en circulació a preus simbòlics. La gestionen conjuntament el Consell Comarcal i els dos ajuntaments, amb personal contractat a través d'una empresa d'inserció.",
  contact: { name: 'Quim Sagrera Planas', email: 'qsagrera@baixemporda.cat', phone: '+34 972 64 23 17' },
  municipality: 'Consell Comarcal del Baix Empordà', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('berga', {
  title: 'Transport a demanda per als nuclis rurals',
  promoters: ['Ajuntament de Berga', 'Cooperativa de Transport del Berguedà'],
  expl: "Servei de transport a demanda, gestionat per una cooperativa de taxistes, que connecta els nuclis rurals del municipi amb el centre de Berga i amb l'hospital. Els usuaris reserven el trajecte per telèfon el dia abans i els vehicles són elèctrics.",
  contact: { name: 'Gisela Obiols Farràs', email: 'gobiols@ajberga.cat', phone: '+34 93 821 43 38' },
  municipality: 'Berga', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('valls', {
  title: 'Feria virtual de empleo joven en la economía social',
  promoters: ['Ayuntamiento de Valls', 'Ateneu Cooperatiu del Camp'],
  expl: 'Feria anual en la que cooperativas y entidades de la economía social del Alt Camp presentan sus ofertas de trabajo y de prácticas a jóvenes de 16 a 30 años. Este año, a causa del confinamiento por la Covid-19, se ha celebrado en formato virtual, con entrevistas por videoconferencia. Se han ofrecido 64 puestos.',
  contact: { name: 'David Segura Fontanet', email: 'dsegura@valls.cat', phone: '+34 977 63 61 54' },
  municipality: 'Valls', member: false, themes: ['covid-response', 'intercooperation', 'youth'],
});
practice('sjdespi1', {
  title: "Aparcaments segurs de bicicletes gestionats per una cooperativa d'inserció",
  promoters: ['Ajuntament de Sant Joan Despí', 'Cooperativa La Cadena Social'],
  expl: "Una cooperativa d'inserció gestiona tres aparcaments segurs de bicicletes a les estacions del municipi i hi ofereix un servei de reparació. Fomenta la mobilitat sostenible i dona feina a sis persones en procés d'inserció.",
  contact: { name: 'Eduard Palau Riba', email: 'epalau@sjdespi.net', phone: '+34 93 480 60 31' },
  municipality: 'Sant Joan Despí', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('sjdespi2', {
  title: 'Compra pública alimentària de proximitat a les escoles bressol',
  promoters: ['Ajuntament de Sant Joan Despí'],
  expl: "Els nous plecs del servei de menjador de les escoles bressol puntuen la compra d'aliments agroecològics i de proximitat i la gestió per entitats de l'economia social. El contracte, de quatre anys, es va adjudicar al març.",
  contact: { name: 'Rut Farré Mestres', email: 'rfarre@sjdespi.net', phone: '+34 93 480 60 12' },
  municipality: 'Sant Joan Despí', member: true, themes: ['public-procurement', 'ecological-transition'],
});
practice('santceloni', {
  title: "Biblioteca d'eines i objectes compartits",
  promoters: ['Ajuntament de Sant Celoni', 'Associació La Rebotiga del Baix Montseny'],
  expl: "Espai on el veïnat pot agafar en préstec eines, aparells i material de lleure en lloc de comprar-los, gestionat per una associació amb el suport de l'Ajuntament. Té un catàleg de 450 objectes i 600 persones sòcies.",
  contact: { name: 'Ot Sunyer Camps', email: 'osunyer@santceloni.cat', phone: '+34 93 864 12 27' },
  municipality: 'Sant Celoni', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('svh', {
  title: 'Lavandería comunitaria Bugada Comuna',
  promoters: ['Ayuntamiento de Sant Vicenç dels Horts', 'Cooperativa Bugada Comuna'],
  expl: 'Lavandería de barrio gestionada por una cooperativa de mujeres en riesgo de exclusión, que ofrece servicio de lavado y planchado a precios sociales y da empleo estable a cinco trabajadoras. El Ayuntamiento cedió el local de la antigua biblioteca y deriva a personas usuarias de servicios sociales.',
  contact: { name: 'Cristina Rosell Mena', email: 'crosell@svh.cat', phone: '+34 93 656 83 29' },
  municipality: 'Sant Vicenç dels Horts', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});

const spacedPhone = (p) => p.replace('+34 ', '');

// ------------------------------------------------------------------ messages
const messages = []; // {file, build: async () => eml string, expected}
function add(file, expected, build) { messages.push({ file, expected, build }); }
const exp = (keys, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices: keys.map((k) => P[k]), ...extra });
const ZIMBRA = 'X-Mailer: Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)';
const outlookExtra = (topic) => [`Thread-Topic: ${encWord(topic)}`, 'Thread-Index: AdYbK3mQ7pZc2f0hS1ub8v9kq3Ew1A==', 'Accept-Language: ca-ES, es-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '];

// 001 Granollers: plain text, own label wording, contact sub-block
add('001-rebost-congost.eml', exp(['granollers'], { case: 'plain text, labels Nom de l\'experiència / Entitats que la impulsen / Descripció breu / Persona referent' }), async () => {
  const p = P.granollers;
  const body = `Bon dia,

Tal com ens demanàveu a la crida, us fem arribar una experiència del nostre municipi per al recull de bones pràctiques d'economia social i solidària.

Nom de l'experiència: ${p.title}

Entitats que la impulsen: ${p.promoters.join(', ')}

Descripció breu:
${p.expl}

Persona referent
- Nom i cognoms: ${p.contact.name}
- Adreça electrònica: ${p.contact.email}
- Telèfon de contacte: ${spacedPhone(p.contact.phone)}

Quedem a la vostra disposició per ampliar la informació.

Cordialment,

Ester Camprubí Ollé
Servei de Promoció Econòmica
Ajuntament de Granollers
Pl. de la Porxada, 6 - 08401 Granollers`;
  return eml({
    received: [received('correu.granollers.cat', '192.0.2.41', 'Tue, 14 Apr 2020 10:22:51 +0200', '3A1F27C0B12'),
      'Received: from [198.51.100.12] (unknown [198.51.100.12])\n\tby correu.granollers.cat (Postfix) with ESMTPSA id 27C0B12D4E1\n\tfor <bonespractiques@xmess.example.org>; Tue, 14 Apr 2020 10:22:48 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica ESS - Ajuntament de Granollers', date: 'Tue, 14 Apr 2020 10:22:46 +0200', messageId: '<1987234516.112873.1586852566021.JavaMail.zimbra@granollers.cat>', extra: [ZIMBRA] },
    part: leaf({ body }),
  });
});

// 002 Rubí: Spanish, Outlook HTML only, bold labels, <p> paragraphs
add('002-rubi-cuida-html.eml', exp(['rubi'], { case: 'Spanish, HTML-only Outlook body, bold labels in <p>, contact as three lines' }), async () => {
  const p = P.rubi;
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="ES" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Buenos días:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Os hacemos llegar nuestra aportación al recopilatorio de buenas prácticas de la XMESS.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Nombre de la buena práctica:</b> ${esc(p.title)}</p>
<p class="MsoNormal"><b>Entidades promotoras:</b> ${esc(p.promoters.join(', '))}</p>
<p class="MsoNormal"><b>Explicación breve:</b></p>
<p class="MsoNormal">${esc(p.expl)}</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Persona de contacto:</b> ${esc(p.contact.name)}, técnica de Servicios Sociales</p>
<p class="MsoNormal"><b>E-mail:</b> <a href="mailto:${p.contact.email}">${p.contact.email}</a></p>
<p class="MsoNormal"><b>Teléfono:</b> 935 887 044</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Un saludo,</p>
<p class="MsoNormal"><span style="color:#1F4E79">Raquel Jiménez<br>Ajuntament de Rubí · Servei d'Acció Social</span></p>
</div></body></html>`;
  return eml({
    received: [received('mail-rubicat.outbound.protection.outlook.com', '40.107.8.61', 'Wed, 15 Apr 2020 12:04:33 +0200', '5D20A91C3F7'),
      'Received: from VI1PR06MB4431.eurprd06.prod.outlook.com ([fe80::a1c3:9d2e])\n\tby VI1PR06MB4431.eurprd06.prod.outlook.com with mapi id 15.20.2900.028; Wed, 15 Apr 2020 10:04:29 +0000'],
    headers: { returnPath: p.contact.email, from: addr('Jiménez Ortega, Raquel', p.contact.email), subject: 'Buena práctica ESS Rubí', date: 'Wed, 15 Apr 2020 10:04:27 +0000', messageId: '<VI1PR06MB44310F2B7C1D1A9E3E58C4A1B2DA0@VI1PR06MB4431.eurprd06.prod.outlook.com>', extra: outlookExtra('Buena práctica ESS Rubí') },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 003 Viladecans: HTML table with th/td, plus text alternative
add('003-mercat-granel-taula.eml', exp(['viladecans'], { case: 'multipart/alternative, HTML table (Projecte / Qui l\'impulsa / En què consisteix / Persona referent / Correu-e / Telèfon)' }), async () => {
  const p = P.viladecans;
  const rows = [['Projecte', p.title], ["Qui l'impulsa", p.promoters.join('<br>')], ['En què consisteix', p.expl], ['Persona referent', p.contact.name], ['Correu-e', p.contact.email], ['Telèfon', '93 635 18 02']];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>Hola,</p><p>Us adjuntem la fitxa de la pràctica que presentem des de Viladecans:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-family:Arial">
${rows.map(([a, b]) => `<tr><th align="left" style="background:#e8f0e0;width:30%">${esc(a)}</th><td>${b.split('<br>').map(esc).join('<br>')}</td></tr>`).join('\n')}
</table>
<p>Moltes gràcies per la feina que feu!</p><p>Pol Garriga<br>Àrea de Desenvolupament Econòmic<br>Ajuntament de Viladecans</p></body></html>`;
  const text = `Hola,\n\nUs adjuntem la fitxa de la pràctica que presentem des de Viladecans:\n\n${rows.map(([a, b]) => `${a}\n  ${b.replace(/<br>/g, ', ')}`).join('\n')}\n\nMoltes gràcies per la feina que feu!\n\nPol Garriga\nÀrea de Desenvolupament Econòmic\nAjuntament de Viladecans`;
  return eml({
    received: [received('smtp.viladecans.cat', '192.0.2.57', 'Thu, 16 Apr 2020 13:31:09 +0200', '8B4E1F90C22')],
    headers: { returnPath: p.contact.email, from: addr('Pol Garriga Batlle', p.contact.email), subject: 'Fitxa bones pràctiques XMESS', date: 'Thu, 16 Apr 2020 13:31:02 +0200', messageId: '<5e983a06.1c69fb81.4a2b.7d1e@viladecans.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language: ca'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '------------8F1C3A5E2B7D9E04A6C1F320'),
  });
});

// 004 L'Hospitalet: Spanish DOCX with bold-label paragraphs
add('004-clausulas-docx.eml', exp(['hospitalet'], { case: 'Spanish DOCX attachment, bold inline labels (Denominación / Impulsada por / Resumen / Datos de contacto)' }), async () => {
  const p = P.hospitalet;
  const buf = await docx([
    docxPara('FICHA DE BUENA PRÁCTICA – RED DE MUNICIPIOS POR LA ESS', true),
    docxMixedPara('Denominación de la práctica:', p.title),
    docxMixedPara('Impulsada por:', p.promoters.join(', ')),
    docxPara('Resumen:', true), docxPara(p.expl),
    docxPara('Datos de contacto', true),
    docxMixedPara('Nombre:', p.contact.name), docxMixedPara('Cargo:', 'Jefa de Sección de Contratación'),
    docxMixedPara('Correo electrónico:', p.contact.email), docxMixedPara('Teléfono:', '93 402 95 17'),
  ].join(''));
  const body = 'Buenas tardes,\n\nAdjunto la ficha de L\'Hospitalet para el recopilatorio.\n\nSaludos cordiales,\n\nMontserrat Delgado\nServicio de Contratación\nAjuntament de L\'Hospitalet';
  return eml({
    received: [received('mx1.l-h.cat', '192.0.2.88', 'Fri, 17 Apr 2020 16:48:20 +0200', '0C7A31E4F95'),
      'Received: from EXCH02.l-h.cat (10.1.4.22) by EXCH01.l-h.cat (10.1.4.21) with Microsoft SMTP Server id 15.1.1913.5; Fri, 17 Apr 2020 16:48:15 +0200'],
    headers: { returnPath: p.contact.email, from: addr('Montserrat Delgado Ruiz', p.contact.email), subject: 'Ficha buena práctica - L\'Hospitalet', date: 'Fri, 17 Apr 2020 16:48:11 +0200', messageId: '<7D2E4A91B3C0F6E8A51D0C92@EXCH02.l-h.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', cte: 'base64', body: buf, filename: 'Ficha_BP_LHospitalet_contratacion.docx' })], '----=_NextPart_000_0041_01D614C2.8A3F1E20'),
  });
});

// 005 Consell Comarcal de l'Alt Penedès: PDF with uppercase headings
add('005-mercat-virtual-pdf.eml', exp(['penedes'], { case: 'comarcal council; text PDF with uppercase heading labels; covid + agroecology' }), async () => {
  const p = P.penedes;
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(14).text("Consell Comarcal de l'Alt Penedès", { align: 'center' });
    d.fontSize(11).text('Recull de bones pràctiques en economia social i solidària', { align: 'center' }).moveDown(2);
    const sec = (h, t) => { d.font('Helvetica-Bold').fontSize(11).text(h); d.font('Helvetica').fontSize(11).text(t).moveDown(); };
    sec('TÍTOL DE LA PRÀCTICA', p.title);
    sec('ENTITATS PROMOTORES', p.promoters.join('\n'));
    sec('DESCRIPCIÓ', p.expl);
    sec('CONTACTE', `Nom: ${p.contact.name}\nEmail: ${p.contact.email}\nTel.: 93 890 00 85`);
  });
  const body = "Bon dia,\n\nUs enviem adjunta la proposta del Consell Comarcal.\n\nSalut,\n\nAnna Sadurní\nÀrea de Desenvolupament Local\nConsell Comarcal de l'Alt Penedès";
  return eml({
    received: [received('correu.ccapenedes.cat', '192.0.2.130', 'Mon, 20 Apr 2020 09:15:02 +0200', '6E01B2A7D43')],
    headers: { returnPath: p.contact.email, from: addr('Anna Sadurní Esteve', p.contact.email), subject: 'Proposta de bona pràctica - Mercat virtual', date: 'Mon, 20 Apr 2020 09:14:58 +0200', messageId: '<20200420071458.GA31337@correu.ccapenedes.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.3'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'BP Mercat virtual Penedes.pdf' })], '=_b1f0c2a6e2d4f8a73c91d0e5f3a2b4c6'),
  });
});

// 006 Olot: ODT with a form table
add('006-repara-olot-odt.eml', exp(['olot'], { case: 'ODT attachment with a two-column table; empty-ish body' }), async () => {
  const p = P.olot;
  const row = (a, b) => `<table:table-row><table:table-cell office:value-type="string"><text:p>${esc(a)}</text:p></table:table-cell><table:table-cell office:value-type="string">${b.split('\n').map((x) => `<text:p>${esc(x)}</text:p>`).join('')}</table:table-cell></table:table-row>`;
  const buf = await odt(`<text:h text:outline-level="1">Fitxa de bona pràctica</text:h><table:table table:name="Fitxa"><table:table-column table:number-columns-repeated="2"/>${row('Nom de la pràctica', p.title)}${row('Entitats promotores', p.promoters.join('\n'))}${row('Explicació', p.expl)}${row('Persona de contacte', p.contact.name)}${row('Correu electrònic', p.contact.email)}${row('Telèfon', '972 27 91 33')}</table:table><text:p>Olot, 21 d'abril de 2020</text:p>`);
  return eml({
    received: [received('smtp.olot.cat', '192.0.2.203', 'Tue, 21 Apr 2020 11:40:44 +0200', 'F19C02B7A61')],
    headers: { returnPath: p.contact.email, from: addr('Dolors Pujiula', p.contact.email), subject: 'Bones pràctiques', date: 'Tue, 21 Apr 2020 11:40:40 +0200', messageId: '<e4c1a2b9-7f03-4d1e-9a55-0b6d3c2f8e71@olot.cat>', extra: ['User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0'] },
    part: multi('mixed', [leaf({ body: 'Adjunt.\n\n-- \nDolors Pujiula\nAjuntament d\'Olot\n' }), leaf({ type: 'application/vnd.oasis.opendocument.text', cte: 'base64', body: buf, filename: 'fitxa-repara-olot.odt' })], '------------A03E6B1C92F4D5E7B8A90C12'),
  });
});

// 007 Igualada: prose, Catalan
add('007-prosa-igualada.eml', exp(['igualada'], { case: 'prose without labels; title in «», promoters and contact inline' }), async () => {
  const p = P.igualada;
  const body = `Benvolguts i benvolgudes de la XMESS,

Us escric per presentar-vos el projecte «${p.title}», que impulsem des de l'Ajuntament d'Igualada amb l'Ateneu Cooperatiu de l'Anoia i que ja va per la tercera edició.

${p.expl}

Creiem que és una manera molt directa de donar a conèixer el cooperativisme i que podria funcionar a qualsevol municipi. L'estiu passat en van sortir quatre cooperatives amb 23 participants.

Per a qualsevol dubte, podeu contactar amb la Clara Soteras Vidal, tècnica de Joventut, a ${p.contact.email} o al 93 803 19 50.

Una abraçada,

Jordi Camprubí Bosch
Regidor de Joventut i Promoció Econòmica
Ajuntament d'Igualada`;
  return eml({
    received: [received('correu.aj-igualada.cat', '192.0.2.66', 'Tue, 21 Apr 2020 18:02:37 +0200', '91AC4E0D7B2')],
    headers: { returnPath: 'jcamprubi@aj-igualada.cat', from: addr('Jordi Camprubí Bosch', 'jcamprubi@aj-igualada.cat'), cc: addr('Clara Soteras Vidal', p.contact.email), subject: "Cooperatives d'estiu - Igualada", date: 'Tue, 21 Apr 2020 18:02:31 +0200', messageId: '<CAF7x9k2=Qm4rT8vVb3Yh1nLp0sX6cJd+2wE5uZa@mail.aj-igualada.cat>' },
    part: leaf({ body }),
  });
});

// 008 Tarragona: Spanish prose, contact in the signature, non-member
add('008-prosa-tarragona.eml', exp(['tarragona'], { case: 'Spanish prose, non-member; contact only in the signature' }), async () => {
  const p = P.tarragona;
  const body = `Hola,

Desde el Área de Empleo y Economía Social del Ayuntamiento de Tarragona os presentamos la iniciativa "${p.title}", que llevamos a cabo junto con la Cooperativa Teixits del Serrallo.

${p.expl}

Nos gustaría mucho que formara parte del recopilatorio. Cualquier cosa que necesitéis, me decís.

Un abrazo,

--
Lucía Navarro Pérez
Técnica de Economía Social
Ajuntament de Tarragona
lnavarro@tarragona.cat | Tel. 977 29 61 42
www.tarragona.cat

Abans d'imprimir aquest missatge, pensa en el medi ambient.`;
  return eml({
    received: [received('mx.tarragona.cat', '192.0.2.99', 'Wed, 22 Apr 2020 09:47:15 +0200', '2DE4B6A8C01'),
      'Received: from [10.20.4.51] (unknown [10.20.4.51])\n\tby mx.tarragona.cat (Postfix) with ESMTPSA id 4B6A8C01E3F\n\tfor <bonespractiques@xmess.example.org>; Wed, 22 Apr 2020 09:47:11 +0200'],
    headers: { returnPath: p.contact.email, from: addr('Lucía Navarro Pérez', p.contact.email), subject: 'Propuesta buenas prácticas', date: 'Wed, 22 Apr 2020 09:47:09 +0200', messageId: '<b3e1f0a4-22c9-8d70-1e6a-5f9c0b2d7a13@tarragona.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 10.0; WOW64; rv:68.0) Gecko/20100101 Thunderbird/68.6.0', 'Content-Language: es-ES'] },
    part: leaf({ body }),
  });
});

// 009 Figueres: Thunderbird forward by the head of cabinet
add('009-reenviat-figueres.eml', exp(['figueres'], { case: 'Thunderbird forward ("-------- Missatge reenviat --------"); contact is the technician, one-line contact' }), async () => {
  const p = P.figueres;
  const body = `Benvolguts,

Us reenvio la proposta que ens ha preparat la Mercè des de Promoció Econòmica.

Salutacions,
Enric Bassols Prat
Cap de Gabinet d'Alcaldia
Ajuntament de Figueres


-------- Missatge reenviat --------
Assumpte: 	Bona pràctica per a la XMESS
Data: 	Thu, 23 Apr 2020 12:10:05 +0200
De: 	Mercè Llach Figueras <${p.contact.email}>
A: 	Enric Bassols Prat <ebassols@figueres.cat>



Enric, aquí tens el text per enviar a la Xarxa:

Títol
${p.title}

Promotors
${p.promoters.join(' i ')}

Explicació
${p.expl}

Contacte
${p.contact.name} · ${p.contact.email} · 972 03 22 71

Mercè`;
  return eml({
    received: [received('smtp.figueres.cat', '192.0.2.17', 'Thu, 23 Apr 2020 13:25:48 +0200', '7F3D10C9A84')],
    headers: { returnPath: 'ebassols@figueres.cat', from: addr('Enric Bassols Prat', 'ebassols@figueres.cat'), subject: 'Fwd: Bona pràctica per a la XMESS', date: 'Thu, 23 Apr 2020 13:25:44 +0200', messageId: '<8a2d47c1-5b0e-3f19-6c84-e0d9a1f27b35@figueres.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0'] },
    part: leaf({ body }),
  });
});

// 010 Sant Feliu: two practices with ordinal headings and one-line contacts
add('010-dues-santfeliu.eml', exp(['santfeliu1', 'santfeliu2'], { case: 'two practices ("PRIMERA PRÀCTICA" / "SEGONA PRÀCTICA"), Nom del projecte / Qui la promou / Resum / Contacte on one line' }), async () => {
  const [a, b] = [P.santfeliu1, P.santfeliu2];
  const block = (h, p) => `${h}\n\nNom del projecte: ${p.title}\nQui la promou: ${p.promoters.join(' / ')}\nResum: ${p.expl}\nContacte: ${p.contact.name} (${p.contact.email}, tel. ${spacedPhone(p.contact.phone)})`;
  const body = `Bon dia,

Des de Sant Feliu de Llobregat us proposem dues experiències:

${block('PRIMERA PRÀCTICA', a)}

${block('SEGONA PRÀCTICA', b)}

Gràcies per recollir-les!

Marina Sastre
Regidoria de Desenvolupament Local
Ajuntament de Sant Feliu de Llobregat`;
  return eml({
    received: [received('mail-santfeliucat.outbound.protection.outlook.com', '40.107.2.45', 'Thu, 23 Apr 2020 17:05:19 +0200', 'C29E4B7710D'),
      'Received: from AM0PR03MB5123.eurprd03.prod.outlook.com ([fe80::4c3d:12ab])\n\tby AM0PR03MB5123.eurprd03.prod.outlook.com with mapi id 15.20.2921.030; Thu, 23 Apr 2020 15:05:15 +0000'],
    headers: { returnPath: a.contact.email, from: addr('Marina Sastre Colomer', a.contact.email), subject: 'Dues bones pràctiques - Sant Feliu de Llobregat', date: 'Thu, 23 Apr 2020 15:05:13 +0000', messageId: '<AM0PR03MB51237E1A9C0D4B2F6E83A9C1D44F0@AM0PR03MB5123.eurprd03.prod.outlook.com>', extra: outlookExtra('Dues bones pràctiques - Sant Feliu de Llobregat') },
    part: leaf({ body }),
  });
});

// 011 Molins de Rei: no phone; 012 adds it
const MOLINS_ID = '<402118273.58124.1587649233517.JavaMail.zimbra@molinsderei.cat>';
add('011-banc-terres-sense-telefon.eml', exp(['molins'], { case: 'labelled plain text without phone (completed by 012)' }), async () => {
  const p = P.molins;
  const body = `Hola,

Us passo la nostra bona pràctica:

* Títol: ${p.title}
* Organitzacions: ${p.promoters.join(', ')}
* Breu descripció: ${p.expl}
* Persona de contacte: ${p.contact.name}, tècnic d'Agricultura i Medi Natural (${p.contact.email})

Salut!
Arnau`;
  return eml({
    received: [received('zimbra.molinsderei.cat', '192.0.2.31', 'Thu, 23 Apr 2020 15:40:36 +0200', '1B8E3F5C0A7')],
    headers: { returnPath: p.contact.email, from: addr('Arnau Tort Gasull', p.contact.email), subject: 'Bona pràctica Molins de Rei', date: 'Thu, 23 Apr 2020 15:40:33 +0200', messageId: MOLINS_ID, extra: [ZIMBRA] },
    part: leaf({ body }),
  });
});
add('012-resposta-molins.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '011-banc-terres-sense-telefon.eml', case: 'reply with In-Reply-To adding the phone; original quoted' }, async () => {
  const p = P.molins;
  const body = `Ep, m'havia descuidat el telèfon: el meu directe és el 93 680 33 46.

Arnau

----- Missatge original -----
De: "Arnau Tort Gasull" <${p.contact.email}>
Per a: "Bones pràctiques XMESS" <${XMESS}>
Enviat: Dijous, 23 d'abril 2020 15:40:33
Assumpte: Bona pràctica Molins de Rei

> Hola,
>
> Us passo la nostra bona pràctica:
>
> * Títol: ${p.title}
> * Organitzacions: ${p.promoters.join(', ')}`;
  return eml({
    received: [received('zimbra.molinsderei.cat', '192.0.2.31', 'Fri, 24 Apr 2020 08:03:12 +0200', '4C0D7E2A915')],
    headers: { returnPath: p.contact.email, from: addr('Arnau Tort Gasull', p.contact.email), subject: 'Re: Bona pràctica Molins de Rei', date: 'Fri, 24 Apr 2020 08:03:10 +0200', messageId: '<1290874411.60331.1587708190655.JavaMail.zimbra@molinsderei.cat>', extra: [`In-Reply-To: ${MOLINS_ID}`, `References: ${MOLINS_ID}`, ZIMBRA] },
    part: leaf({ body }),
  });
});
P.molins.contact.phone = '+34 93 680 33 46';

// 013 Esplugues: Exchange out-of-office (Spanish)
add('013-respuesta-automatica.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Exchange out-of-office in Spanish (Auto-Submitted: auto-generated, X-Auto-Response-Suppress)' }, async () => eml({
  received: [received('mail-esplugues.outbound.protection.outlook.com', '40.107.3.77', 'Fri, 24 Apr 2020 09:01:05 +0200', 'D73A0E5C2B8')],
  headers: { returnPath: '', from: addr('Hidalgo Soto, Beatriz', 'bhidalgo@esplugues.cat'), subject: 'Respuesta automática: Recordatorio: recopilatorio de buenas prácticas en ESS', date: 'Fri, 24 Apr 2020 07:01:02 +0000', messageId: '<4f21c0a9e8b54d7fb1c3a7e290d61f55@DB8PR04MB6731.eurprd04.prod.outlook.com>', extra: ['In-Reply-To: <recordatori-bonespractiques-2020-04-24@xmess.example.org>', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: bhidalgo@esplugues.cat', 'Content-Language: es-ES'] },
  part: leaf({ body: 'Hola,\n\nEstaré fuera de la oficina hasta el 11 de mayo. Para temas urgentes de Promoción Económica podéis escribir a promocio@esplugues.cat.\n\nGracias,\nBeatriz Hidalgo' }),
}));

// 014 Exim bounce (plain text, no multipart/report)
add('014-rebot-exim.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Exim bounce, text/plain, not multipart/report' }, async () => {
  const body = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  economiasocial@sitges.cat
    host mx.sitges.cat [192.0.2.250]
    SMTP error from remote mail server after RCPT TO:<economiasocial@sitges.cat>:
    550 5.1.1 <economiasocial@sitges.cat>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <${XMESS}>
From: Bones practiques XMESS <${XMESS}>
To: economiasocial@sitges.cat
Subject: Recordatori: recull de bones practiques en ESS
Date: Fri, 24 Apr 2020 08:59:50 +0200

Benvolguts, us recordem que el termini per enviar bones practiques
acaba el 30 d'abril.`;
  return eml({
    received: ['Received: from Debian-exim by mx.xmess.example.org with local (Exim 4.92)\n\tid 1jRrdE-0007Xy-9T\n\tfor bonespractiques@xmess.example.org; Fri, 24 Apr 2020 09:00:31 +0200'],
    headers: { returnPath: '', from: 'Mail Delivery System <Mailer-Daemon@mx.xmess.example.org>', to: XMESS, subject: 'Mail delivery failed: returning message to sender', date: 'Fri, 24 Apr 2020 09:00:31 +0200', messageId: '<E1jRrdE-0007Xy-9T@mx.xmess.example.org>', extra: ['X-Failed-Recipients: economiasocial@sitges.cat', 'Auto-Submitted: auto-replied'] },
    part: leaf({ charset: 'us-ascii', cte: '7bit', body }),
  });
});

// 015 Newsletter (Spanish, mentions practices and covid)
add('015-newsletter.eml', { kind: 'other', status: 'ignored', late: false, practices: [], case: 'Spanish newsletter from a network (List-Unsubscribe, Precedence: bulk)' }, async () => {
  const text = `Boletín de la Red de Economía Solidaria - abril 2020

En este número:
- Guía de ayudas para cooperativas afectadas por el coronavirus
- Título: Webinar "Contratación pública responsable después del estado de alarma"
- Buenas prácticas: os contamos cómo el mercado social se ha adaptado al confinamiento

Contacto: comunicacion@redessolidarias.example.net | 93 000 00 00

Si no quieres recibir más correos, date de baja aquí: https://redessolidarias.example.net/baja`;
  const html = `<html><body><h1>Boletín de la Red de Economía Solidaria</h1><p>abril 2020</p><ul><li>Guía de ayudas para cooperativas afectadas por el coronavirus</li><li><b>Título:</b> Webinar "Contratación pública responsable después del estado de alarma"</li><li>Buenas prácticas: cómo el mercado social se ha adaptado al confinamiento</li></ul><p><a href="https://redessolidarias.example.net/baja">Darse de baja</a></p></body></html>`;
  return eml({
    received: [received('mail181.atl221.rsgsv.net', '198.2.181.12', 'Mon, 20 Apr 2020 08:00:44 +0200', '0F4B3E9A6C2')],
    headers: { returnPath: 'bounce-mc.us4_71234.551-bonespractiques=xmess.example.org@mail181.atl221.rsgsv.net', from: 'Red de Economía Solidaria <boletin@redessolidarias.example.net>', to: XMESS, subject: 'Boletín de abril: la ESS frente a la Covid-19', date: 'Mon, 20 Apr 2020 06:00:41 +0000', messageId: '<a71c0b2e94d3f5a8c6e1.7f0d2c4b1e@mail181.atl221.rsgsv.net>', extra: ['List-Unsubscribe: <https://redessolidarias.example.net/baja?u=a1b2>, <mailto:baja@redessolidarias.example.net>', 'List-Id: Boletin REAS <boletin.redessolidarias.example.net>', 'Precedence: bulk', 'X-Mailer: MailChimp Mailer - **CID7f0d2c4b1e**'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_----------=_MCPart_1587362441'),
  });
});

// 016 Tortosa: late (4 May), non-member
add('016-fora-termini-tortosa.eml', exp(['tortosa'], { late: true, case: 'late (arrival 5 May), non-member; labels Títol de l\'actuació / Impulsors / Explicació / Contacte' }), async () => {
  const p = P.tortosa;
  const body = `Bon dia,

Sabem que el termini ja ha passat, però per si encara hi sou a temps us enviem la nostra aportació.

Títol de l'actuació: ${p.title}
Impulsors: ${p.promoters.join(' i ')}
Explicació: ${p.expl}
Contacte: ${p.contact.name} - ${p.contact.email} - 977 58 58 12

Salutacions cordials,
Joan Ferré
Serveis Socials
Ajuntament de Tortosa`;
  return eml({
    received: [received('correu.tortosa.cat', '192.0.2.144', 'Tue, 5 May 2020 10:12:09 +0200', '9A2F7C1E3B0')],
    headers: { returnPath: p.contact.email, from: addr('Joan Ferré Bertomeu', p.contact.email), subject: 'Bona pràctica Tortosa (fora de termini)', date: 'Tue, 5 May 2020 10:12:05 +0200', messageId: '<c0a8e3f2-91b7-4d6c-a25e-7b3f18d4e609@tortosa.cat>' },
    part: leaf({ body }),
  });
});

// 017 Banyoles: Date before the deadline, arrival just after -> late
add('017-banyoles-ultim-minut.eml', exp(['banyoles'], { late: true, case: 'Date 30 Apr 23:56 but topmost Received 1 May 00:03 (late by arrival)' }), async () => {
  const p = P.banyoles;
  const body = `Bona nit,

Us ho enviem a última hora, perdoneu!

TÍTOL: ${p.title}
PROMOTORS: ${p.promoters.join(', ')}
EXPLICACIÓ: ${p.expl}
CONTACTE: ${p.contact.name}
MAIL: ${p.contact.email}
TEL.: 972 57 00 58

Marçal Serrat
Àrea de Medi Ambient - Ajuntament de Banyoles`;
  return eml({
    received: [received('smtp.banyoles.cat', '192.0.2.121', 'Fri, 1 May 2020 00:03:12 +0200', '5C17E2A90DF'),
      'Received: from [192.168.1.34] (unknown [198.51.100.77])\n\tby smtp.banyoles.cat (Postfix) with ESMTPSA id 17E2A90DF44\n\tfor <bonespractiques@xmess.example.org>; Thu, 30 Apr 2020 23:56:41 +0200'],
    headers: { returnPath: p.contact.email, from: addr('Marçal Serrat Vinyes', p.contact.email), subject: 'Bona pràctica - Compostatge comunitari', date: 'Thu, 30 Apr 2020 23:56:39 +0200', messageId: '<3f8b1d2c-6e0a-47c5-b9d1-a4e2f70c5b18@banyoles.cat>' },
    part: leaf({ body }),
  });
});

// 018 Castellar: arrival 21:51 UTC on 30 Apr = 23:51 local -> not late; HTML with <div> lines
add('018-castellar-cures-html.eml', exp(['castellar'], { case: 'arrival 30 Apr 21:51 +0000 (= 23:51 local, on time); HTML with <div> lines and <strong> labels' }), async () => {
  const p = P.castellar;
  const html = `<div dir="ltr"><div>Bon vespre,</div><div><br></div><div>Us fem arribar la nostra pràctica:</div><div><br></div>
<div><strong>Títol de la bona pràctica</strong></div><div>${esc(p.title)}</div><div><br></div>
<div><strong>Organitzacions que la promouen</strong></div><div>${esc(p.promoters.join(', '))}</div><div><br></div>
<div><strong>Explicació</strong></div><div>${esc(p.expl)}</div><div><br></div>
<div><strong>Persona de referència</strong></div><div>${esc(p.contact.name)}<br>${p.contact.email}<br>Tel. 93 714 40 63</div><div><br></div>
<div>Moltes gràcies,</div><div>Sandra</div></div>`;
  return eml({
    received: [received('correu.castellarvalles.cat', '192.0.2.176', 'Thu, 30 Apr 2020 21:51:40 +0000', 'B8D04F21E76')],
    headers: { returnPath: p.contact.email, from: addr('Sandra Oliveras Pou', p.contact.email), subject: 'Bona pràctica Castellar del Vallès', date: 'Thu, 30 Apr 2020 23:51:36 +0200', messageId: '<CAK3pN4qV0x8d=uJ2hT9bZf1sR7yWc6mE5oL@mail.castellarvalles.cat>' },
    part: multi('alternative', [leaf({ body: `Bon vespre,\n\nUs fem arribar la nostra pràctica:\n\nTítol de la bona pràctica\n${p.title}\n\nOrganitzacions que la promouen\n${p.promoters.join(', ')}\n\nExplicació\n${p.expl}\n\nPersona de referència\n${p.contact.name}\n${p.contact.email}\nTel. 93 714 40 63\n\nMoltes gràcies,\nSandra` }), leaf({ type: 'text/html', body: html })], '000000000000a3c1f905a48e2b17'),
  });
});

// 019 Ripollet: corrupt DOCX -> needs-review
add('019-docx-malmes.eml', { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'truncated/corrupt DOCX attachment: needs review' }, async () => {
  const good = await docx(docxPara('Títol: Botiga cooperativa de proximitat') + docxPara('Organitzacions promotores: Ajuntament de Ripollet'));
  const bad = Buffer.concat([good.subarray(0, 180), Buffer.alloc(300, 0x5a), good.subarray(900, 1100)]);
  return eml({
    received: [received('smtp.ripollet.cat', '192.0.2.84', 'Mon, 27 Apr 2020 13:20:55 +0200', 'E4A9B0C3D21')],
    headers: { returnPath: 'promocio@ripollet.cat', from: addr('Promoció Econòmica Ripollet', 'promocio@ripollet.cat'), subject: 'Fitxa bona pràctica Ripollet', date: 'Mon, 27 Apr 2020 13:20:52 +0200', messageId: '<9C4E2A7B10D3F5E6@SRVEXCH.ripollet.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0'] },
    part: multi('mixed', [leaf({ body: 'Bon dia,\n\nAdjuntem la fitxa emplenada.\n\nPromoció Econòmica\nAjuntament de Ripollet' }), leaf({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', cte: 'base64', body: bad, filename: 'Fitxa_BP_Ripollet.docx' })], '----=_NextPart_000_0012_01D61C8A.5B7E2D40'),
  });
});

// 020 Sant Vicenç dels Horts: Spanish, base64 text/plain, labels with dashes
add('020-lavanderia-base64.eml', exp(['svh'], { case: 'Spanish, base64 text/plain, labels "Nombre -", "Impulsores -", "Descripción -", contact lines' }), async () => {
  const p = P.svh;
  const body = `Buenos días,

Os mandamos la experiencia de Sant Vicenç dels Horts.

Nombre - ${p.title}
Impulsores - ${p.promoters.join(' + ')}
Descripción - ${p.expl}

Contacto
${p.contact.name}
Técnica de Igualdad
${p.contact.email}
93 656 83 29

Saludos`;
  return eml({
    received: [received('mail.svh.cat', '192.0.2.72', 'Tue, 28 Apr 2020 11:05:27 +0200', '2E6B8D1F4A9')],
    headers: { returnPath: p.contact.email, from: addr('Cristina Rosell', p.contact.email), subject: 'Experiencia ESS Sant Vicenç dels Horts', date: 'Tue, 28 Apr 2020 11:05:24 +0200', messageId: '<A3F9B2C1-7D4E-4F0A-9B8C-2E1D6C5B4A30@svh.cat>', extra: ['X-Mailer: iPad Mail (17D50)'] },
    part: leaf({ cte: 'base64', body }),
  });
});

// 021 Premià de Mar: councillor writing from Gmail, prose
add('021-gmail-regidora.eml', exp(['premia'], { case: 'councillor from a personal Gmail address; council named in the text; prose' }), async () => {
  const p = P.premia;
  const body = `Hola bon dia,

Sóc la Irene Vallverdú, regidora d'Economia Social i Educació de l'Ajuntament de Premià de Mar. Us escric des del correu personal perquè des de casa no em funciona el corporatiu.

Us volíem presentar el «${p.title}», una iniciativa de l'Ajuntament amb la Cooperativa Llibres Vius. ${p.expl} L'any passat van circular més de 2.000 llibres.

Si necessiteu res més, em podeu escriure a ${p.contact.email} o trucar-me al 667 55 21 09.

Gràcies!
Irene`;
  return eml({
    received: [received('mail-sor-f41.google.com', '209.85.220.41', 'Sat, 25 Apr 2020 12:31:03 +0200', '8E2C4A0B7F1'),
      'Received: by mail-sor-f41.google.com with SMTPS id a21sor2918774wmb.1\n        for <bonespractiques@xmess.example.org>; Sat, 25 Apr 2020 03:31:02 -0700 (PDT)'],
    headers: { returnPath: 'irene.vallverdu.s@gmail.com', from: addr('Irene Vallverdú', 'irene.vallverdu.s@gmail.com'), subject: 'Bona pràctica Premià de Mar', date: 'Sat, 25 Apr 2020 12:30:49 +0200', messageId: '<CAHm3Zp8=0kQy4vT7bW2fX9nL6rJd1sA5cE8uG3oV@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body }), leaf({ type: 'text/html', body: `<div dir="auto">${body.split('\n').map((l) => (l ? esc(l) : '')).join('<br>')}</div>` })], '0000000000007f4a2c05a41b9e33'),
  });
});

// 022 Vilafranca: contact only in the signature; covid note in the footer must not count
add('022-contacte-signatura-vilafranca.eml', exp(['vilafranca'], { case: 'labels without contact; contact in the signature; footer mentions the estat d\'alarma (must not set covid-response)' }), async () => {
  const p = P.vilafranca;
  const body = `Bon dia,

Títol: ${p.title}
Promotors: ${p.promoters[0]}
Descripció: ${p.expl}

Salutacions,

Jaume Miró Sabaté
Tècnic de Contractació i Compres
Ajuntament de Vilafranca del Penedès
T. 93 892 03 58 | jmiro@vilafranca.cat

*** Mentre duri l'estat d'alarma per la Covid-19, l'atenció presencial a l'Ajuntament queda suspesa. Podeu fer els tràmits a la seu electrònica. ***`;
  return eml({
    received: [received('smtp.vilafranca.cat', '192.0.2.95', 'Tue, 28 Apr 2020 12:44:30 +0200', 'A5C7E9013B2')],
    headers: { returnPath: p.contact.email, from: addr('Jaume Miró Sabaté', p.contact.email), subject: 'XMESS - bones pràctiques', date: 'Tue, 28 Apr 2020 12:44:27 +0200', messageId: '<5EA7C7DB.2030409@vilafranca.cat>', extra: ['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1'] },
    part: leaf({ body }),
  });
});

// 023 Martorell: title only in the subject; non-member
add('023-titol-assumpte-martorell.eml', exp(['martorell'], { case: 'title only in the Subject ("Proposta bona pràctica: …"), non-member' }), async () => {
  const p = P.martorell;
  const body = `Bon dia,

Us fem arribar la nostra proposta per al recull.

Promotors: ${p.promoters.join(', ')}
Descripció: ${p.expl}
Contacte: ${p.contact.name}, Servei de Joventut - ${p.contact.email} - 93 775 00 57

Gràcies,
Laura`;
  return eml({
    received: [received('correu.martorell.cat', '192.0.2.48', 'Wed, 29 Apr 2020 10:10:14 +0200', '3D9F1A7E5C0')],
    headers: { returnPath: p.contact.email, from: addr('Laura Cid Moya', p.contact.email), subject: `Proposta bona pràctica: ${p.title}`, date: 'Wed, 29 Apr 2020 10:10:11 +0200', messageId: '<20200429081011.4F2A1C3E@correu.martorell.cat>' },
    part: leaf({ body }),
  });
});

// 024 Montcada i Reixac: Spanish Outlook forward "RV:" by Alcaldía
add('024-reenvio-montcada.eml', exp(['montcada'], { case: 'Spanish Outlook forward (RV:, De/Enviado el/Para/Asunto) from the mayor\'s office; technician\'s labels inside' }), async () => {
  const p = P.montcada;
  const body = `Buenos días,

Por indicación de la alcaldesa os reenvío la propuesta del Área de Promoción Económica.

Atentamente,

Pilar Sanz Cortés
Secretaría de Alcaldía
Ajuntament de Montcada i Reixac

De: Óscar Romero Gil <${p.contact.email}>
Enviado el: lunes, 27 de abril de 2020 9:12
Para: Alcaldia Montcada <alcaldia@montcada.cat>
Asunto: Buena práctica XMESS

Hola Pilar,

Esta es la ficha para la XMESS:

Título: ${p.title}
Promotores: ${p.promoters.join(', ')}
Breve explicación: ${p.expl}
Persona de contacto: ${p.contact.name}
Correo: ${p.contact.email}
Teléfono: 93 572 64 30

Gracias,
Óscar`;
  return eml({
    received: [received('mail-montcadacat.outbound.protection.outlook.com', '40.107.5.118', 'Mon, 27 Apr 2020 12:30:02 +0200', 'F08A2D4C6E1'),
      'Received: from DB6PR07MB3340.eurprd07.prod.outlook.com ([fe80::2d61:a9b0])\n\tby DB6PR07MB3340.eurprd07.prod.outlook.com with mapi id 15.20.2937.012; Mon, 27 Apr 2020 10:29:58 +0000'],
    headers: { returnPath: 'alcaldia@montcada.cat', from: addr('Alcaldia Montcada', 'alcaldia@montcada.cat'), subject: 'RV: Buena práctica XMESS', date: 'Mon, 27 Apr 2020 10:29:56 +0000', messageId: '<DB6PR07MB33408A2C1E7F4D90B5C6E3A1F2D10@DB6PR07MB3340.eurprd07.prod.outlook.com>', extra: outlookExtra('Buena práctica XMESS') },
    part: leaf({ body }),
  });
});

// 025 Sant Adrià: Spanish HTML table, label cell on the left, contact in one cell
add('025-epis-cooperativas-tabla.eml', exp(['santadria'], { case: 'Spanish HTML-only body with a table; contact data in a single cell with <br>' }), async () => {
  const p = P.santadria;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana;font-size:10pt">
<p>Estimados/as,</p><p>Adjuntamos en el cuerpo del correo la ficha de Sant Adrià:</p>
<table cellspacing="0" cellpadding="4" style="border:1px solid #999">
<tr><td style="background:#ddd"><b>Título de la práctica</b></td><td>${esc(p.title)}</td></tr>
<tr><td style="background:#ddd"><b>Organizaciones promotoras</b></td><td>${esc(p.promoters[0])}</td></tr>
<tr><td style="background:#ddd"><b>Breve explicación</b></td><td>${esc(p.expl)}</td></tr>
<tr><td style="background:#ddd"><b>Contacto</b></td><td>${esc(p.contact.name)}<br>${p.contact.email}<br>93 462 87 19</td></tr>
</table><p>Saludos,</p><p>Yolanda Castillo<br>Compras y Contratación<br>Ajuntament de Sant Adrià de Besòs</p></body></html>`;
  return eml({
    received: [received('smtp.sant-adria.net', '192.0.2.118', 'Wed, 29 Apr 2020 14:22:19 +0200', '7B1E9D3F0A4')],
    headers: { returnPath: p.contact.email, from: addr('Yolanda Castillo Medina', p.contact.email), subject: 'Ficha buena práctica Sant Adrià', date: 'Wed, 29 Apr 2020 14:22:16 +0200', messageId: '<000b01d61e2c$4a7f3e10$df7dba30$@sant-adria.net>', extra: ['X-Mailer: Microsoft Outlook 15.0', 'Content-Language: es'] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 026 Consell Comarcal del Baix Empordà: heading lines with no colon, value below; non-member
add('026-reutilitzacio-comarcal.eml', exp(['baixemporda'], { case: 'comarcal council, non-member; label lines without colon ending in a value paragraph' }), async () => {
  const p = P.baixemporda;
  const body = `Benvolgudes,

Adjuntem al cos del missatge la informació sol·licitada.

1. TÍTOL
${p.title}

2. ENTITATS PROMOTORES
${p.promoters.map((x) => `- ${x}`).join('\n')}

3. BREU EXPLICACIÓ
${p.expl}

4. PERSONA DE CONTACTE
${p.contact.name}
${p.contact.email}
972 64 23 17

Atentament,

Servei de Medi Ambient
Consell Comarcal del Baix Empordà`;
  return eml({
    received: [received('correu.baixemporda.cat', '192.0.2.190', 'Wed, 29 Apr 2020 09:30:52 +0200', '6A0C2E8B4D7')],
    headers: { returnPath: 'mediambient@baixemporda.cat', from: addr('Medi Ambient CCBE', 'mediambient@baixemporda.cat'), subject: 'Recull bones pràctiques ESS', date: 'Wed, 29 Apr 2020 09:30:49 +0200', messageId: '<7A3C5E0F92B14D68@CORREU01.baixemporda.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0'] },
    part: leaf({ body }),
  });
});

// 027 Berga: ISO-8859-1 QP body and latin1 subject; non-member
add('027-berga-latin1.eml', exp(['berga'], { case: 'ISO-8859-1 quoted-printable, RFC 2047 latin1 subject; labels Títol / Entitats / Explicació / Contacte with Persona / Mail / Tel' }), async () => {
  const p = P.berga;
  const body = `Bon dia,

Títol: ${p.title}
Entitats: ${p.promoters.join(', ')}
Explicació: ${p.expl}
Contacte:
   Persona: ${p.contact.name}
   Mail: ${p.contact.email}
   Tel: 93 821 43 38

Salutacions,
Gisela Obiols
Ajuntament de Berga`;
  return eml({
    received: [received('correu.ajberga.cat', '192.0.2.152', 'Thu, 30 Apr 2020 08:55:40 +0200', '0E5D7B3A1C9')],
    headers: { returnPath: p.contact.email, from: addr('Gisela Obiols', p.contact.email), subject: 'Bona pràctica Berga', subjectCharset: 'ISO-8859-1', date: 'Thu, 30 Apr 2020 08:55:37 +0200', messageId: '<2B8E4F61A09C3D57@SRVMAIL.ajberga.cat>', extra: ['X-Mailer: Microsoft Outlook 14.0'] },
    part: leaf({ charset: 'iso-8859-1', body }),
  });
});

// 028 Valls: Spanish PDF form, non-member
add('028-feria-empleo-pdf.eml', exp(['valls'], { case: 'Spanish PDF with "Campo: valor" lines, non-member; covid only in the 2nd sentence' }), async () => {
  const p = P.valls;
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(13).text('AJUNTAMENT DE VALLS - Promoción Económica').moveDown();
    d.fontSize(12).text('Ficha de buena práctica').moveDown();
    const line = (a, b) => { d.font('Helvetica-Bold').text(`${a}: `, { continued: true }); d.font('Helvetica').text(b).moveDown(0.5); };
    line('Nombre de la práctica', p.title);
    line('Promotores', p.promoters.join(', '));
    line('Descripción', p.expl);
    line('Responsable', p.contact.name);
    line('Correo electrónico', p.contact.email);
    line('Teléfono', '977 63 61 54');
  });
  return eml({
    received: [received('smtp.valls.cat', '192.0.2.137', 'Thu, 30 Apr 2020 13:18:06 +0200', 'C4F1A8E2D60')],
    headers: { returnPath: p.contact.email, from: addr('David Segura Fontanet', p.contact.email), subject: 'Buenas prácticas - Valls', date: 'Thu, 30 Apr 2020 13:18:03 +0200', messageId: '<0c6e4b1d-2a97-f385-71e0-d9b3c5a8e214@valls.cat>' },
    part: multi('mixed', [leaf({ body: 'Hola,\n\nOs adjunto la ficha en PDF.\n\nUn saludo,\nDavid Segura' }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'ficha_valls.pdf' })], '------------1D3F5A7C9E0B2D4F6A8C0E21'),
  });
});

// 029 Sant Joan Despí: two practices in HTML with <h3> headings and <ul> fields
add('029-dues-html-sjdespi.eml', exp(['sjdespi1', 'sjdespi2'], { case: 'two practices in one HTML body, <h3> per practice and <ul><li> label fields' }), async () => {
  const [a, b] = [P.sjdespi1, P.sjdespi2];
  const blk = (n, p, tel) => `<h3>Pràctica ${n}</h3><ul>
<li><b>Títol:</b> ${esc(p.title)}</li>
<li><b>Promotors:</b> ${esc(p.promoters.join(', '))}</li>
<li><b>Explicació:</b> ${esc(p.expl)}</li>
<li><b>Contacte:</b> ${esc(p.contact.name)} &lt;${p.contact.email}&gt;, ${tel}</li></ul>`;
  const html = `<html><body><p>Bona tarda,</p><p>Des de Sant Joan Despí us enviem dues pràctiques:</p>${blk(1, a, '93 480 60 31')}${blk(2, b, '93 480 60 12')}<p>Salutacions cordials,<br>Eduard Palau<br>Ajuntament de Sant Joan Despí</p></body></html>`;
  return eml({
    received: [received('correu.sjdespi.net', '192.0.2.161', 'Thu, 30 Apr 2020 17:45:33 +0200', '1F9A3C5E7B2')],
    headers: { returnPath: a.contact.email, from: addr('Eduard Palau Riba', a.contact.email), subject: 'Bones pràctiques Sant Joan Despí', date: 'Thu, 30 Apr 2020 17:45:30 +0200', messageId: '<1450023398.77120.1588261530114.JavaMail.zimbra@sjdespi.net>', extra: [ZIMBRA] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 030 Sant Celoni: forward by the mayor's office with the technician's DOCX attached
add('030-reenviat-adjunt-santceloni.eml', exp(['santceloni'], { case: 'forward ("Missatge reenviat") whose practice is in an attached DOCX with a form table' }), async () => {
  const p = P.santceloni;
  const buf = await docx(docxPara('Bona pràctica – Ajuntament de Sant Celoni', true) + docxTable([
    ['Títol', p.title], ['Promotors', p.promoters.join('\n')], ['Breu explicació', p.expl],
    ['Nom de la persona de contacte', p.contact.name], ['Correu', p.contact.email], ['Telèfon', '93 864 12 27'],
  ]));
  const body = `Bon dia,

Us reenvio el correu del tècnic amb la fitxa adjunta.

Cordialment,
Alcaldia - Ajuntament de Sant Celoni

---------- Missatge reenviat ----------
De: Ot Sunyer Camps <${p.contact.email}>
Data: dt., 28 d’abr. 2020 a les 10:02
Assumpte: fitxa XMESS
Per a: <alcaldia@santceloni.cat>

Aquí teniu la fitxa de la Biblioteca d'eines per enviar a la XMESS.
Ot`;
  return eml({
    received: [received('smtp.santceloni.cat', '192.0.2.109', 'Tue, 28 Apr 2020 13:37:21 +0200', 'E7B2D4F6A08')],
    headers: { returnPath: 'alcaldia@santceloni.cat', from: addr('Alcaldia Sant Celoni', 'alcaldia@santceloni.cat'), subject: 'Fwd: fitxa XMESS', date: 'Tue, 28 Apr 2020 13:37:18 +0200', messageId: '<CAE9q2mR5vX0+Lc7dN4pJ1hY8tW3zB6kF=oS@mail.santceloni.cat>' },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', cte: 'base64', body: buf, filename: 'Fitxa biblioteca eines.docx' })], '0000000000002c8e1a05a45f0d71'),
  });
});

// ------------------------------------------------------------------ config
const municipalities = [
  ['Granollers', ['granollers.cat'], true], ['Rubí', ['rubi.cat'], true], ['Viladecans', ['viladecans.cat'], true],
  ["L'Hospitalet de Llobregat", ['l-h.cat'], true], ["Consell Comarcal de l'Alt Penedès", ['ccapenedes.cat'], true],
  ['Olot', ['olot.cat'], true], ['Igualada', ['aj-igualada.cat', 'igualada.cat'], true], ['Tarragona', ['tarragona.cat'], false],
  ['Figueres', ['figueres.cat'], true], ['Sant Feliu de Llobregat', ['santfeliu.cat'], true], ['Molins de Rei', ['molinsderei.cat'], true],
  ['Esplugues de Llobregat', ['esplugues.cat'], true], ['Tortosa', ['tortosa.cat'], false], ['Banyoles', ['banyoles.cat'], true],
  ['Castellar del Vallès', ['castellarvalles.cat'], true], ['Ripollet', ['ripollet.cat'], true], ['Premià de Mar', ['premiademar.cat'], true],
  ['Vilafranca del Penedès', ['vilafranca.cat'], true], ['Martorell', ['martorell.cat'], false], ['Montcada i Reixac', ['montcada.cat'], true],
  ['Sant Adrià de Besòs', ['sant-adria.net'], true], ['Consell Comarcal del Baix Empordà', ['baixemporda.cat'], false],
  ['Berga', ['ajberga.cat'], false], ['Valls', ['valls.cat'], false], ['Sant Joan Despí', ['sjdespi.net'], true],
  ['Sant Celoni', ['santceloni.cat'], true], ['Sant Vicenç dels Horts', ['svh.cat'], true], ['Sitges', ['sitges.cat'], false],
  ['Palamós', ['palamos.cat'], true], ["Sant Sadurní d'Anoia", ['santsadurni.cat'], true],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Núria Cabré Ventura', email: 'nuria.cabre@example.org', themes: ['public-procurement', 'ecological-transition'] },
  { name: 'Sergi Oller Batet', email: 'sergi.oller@example.org', themes: ['covid-response', 'intercooperation'] },
  { name: 'Aina Ribé Solà', email: 'aina.ribe@example.org', themes: ['feminism-intersectionality', 'youth'] },
];

// ------------------------------------------------------------------ write
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'config'), { recursive: true });
const expected = {};
const midRe = /^Message-ID: (.+)$/mi;
for (const m of messages) {
  const text = await m.build();
  writeFileSync(join(OUT, m.file), text);
  const messageId = midRe.exec(text)[1].trim();
  const e = m.expected;
  const practices = e.practices.map((p) => ({
    title: p.title, promoters: p.promoters, summary: first(p.expl),
    contact: { ...p.contact }, municipality: p.municipality, member: p.member, themes: [...p.themes].sort(),
  }));
  expected[m.file] = { messageId, kind: e.kind, status: e.status, late: e.late, practices, ...(e.repliesTo ? { repliesTo: e.repliesTo } : {}), case: e.case };
}
writeFileSync(join(OUT, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'municipalities.json'), JSON.stringify(municipalities, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'campaign.json'), JSON.stringify(campaign, null, 2) + '\n');
writeFileSync(join(OUT, 'config', 'advisors.json'), JSON.stringify(advisors, null, 2) + '\n');
const h = createHash('sha256');
for (const f of Object.keys(expected).sort()) h.update(f);
console.log(`heldout3: wrote ${messages.length} messages to ${OUT}`);
