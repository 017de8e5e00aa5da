#!/usr/bin/env node
// Writes tests/fixtures/french/: a blind French corpus (22 .eml, config/, expected.json) of the kind
// RTES member authorities (villes, métropoles, communautés de communes, départements) would send to a
// call for good practices in the social and solidarity economy. Written without reading the extractor.
// French labels (Intitulé de l'action, Porteur(s) du projet, Structures partenaires, Contact,
// Descriptif and other templates), French phone formats, bodies, PDF, DOCX and ODT, plus English
// labels, a horizontal table, a tab-separated paste, forwards, a reply, an out-of-office, a newsletter,
// a scan, a late and a non-member mail. Campaign language fr, timezone Europe/Paris.
// Deterministic.  Usage: node tests/corpora/french/make.mjs
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  encWord, addr, leaf, multi, received, eml, quote, esc, mailto, docx, dLab, odt, pdfForm, pdfTwoColumnForm, pdfFormOverPages, pdfScan,
  DOCX_TYPE, ODT_TYPE, writeCorpus, cases, e164fr,
} from '../lib/index.mjs';
import { P } from './practices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'french');
const RTES = 'bonnespratiques@rtes.example.org';
const TO = `${encWord('Bonnes pratiques RTES')} <${RTES}>`;
const { messages, add, exp } = cases();
const TB = 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0';
const OUTLOOK = ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: fr'];
const OUTLOOK_HEAD = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>';
const mso = (html) => `<p class=MsoNormal>${html}<o:p></o:p></p>`;
const NB = '\u00a0'; // French typography: a no-break space before « : ; ? ! » and inside guillemets
const std = ({ host, ip, at, id, from, name, subject, date, mid, extra = [], part, returnPath }) => eml({
  received: [received(host, ip, at, id, RTES)],
  headers: { returnPath: returnPath ?? from, deliveredTo: RTES, from: addr(name, from), to: TO, subject, date, messageId: mid, extra },
  part,
});
const text = (body, params) => leaf({ body, params });
const alt = (t, html, boundary) => multi('alternative', [leaf({ body: t }), leaf({ type: 'text/html', body: html })], boundary);
const L = (label, value) => `${label}${NB}: ${value}`;

// ------------------------------------------------------------------ 001 Grenoble: the RTES labels in the body
add('001-grenoble-etiquettes-rtes.eml', exp([P.grenoble], { case: 'Thunderbird plain text with the call\'s labels, each followed by a no-break space and a colon (Intitulé de l\'action / Porteur(s) du projet / Structures partenaires, two, ";"-separated / Contact: name, role, e-mail, phone "04 76 76 36 36" / Descriptif); promoters = carrier + partners; reuse of school furniture = ecological transition' }), () => {
  const pr = P.grenoble;
  const body = `Bonjour,

Veuillez trouver ci-dessous la bonne pratique que la Ville de Grenoble souhaite présenter.

${L("Intitulé de l'action", pr.title)}
${L('Porteur(s) du projet', pr.promoters[0])}
${L('Structures partenaires', pr.promoters.slice(1).join(' ; '))}
${L('Contact', `${pr.contact.name}, chargée de mission ESS – ${pr.contact.email} – ${pr.tel}`)}
${L('Descriptif', pr.expl)}

Bien cordialement,

Claire Fontaine
Mission Économie sociale et solidaire
Ville de Grenoble`;
  return std({ host: 'smtp.grenoble.fr', ip: '198.51.100.11', at: 'Tue, 14 Apr 2020 10:12:33 +0200', id: 'A1B2C3D4E5', from: pr.contact.email, name: pr.contact.name, subject: 'Appel à bonnes pratiques ESS – Ville de Grenoble', date: 'Tue, 14 Apr 2020 10:12:29 +0200', mid: '<4c2e9a10-7b3d-4f51-a8e6-2d9c0b1f3e47@grenoble.fr>', extra: [TB, 'Content-Language: fr'], part: text(body, 'format=flowed') });
});

// ------------------------------------------------------------------ 002 Métropole Européenne de Lille: PDF form
add('002-lille-metropole-pdf.eml', exp([P.lille], { case: 'PDF form ("Fiche bonne pratique") with the labels above the values (Intitulé de l\'action / Porteur(s) du projet / Structures partenaires: "—" / Descriptif / Contact: "M. Julien Deleporte" / Téléphone "+33 3 20 21 22 23" / Courriel); the honorific is not part of the name; insertion clauses in public works contracts = public procurement, the Métropole alone' }), async () => {
  const pr = P.lille;
  const buf = await pdfForm([["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', '—'], ['Descriptif', pr.expl],
    ['Contact', `M. ${pr.contact.name}, chef de projet Commande publique responsable`], ['Téléphone', '+33 3 20 21 22 23'], ['Courriel', pr.contact.email]],
  { heading: 'Fiche bonne pratique – Réseau des collectivités territoriales pour une économie solidaire', letterhead: 'MÉTROPOLE EUROPÉENNE DE LILLE', title: 'Fiche bonne pratique MEL', author: 'jdeleporte' });
  const body = `Bonjour,

Vous trouverez en pièce jointe la fiche de la MEL.

Cordialement,

Julien Deleporte
Métropole Européenne de Lille`;
  return std({ host: 'mx.lillemetropole.fr', ip: '198.51.100.12', at: 'Wed, 15 Apr 2020 14:03:10 +0200', id: 'B2C3D4E5F6', from: pr.contact.email, name: pr.contact.name, subject: 'Fiche bonne pratique MEL', date: 'Wed, 15 Apr 2020 14:03:06 +0200', mid: '<000a01d61321$4b5c6d70$e2154850$@lillemetropole.fr>', extra: OUTLOOK,
    part: multi('mixed', [text(body), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fiche_bonne_pratique_MEL.pdf' })], '----=_NextPart_000_000B_01D61332.0EE53D70') });
});

// ------------------------------------------------------------------ 003 Nantes Métropole: DOCX table
add('003-nantes-docx-tableau.eml', exp([P.nantes], { case: 'DOCX with a two-column table, labels in the first column (Intitulé de l\'action / Porteur(s) du projet / Structures partenaires / Descriptif / Contact: name, e-mail and "02.40.99.48.48" on three lines); "pendant la crise sanitaire" = covid; France Active = intercooperation' }), async () => {
  const pr = P.nantes;
  const rows = [["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', pr.promoters[1]], ['Descriptif', pr.expl], ['Contact', `${pr.contact.name}\n${pr.contact.email}\n02.40.99.48.48`]];
  const buf = await docx([{ p: 'Appel à bonnes pratiques – Fiche de présentation', style: 'Heading1' }, { table: rows.map(([k, v]) => [[{ p: [{ t: k, b: true }] }], v]), widths: [2600, 6400] }],
    { title: 'Fiche bonne pratique', creator: 'slegoff', lang: 'fr-FR' });
  const body = `Bonjour,

Ci-joint notre fiche pour l'appel à bonnes pratiques.

Bien à vous,
Sophie Le Goff
Nantes Métropole – Direction de l'Économie sociale et solidaire`;
  return std({ host: 'smtp.nantesmetropole.fr', ip: '198.51.100.13', at: 'Thu, 16 Apr 2020 09:41:52 +0200', id: 'C3D4E5F6A7', from: pr.contact.email, name: pr.contact.name, subject: 'Appel à bonnes pratiques – Nantes Métropole', date: 'Thu, 16 Apr 2020 09:41:48 +0200', mid: '<2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7@nantesmetropole.fr>', extra: [TB],
    part: multi('mixed', [text(body), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fiche bonne pratique Nantes Métropole.docx' })], '------------5D7F9B1D3F5B7D9F1B3D5F7B') });
});

// ------------------------------------------------------------------ 004 Communauté de communes du Thouarsais: ODT
add('004-thouarsais-odt.eml', exp([P.thouars], { case: 'ODT (LibreOffice) with bold labels each on its own paragraph and the value below (Intitulé de l\'action / Porteur du projet / Partenaire / Descriptif / Contact with a phone written "05-49-66-77-00"); citizen solar cooperative = renewable energy + intercooperation' }), async () => {
  const pr = P.thouars;
  const buf = await odt([{ h: 'Fiche bonne pratique', level: 1 }, { bold: "Intitulé de l'action" }, pr.title, { bold: 'Porteur du projet' }, pr.promoters[0], { bold: 'Partenaire' }, pr.promoters[1],
    { bold: 'Descriptif' }, pr.expl, { bold: 'Contact' }, `${pr.contact.name} – ${pr.contact.email} – 05-49-66-77-00`], { lang: 'fr', country: 'FR' });
  return std({ host: 'mail.thouars-communaute.fr', ip: '198.51.100.14', at: 'Fri, 17 Apr 2020 11:20:05 +0200', id: 'D4E5F6A7B8', from: pr.contact.email, name: pr.contact.name, subject: 'Bonne pratique CC du Thouarsais', date: 'Fri, 17 Apr 2020 11:20:01 +0200', mid: '<5e99745d.3f8a.7c21@thouars-communaute.fr>', extra: ['User-Agent: Roundcube Webmail/1.4.2'],
    part: multi('mixed', [text('Bonjour,\n\nVeuillez trouver ci-joint la fiche de la Communauté de communes du Thouarsais.\n\nCordialement,\nBernard Pineau'), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'fiche_thouarsais.odt' })], '=_a1b2c3d4e5f6a7b8c9d0e1f2') });
});

// ------------------------------------------------------------------ 005 Loos-en-Gohelle: prose only
add('005-loos-en-gohelle-prose.eml', exp([P.loos], { case: 'no labels: a first-person plural paragraph ("Nous vous présentons « Les Jardins de la Base 11/19 », que nous portons avec l\'association Les Anges Gardins"), the description, and the contact in the signature (name, role, e-mail, "Tél. 03 21 69 88 77"); organic market gardening with an insertion association' }), () => {
  const pr = P.loos;
  const body = `Madame, Monsieur,

Nous vous présentons «${NB}${pr.title}${NB}», que la Ville de Loos-en-Gohelle porte avec l'association Les Anges Gardins.

${pr.expl}

Nous restons à votre disposition pour tout complément.

Bien cordialement,

${pr.contact.name}
Chargée de mission développement durable
Ville de Loos-en-Gohelle
${pr.contact.email} – Tél. ${pr.tel}`;
  return std({ host: 'mail.loos-en-gohelle.fr', ip: '198.51.100.15', at: 'Mon, 20 Apr 2020 15:33:47 +0200', id: 'E5F6A7B8C9', from: pr.contact.email, name: pr.contact.name, subject: 'Bonne pratique Loos-en-Gohelle', date: 'Mon, 20 Apr 2020 15:33:43 +0200', mid: '<0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e@loos-en-gohelle.fr>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 006 Gironde: Outlook HTML, switchboard and direct line
add('006-gironde-outlook-ligne-directe.eml', exp([P.gironde], { case: 'Outlook HTML + text, bold labels (Intitulé de l\'action / Porteur(s) du projet / Structures partenaires / Descriptif / "Contact : Mme Nathalie Bergès (coordonnées ci-dessous)"), signature with "Standard", "Ligne directe" and "Fax": the contact\'s phone is the direct line; young people of 16-25 = youth; the missions locales network = intercooperation' }), () => {
  const pr = P.gironde;
  const lines = [["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', pr.promoters[1]], ['Descriptif', pr.expl], ['Contact', `Mme ${pr.contact.name} (coordonnées ci-dessous)`]];
  const sig = [pr.contact.name, "Direction de l'Insertion et de l'Économie sociale et solidaire", 'Conseil départemental de la Gironde', 'Standard : 05 56 99 33 33 – Ligne directe : 05 56 99 51 20 – Fax : 05 56 99 33 00', pr.contact.email];
  const t = `Bonjour,

Voici la contribution du Département de la Gironde à l'appel à bonnes pratiques.

${lines.map(([k, v]) => L(k, v)).join('\n')}

Cordialement,

${sig.join('\n')}`;
  const html = `${OUTLOOK_HEAD}<body lang=FR><div class=WordSection1>${mso('Bonjour,')}${mso('&nbsp;')}${mso("Voici la contribution du Département de la Gironde à l'appel à bonnes pratiques.")}${mso('&nbsp;')}${lines.map(([k, v]) => mso(`<b>${esc(k)}&nbsp;:</b> ${esc(v)}`)).join('')}${mso('&nbsp;')}${mso('Cordialement,')}${mso('&nbsp;')}${mso(sig.map((x, i) => (i === 4 ? mailto(x) : esc(x))).join('<br>'))}</div></body></html>`;
  return std({ host: 'mx.gironde.fr', ip: '198.51.100.16', at: 'Tue, 21 Apr 2020 10:05:29 +0200', id: 'F6A7B8C9D0', from: pr.contact.email, name: pr.contact.name, subject: 'Contribution Gironde – appel à bonnes pratiques', date: 'Tue, 21 Apr 2020 10:05:25 +0200', mid: '<003c01d617ad$9e8f7a60$dbae6f20$@gironde.fr>', extra: OUTLOOK,
    part: alt(t, html, '----=_NextPart_000_003D_01D617BE.61F84A60') });
});

// ------------------------------------------------------------------ 007 / 008 Rennes Métropole: no phone, then a reply with it
const RENNES_ID = '<7d6c5b4a-3928-4170-b6e5-d4c3b2a1f0e9@rennesmetropole.fr>';
const RENNES_ACK = '<ack.20200422.1120.7e8f9a0b@rtes.example.org>';
const rennesText = (pr) => `Bonjour,

${L("Intitulé de l'action", pr.title)}
${L('Porteur(s) du projet', pr.promoters[0])}
${L('Structures partenaires', pr.promoters[1])}
${L('Descriptif', pr.expl)}
${L('Contact', `${pr.contact.name}, ${pr.contact.email}`)}

Cordialement,
Yann Le Bihan
Rennes Métropole`;
add('007-rennes-sans-telephone.eml', exp([P.rennes], { case: 'labelled plain text with the contact\'s name and e-mail but no phone; the phone arrives in 008 (a reply to our acknowledgement) written "+33 (0)2 99 86 60 60", so the expected practice has it; adolescents of 16-18 = youth, with a cooperative' }), () => {
  const pr = P.rennes;
  return std({ host: 'smtp.rennesmetropole.fr', ip: '198.51.100.17', at: 'Wed, 22 Apr 2020 11:19:12 +0200', id: 'A7B8C9D0E1', from: pr.contact.email, name: pr.contact.name, subject: 'Bonne pratique – Rennes Métropole', date: 'Wed, 22 Apr 2020 11:19:08 +0200', mid: RENNES_ID, extra: [TB], part: text(rennesText(pr)) });
});
add('008-rennes-reponse-telephone.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '007-rennes-sans-telephone.eml', case: 'top-posted reply to our French acknowledgement of 007 (In-Reply-To = acknowledgement, "RE: Accusé de réception"): "Voici mon numéro : +33 (0)2 99 86 60 60", the acknowledgement quoted: completes 007, no new practice' }, () => {
  const pr = P.rennes;
  const t = `Bonjour,

Voici mon numéro${NB}: +33 (0)2 99 86 60 60

Bonne journée,
Yann

Le 22/04/2020 à 11:20, Bonnes pratiques RTES a écrit${NB}:
${quote(`Bonjour,\n\nMerci pour votre contribution. Nous avons enregistré «${NB}${pr.title}${NB}».\n\nIl manque le numéro de téléphone du contact. Répondez à ce message pour le compléter.\n\nLa coordination du RTES`)}
`;
  return std({ host: 'smtp.rennesmetropole.fr', ip: '198.51.100.17', at: 'Wed, 22 Apr 2020 14:02:40 +0200', id: 'B8C9D0E1F2', from: pr.contact.email, name: pr.contact.name, subject: `RE: Accusé de réception : Bonne pratique – Rennes Métropole`, date: 'Wed, 22 Apr 2020 14:02:36 +0200', mid: '<9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@rennesmetropole.fr>', extra: [`In-Reply-To: ${RENNES_ACK}`, `References: ${RENNES_ID} ${RENNES_ACK}`, TB], part: text(t) });
});

// ------------------------------------------------------------------ 009 out-of-office
add('009-strasbourg-absence.eml', { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'French Exchange out-of-office ("Réponse automatique : Absent(e) du bureau", Auto-Submitted: auto-replied) giving a colleague\'s e-mail and phone: ignored' }, () => std({
  host: 'mx.strasbourg.eu', ip: '198.51.100.18', at: 'Thu, 23 Apr 2020 09:00:44 +0200', id: 'C9D0E1F2A3', from: 'pierre.muller@strasbourg.eu', name: 'Pierre Muller', returnPath: '', subject: 'Réponse automatique : Absent(e) du bureau', date: 'Thu, 23 Apr 2020 07:00:43 +0000', mid: '<PR1PR09MB3C21A9B8C7D6E5F4A3B2C1D0E9F8@PR1PR09MB3C21.eurprd09.prod.outlook.com>',
  extra: ['In-Reply-To: <relance.20200423.0900.2b3c4d5e@rtes.example.org>', 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: fr-FR'],
  part: text(`Bonjour,\n\nJe suis absent jusqu'au 4 mai inclus. En cas d'urgence, vous pouvez contacter Mme Sandrine Weber (sandrine.weber@strasbourg.eu, 03 68 98 50 12).\n\nCordialement,\nPierre Muller`),
}));

// ------------------------------------------------------------------ 010 Strasbourg: two actions in one mail
add('010-strasbourg-deux-actions.eml', exp([P.strasbourg1, P.strasbourg2], { case: 'two practices under "Action 1" / "Action 2", each with the call\'s labels and its own contact (phones "03 68 98 50 00" and "03.68.98.51.26"); the first with an association (intercooperation), the second a programme for women entrepreneurs run by the Ville alone (feminism)' }), () => {
  const [a, b] = [P.strasbourg1, P.strasbourg2];
  const block = (n, pr, partners, tel) => `Action ${n}
${L("Intitulé de l'action", pr.title)}
${L('Porteur(s) du projet', pr.promoters[0])}
${L('Structures partenaires', partners)}
${L('Descriptif', pr.expl)}
${L('Contact', `${pr.contact.name} – ${pr.contact.email} – ${tel}`)}`;
  const body = `Bonjour,

La Ville de Strasbourg vous adresse deux actions.

${block(1, a, a.promoters[1], a.tel)}

${block(2, b, 'aucune', '03.68.98.51.26')}

Bien cordialement,
Pierre Muller
Service Économie sociale et solidaire – Ville et Eurométropole de Strasbourg`;
  return std({ host: 'mx.strasbourg.eu', ip: '198.51.100.18', at: 'Wed, 22 Apr 2020 16:48:02 +0200', id: 'D0E1F2A3B4', from: a.contact.email, name: a.contact.name, subject: 'Deux actions de la Ville de Strasbourg', date: 'Wed, 22 Apr 2020 16:47:58 +0200', mid: '<PR1PR09MB3C21F0E9D8C7B6A5F4E3D2C1B0A9@PR1PR09MB3C21.eurprd09.prod.outlook.com>', extra: ['Content-Language: fr-FR'], part: text(body) });
});

// ------------------------------------------------------------------ 011 Lyon: forwarded by an elected official's office
add('011-lyon-transfert-cabinet.eml', exp([P.lyon], { case: 'Thunderbird French forward from the deputy mayor\'s office ("-------- Message transféré --------" with Sujet / Date / De / Pour), the technician\'s labelled mail inside; the contact is the technician, not the office; school-canteen contract with an organic, local lot reserved to a cooperative = procurement + agroecology + intercooperation' }), () => {
  const pr = P.lyon;
  const body = `Bonjour,

De la part de l'adjointe au maire déléguée à l'économie sociale et solidaire, je vous transfère la contribution de nos services.

Cordialement,
Le cabinet de l'adjointe

-------- Message transféré --------
Sujet${NB}: Bonne pratique cantines
Date${NB}: Thu, 23 Apr 2020 10:02:11 +0200
De${NB}: ${pr.contact.name} <${pr.contact.email}>
Pour${NB}: Cabinet ESS <cabinet.ess@mairie-lyon.fr>

Bonjour,

${L("Intitulé de l'action", pr.title)}
${L('Porteur(s) du projet', pr.promoters[0])}
${L('Structures partenaires', pr.promoters[1])}
${L('Descriptif', pr.expl)}
${L('Contact', `${pr.contact.name}, ${pr.contact.email}, ${pr.tel}`)}

Camille Rousseau
Direction de l'Éducation – Ville de Lyon`;
  return std({ host: 'smtp.mairie-lyon.fr', ip: '198.51.100.19', at: 'Thu, 23 Apr 2020 17:25:36 +0200', id: 'E1F2A3B4C5', from: 'cabinet.ess@mairie-lyon.fr', name: 'Cabinet ESS', subject: 'Fwd: Bonne pratique cantines', date: 'Thu, 23 Apr 2020 17:25:32 +0200', mid: '<b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@mairie-lyon.fr>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 012 Poitiers: late
add('012-poitiers-hors-delai.eml', exp([P.poitiers], { late: true, case: 'late (Tue 5 May, apologising for the delay); labelled plain text (the call\'s labels) with two partners; a third place in a former supermarket run by an association and a social centre = intercooperation only' }), () => {
  const pr = P.poitiers;
  const body = `Bonjour,

Avec un peu de retard, veuillez nous en excuser, voici la bonne pratique de la Ville de Poitiers.

${L("Intitulé de l'action", pr.title)}
${L('Porteur(s) du projet', pr.promoters[0])}
${L('Structures partenaires', `${pr.promoters[1]}, ${pr.promoters[2]}`)}
${L('Descriptif', pr.expl)}
${L('Contact', `${pr.contact.name} (${pr.contact.email}) – ${pr.tel}`)}

Cordialement,
Mathieu Girard`;
  return std({ host: 'mail.poitiers.fr', ip: '198.51.100.20', at: 'Tue, 5 May 2020 09:30:18 +0200', id: 'F2A3B4C5D6', from: pr.contact.email, name: pr.contact.name, subject: 'Bonne pratique – Ville de Poitiers (en retard)', date: 'Tue, 5 May 2020 09:30:14 +0200', mid: '<20200505073014.GA11827@poitiers.fr>', extra: ['User-Agent: Mutt/1.10.1 (2018-07-13)'], part: text(body) });
});

// ------------------------------------------------------------------ 013 Plouguerneau: non-member, another template
add('013-plouguerneau-non-adherent.eml', exp([P.plouguerneau], { case: 'a commune that is not a member ("nous ne sommes pas adhérents du réseau"): other labels (Nom du projet / Qui porte le projet ? / Présentation / Référente with name, role, e-mail, phone on separate lines); consumer cooperative = intercooperation' }), () => {
  const pr = P.plouguerneau;
  const body = `Bonjour,

Nous ne sommes pas adhérents du réseau, mais nous souhaitons partager cette expérience.

Nom du projet${NB}: ${pr.title}
Qui porte le projet${NB}? ${pr.promoters[0]}, avec la ${pr.promoters[1]}
Présentation${NB}: ${pr.expl}
Référente${NB}:
${pr.contact.name}
Adjointe à la vie économique
${pr.contact.email}
${pr.tel}

Kenavo et bonne journée,
Mairie de Plouguerneau`;
  return std({ host: 'mail.plouguerneau.fr', ip: '198.51.100.21', at: 'Fri, 24 Apr 2020 12:14:51 +0200', id: 'A3B4C5D6E7', from: pr.contact.email, name: pr.contact.name, subject: 'Partage d\'expérience – Plouguerneau', date: 'Fri, 24 Apr 2020 12:14:47 +0200', mid: '<5ea2bd17.1c69fb81.9f3e.2a1b@plouguerneau.fr>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 014 Correns: the mayor from his phone and gmail
add('014-correns-maire-iphone.eml', exp([P.correns], { case: 'the mayor of a small commune from his iPhone and a gmail.com address: dash-bulleted short labels ("- Projet :", "- Porteurs :", "- C\'est quoi :", "- Contact : moi, 06 12 48 90 33"), "Envoyé de mon iPhone"; the municipality from the text ("maire de Correns"), the contact name from the From header; organic farming with the wine cooperative' }), () => {
  const pr = P.correns;
  const body = `Bonjour, je suis le maire de Correns, voici notre action pour votre appel

- Projet${NB}: ${pr.title}
- Porteurs${NB}: ${pr.promoters.join(' et ')}
- C'est quoi${NB}: ${pr.expl}
- Contact${NB}: moi, ${pr.tel}

Bien à vous

Envoyé de mon iPhone`;
  return eml({
    received: [received('mail-wm1-f41.google.com', '209.85.128.41', 'Sun, 26 Apr 2020 21:07:33 +0200', 'B4C5D6E7F8', RTES)],
    headers: { returnPath: pr.contact.email, deliveredTo: RTES, from: addr(pr.contact.name, pr.contact.email), to: TO, subject: 'Correns', date: 'Sun, 26 Apr 2020 21:07:25 +0200', messageId: '<8E7D6C5B-4A39-4281-B0F9-E8D7C6B5A493@gmail.com>', extra: ['X-Mailer: iPhone Mail (17D50)'] },
    part: text(body),
  });
});

// ------------------------------------------------------------------ 015 Paris: English template in a DOCX
add('015-paris-docx-anglais.eml', exp([P.paris], { case: 'DOCX in the English template of the city\'s international projects (Project title / Lead organisation / Summary / Contact person / Email / Phone "+33 1 42 76 40 40"), French values, French body; a municipal school, no theme' }), async () => {
  const pr = P.paris;
  const buf = await docx([{ p: 'Good practice – project sheet', style: 'Title' }, dLab('Project title', pr.title), dLab('Lead organisation', pr.promoters[0]), dLab('Summary', pr.expl),
    dLab('Contact person', pr.contact.name), dLab('Email', pr.contact.email), dLab('Phone', '+33 1 42 76 40 40')], { title: 'Project sheet', creator: 'alefebvre', lang: 'fr-FR' });
  const body = `Bonjour,

Je vous transmets notre fiche, rédigée dans le modèle anglais de nos projets européens.

Cordialement,
Antoine Lefebvre
Direction de l'Attractivité et de l'Emploi – Ville de Paris`;
  return std({ host: 'mx.paris.fr', ip: '198.51.100.22', at: 'Mon, 27 Apr 2020 10:44:09 +0200', id: 'C5D6E7F8A9', from: pr.contact.email, name: pr.contact.name, subject: 'Bonne pratique Ville de Paris', date: 'Mon, 27 Apr 2020 10:44:05 +0200', mid: '<004101d61c73$5d6e7f80$18ab7e80$@paris.fr>', extra: OUTLOOK,
    part: multi('mixed', [text(body), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Project_sheet_Paris_Fabrik.docx' })], '----=_NextPart_000_0042_01D61C84.20F74F80') });
});

// ------------------------------------------------------------------ 016 Bordeaux Métropole: horizontal HTML table
add('016-bordeaux-tableau-horizontal.eml', exp([P.bordeaux], { case: 'Outlook HTML with a horizontal table (labels in the first row: Intitulé de l\'action / Porteur(s) du projet / Structures partenaires / Descriptif / Contact), the values in the second; the text alternative puts each cell on its own line; electric bikes and scooters = sustainable mobility; association + cooperative' }), () => {
  const pr = P.bordeaux;
  const head = ["Intitulé de l'action", 'Porteur(s) du projet', 'Structures partenaires', 'Descriptif', 'Contact'];
  const row = [esc(pr.title), esc(pr.promoters[0]), pr.promoters.slice(1).map(esc).join('<br>'), esc(pr.expl), `${esc(pr.contact.name)}<br>${mailto(pr.contact.email)}<br>${pr.tel}`];
  const td = (x, h) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt${h ? ';background:#E2EFD9' : ''}" valign=top>${mso(h ? `<b>${x}</b>` : x)}</td>`;
  const html = `${OUTLOOK_HEAD}<body lang=FR><div class=WordSection1>${mso('Bonjour,')}${mso('&nbsp;')}${mso('Voici notre contribution :')}${mso('&nbsp;')}<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none"><tr>${head.map((h) => td(esc(h), true)).join('')}</tr><tr>${row.map((v) => td(v)).join('')}</tr></table>${mso('&nbsp;')}${mso('Cordialement,')}${mso('Émilie Darrieux<br>Bordeaux Métropole')}</div></body></html>`;
  const t = `Bonjour,

Voici notre contribution${NB}:

${head.join('\n\n')}

${[pr.title, pr.promoters[0], pr.promoters.slice(1).join('\n'), pr.expl, `${pr.contact.name}\n${pr.contact.email}\n${pr.tel}`].join('\n\n')}

Cordialement,
Émilie Darrieux
Bordeaux Métropole`;
  return std({ host: 'mx.bordeaux-metropole.fr', ip: '198.51.100.23', at: 'Mon, 27 Apr 2020 14:55:21 +0200', id: 'D6E7F8A9B0', from: pr.contact.email, name: pr.contact.name, subject: 'Contribution Bordeaux Métropole', date: 'Mon, 27 Apr 2020 14:55:17 +0200', mid: '<005201d61c96$0a1b2c30$1e518690$@bordeaux-metropole.fr>', extra: OUTLOOK,
    part: alt(t, html, '----=_NextPart_000_0053_01D61CA6.CDA3FC30') });
});

// ------------------------------------------------------------------ 017 Nord: a spreadsheet row pasted as TSV
add('017-nord-ligne-tableur.eml', exp([P.nord], { case: 'a row of the department\'s spreadsheet pasted as tab-separated text (header row: Intitulé de l\'action / Porteur(s) du projet / Structures partenaires (empty) / Descriptif / Contact / Téléphone / Courriel, then the values row); reserved contracts = public procurement, the Département alone' }), () => {
  const pr = P.nord;
  const head = ["Intitulé de l'action", 'Porteur(s) du projet', 'Structures partenaires', 'Descriptif', 'Contact', 'Téléphone', 'Courriel'];
  const row = [pr.title, pr.promoters[0], '', pr.expl, pr.contact.name, pr.tel, pr.contact.email];
  const body = `Bonjour,

Je vous colle ci-dessous la ligne de notre tableau de suivi${NB}:

${head.join('\t')}
${row.join('\t')}

Bien cordialement,
Olivier Vandamme
Département du Nord – Direction de l'Insertion`;
  return std({ host: 'mx.lenord.fr', ip: '198.51.100.24', at: 'Tue, 28 Apr 2020 09:12:03 +0200', id: 'E7F8A9B0C1', from: pr.contact.email, name: pr.contact.name, subject: 'Appel bonnes pratiques – Département du Nord', date: 'Tue, 28 Apr 2020 09:11:59 +0200', mid: '<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@lenord.fr>', extra: [TB], part: text(body) });
});

// ------------------------------------------------------------------ 018 Cœur de Savoie: PDF form over two pages
add('018-coeur-de-savoie-pdf-deux-pages.eml', exp([P.savoie], { case: 'PDF form on two pages with a running header and a "n/2" footer: an introduction and several short fields fill page 1, the "Descriptif" is broken by the page break; electric vehicles for a rural shuttle with an association = sustainable mobility + intercooperation' }), async () => {
  const pr = P.savoie;
  const buf = await pdfFormOverPages([
    ["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', pr.promoters[1]], ['Contact', pr.contact.name],
    ['Courriel', pr.contact.email], ['Téléphone', pr.tel], ['Date de lancement', 'Janvier 2019'], ['Territoire concerné', 'Les 43 communes de la Communauté de communes'],
    ['Public visé', "Personnes âgées, personnes sans permis ou sans voiture et demandeurs d'emploi des communes rurales éloignées des lignes de car."],
    ['Budget annuel', '48 000 euros, dont 30 000 euros de la Communauté de communes'],
    ['Objectifs', "Rompre l'isolement des habitants sans voiture, faciliter l'accès aux soins et aux commerces, et réduire l'usage de la voiture individuelle en zone rurale."],
    ['Descriptif', pr.expl], ['Résultats', 'Plus de 2 400 trajets en 2019 et 38 chauffeurs bénévoles.'],
  ], {
    heading: 'Fiche bonne pratique', header: 'Communauté de communes Cœur de Savoie · Appel à bonnes pratiques ESS 2020', footer: 'Service Mobilité et Solidarités',
    before: ["Cette fiche présente une action de la Communauté de communes Cœur de Savoie dans le cadre de l'appel à bonnes pratiques de l'économie sociale et solidaire.",
      "Les informations qu'elle contient peuvent être diffusées par le réseau. Pour toute question, merci de vous adresser au contact indiqué.",
      "La Communauté de communes regroupe 43 communes et près de 38 000 habitants, dont une large part vit dans des villages éloignés des services et mal desservis par les transports en commun.",
      "L'action a été construite avec les centres communaux d'action sociale et les associations d'aide à domicile du territoire."],
    title: 'Fiche bonne pratique Cœur de Savoie', author: 'dbouvier',
  });
  return std({ host: 'mail.coeurdesavoie.fr', ip: '198.51.100.25', at: 'Tue, 28 Apr 2020 15:40:27 +0200', id: 'F8A9B0C1D2', from: pr.contact.email, name: pr.contact.name, subject: 'Fiche bonne pratique – Cœur de Savoie', date: 'Tue, 28 Apr 2020 15:40:23 +0200', mid: '<1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a@coeurdesavoie.fr>', extra: [TB],
    part: multi('mixed', [text('Bonjour,\n\nVeuillez trouver ci-joint notre fiche.\n\nCordialement,\nDenis Bouvier'), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'fiche-navette-solidaire.pdf' })], '------------9F1B3D5F7A9C1E3B5D7F9A1C') });
});

// ------------------------------------------------------------------ 019 a scan
add('019-thouarsais-scan.eml', { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'the signed form scanned on the office copier (image-only PDF), the body only says it is attached: needs-review' }, async () => {
  const buf = await pdfScan(3301, {});
  return std({ host: 'mail.thouars-communaute.fr', ip: '198.51.100.14', at: 'Wed, 29 Apr 2020 08:52:10 +0200', id: 'A9B0C1D2E3', from: 'secretariat@thouars-communaute.fr', name: 'Secrétariat CCT', subject: 'Fiche signée', date: 'Wed, 29 Apr 2020 08:52:06 +0200', mid: '<5ea9248e.6b1c.11a2@thouars-communaute.fr>', extra: ['User-Agent: Roundcube Webmail/1.4.2'],
    part: multi('mixed', [text('Bonjour,\n\nCi-joint la fiche signée.\n\nLe secrétariat'), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'numerisation_20200429.pdf' })], '=_b2c3d4e5f6a7b8c9d0e1f2a3') });
});

// ------------------------------------------------------------------ 020 Villeurbanne: HTML only, base64, RGPD footer
const RGPD = "Conformément au Règlement général sur la protection des données (RGPD), vous disposez d'un droit d'accès, de rectification et d'effacement des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de la Ville de Villeurbanne. Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Pensez à l'environnement et à la transition écologique avant d'imprimer ce courriel. La Ville de Villeurbanne est engagée pour l'égalité entre les femmes et les hommes.";
add('020-villeurbanne-html-base64-rgpd.eml', exp([P.villeurbanne], { case: 'HTML-only mail in base64 with bold labels in <div>s (Intitulé de l\'action / Porteur(s) du projet / Structures partenaires / Descriptif / Contact) and a long RGPD footer speaking of the environment and gender equality (the footer does not count); the practice itself: confinement = covid, isolated women = feminism, with an association' }), () => {
  const pr = P.villeurbanne;
  const lines = [["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', pr.promoters[1]], ['Descriptif', pr.expl], ['Contact', `${pr.contact.name} – ${mailto(pr.contact.email)} – ${pr.tel}`]];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Arial;font-size:10pt"><div>Bonjour,</div><div><br></div><div>Veuillez trouver notre contribution ci-dessous.</div><div><br></div>${lines.map(([k, v]) => `<div><b>${esc(k)}&nbsp;:</b> ${k === 'Contact' ? v : esc(v)}</div>`).join('')}<div><br></div><div>Cordialement,</div><div>Fatima Haddad<br>Mission Égalité et Vie associative<br>Ville de Villeurbanne</div><div><br></div><div style="font-size:7pt;color:#808080">${esc(RGPD)}</div></div></body></html>`;
  return std({ host: 'mx.mairie-villeurbanne.fr', ip: '198.51.100.26', at: 'Wed, 29 Apr 2020 11:18:45 +0200', id: 'B0C1D2E3F4', from: pr.contact.email, name: pr.contact.name, subject: 'Appel à bonnes pratiques – Villeurbanne', date: 'Wed, 29 Apr 2020 11:18:41 +0200', mid: '<zimbra.1588151921.44172@mairie-villeurbanne.fr>', extra: ['X-Mailer: Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3953)'],
    part: leaf({ type: 'text/html', cte: 'base64', body: html }) });
});

// ------------------------------------------------------------------ 021 Besançon: PDF form in two columns
add('021-besancon-pdf-deux-colonnes.eml', exp([P.besancon], { case: 'PDF form in two columns whose text stream alternates between them line by line (left: Intitulé de l\'action, Porteur(s) du projet, Structures partenaires one per line, Contact, Courriel, Téléphone "03 81 61 50 50"; right: Descriptif); SCIC + association = intercooperation' }), async () => {
  const pr = P.besancon;
  const buf = await pdfTwoColumnForm({
    left: [["Intitulé de l'action", pr.title], ['Porteur(s) du projet', pr.promoters[0]], ['Structures partenaires', pr.promoters.slice(1).join('\n')], ['Contact', `${pr.contact.name}\nChargée de mission ESS`], ['Courriel', pr.contact.email], ['Téléphone', pr.tel]],
    right: [['Descriptif', pr.expl]],
  }, { heading: 'Appel à bonnes pratiques – fiche action', letterhead: 'VILLE DE BESANÇON · Direction Économie, Emploi et ESS', title: 'Fiche action', author: 'lmarchal', creator: 'Adobe InDesign 15.0 (Macintosh)', producer: 'Adobe PDF Library 15.0' });
  return std({ host: 'smtp.besancon.fr', ip: '198.51.100.27', at: 'Wed, 29 Apr 2020 16:31:12 +0200', id: 'C1D2E3F4A5', from: pr.contact.email, name: pr.contact.name, subject: 'Fiche action – Ville de Besançon', date: 'Wed, 29 Apr 2020 16:31:08 +0200', mid: '<000f01d61e35$3c4d5e60$b4e81b20$@besancon.fr>', extra: OUTLOOK,
    part: multi('mixed', [text('Bonjour,\n\nCi-joint notre fiche action.\n\nBien cordialement,\nLucie Marchal\nVille de Besançon'), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fiche_action_Besancon.pdf' })], '----=_NextPart_000_0010_01D61E45.FFD62E60') });
});

// ------------------------------------------------------------------ 022 a newsletter
add('022-lettre-information.eml', { kind: 'other', status: 'ignored', late: false, practices: [], case: 'a monthly newsletter of a social-economy agency (List-Unsubscribe, List-Id, Precedence: bulk) describing initiatives of several towns: ignored, never a submission' }, () => {
  const t = `La lettre de l'ESS – avril 2020

À la une${NB}: les collectivités face à la crise sanitaire. Plusieurs villes ont créé des fonds d'urgence pour les associations employeuses, d'autres ont organisé des distributions alimentaires avec les épiceries solidaires.

Agenda${NB}: webinaire «${NB}Commande publique responsable${NB}» le 12 mai à 10 h.

Pour vous désinscrire, cliquez ici${NB}: https://lettre.ess-agence.example.org/desinscription`;
  return eml({
    received: [received('mta12.ess-agence.example.org', '203.0.113.40', 'Thu, 30 Apr 2020 07:02:11 +0200', 'D2E3F4A5B6', RTES)],
    headers: { returnPath: 'bounce-4471@lettre.ess-agence.example.org', deliveredTo: RTES, from: addr("La lettre de l'ESS", 'lettre@ess-agence.example.org'), to: RTES, subject: "La lettre de l'ESS – avril 2020", date: 'Thu, 30 Apr 2020 07:02:00 +0200', messageId: '<20200430070200.4471.9f8e7d@lettre.ess-agence.example.org>', extra: ['List-Id: <lettre.ess-agence.example.org>', 'List-Unsubscribe: <https://lettre.ess-agence.example.org/desinscription>', 'Precedence: bulk'] },
    part: text(t),
  });
});

// ------------------------------------------------------------------ config
const municipalities = [
  ['Grenoble', ['grenoble.fr'], true], ['Métropole Européenne de Lille', ['lillemetropole.fr'], true], ['Nantes Métropole', ['nantesmetropole.fr'], true],
  ['Communauté de communes du Thouarsais', ['thouars-communaute.fr'], true], ['Loos-en-Gohelle', ['loos-en-gohelle.fr'], true],
  ['Conseil départemental de la Gironde', ['gironde.fr'], true], ['Rennes Métropole', ['rennesmetropole.fr'], true], ['Strasbourg', ['strasbourg.eu'], true],
  ['Lyon', ['mairie-lyon.fr', 'lyon.fr'], true], ['Poitiers', ['poitiers.fr'], true], ['Correns', ['correns.fr'], true], ['Paris', ['paris.fr'], true],
  ['Bordeaux Métropole', ['bordeaux-metropole.fr'], true], ['Conseil départemental du Nord', ['lenord.fr'], true], ['Communauté de communes Cœur de Savoie', ['coeurdesavoie.fr'], true],
  ['Villeurbanne', ['mairie-villeurbanne.fr'], true], ['Besançon', ['besancon.fr'], true],
  ['Plouguerneau', ['plouguerneau.fr'], false],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Paris', from: RTES, coordinator: 'coordination@rtes.example.org', language: 'fr' };
const advisors = [
  { name: 'Mathilde Garnier', email: 'mathilde.garnier@rtes.example.org', themes: ['public-procurement', 'ecological-transition'] },
  { name: 'Thomas Morel', email: 'thomas.morel@rtes.example.org', themes: ['covid-response', 'intercooperation'] },
  { name: 'Inès Faure', email: 'ines.faure@rtes.example.org', themes: ['feminism-intersectionality', 'youth'] },
];

await writeCorpus(OUT, { name: 'french', messages, municipalities, campaign, advisors, phone: e164fr });
