import { describe, expect, it } from '@jest/globals';
import { htmlToText } from '../../src/stages/parse/html-to-text.js';

describe('HTML to text', () => {
  it('puts paragraphs, headings and line breaks on their own lines, paragraphs apart', () => {
    const html = '<h2>Bona pràctica</h2><p>Bon dia,<br>us enviem la fitxa.</p><p>Salutacions</p>';
    expect(htmlToText(html)).toBe('Bona pràctica\n\nBon dia,\nus enviem la fitxa.\n\nSalutacions');
  });

  it('decodes entities and drops head, style and script', () => {
    const html = '<html><head><title>Fitxa</title><style>p{color:red}</style></head>'
      + '<body><script>alert(1)</script><p>Cl&agrave;usules &amp; contractes&nbsp;&#8212; l&#183;l</p></body></html>';
    expect(htmlToText(html)).toBe('Clàusules & contractes — l·l');
  });

  it('gives the text of a mailto link, and its address when the link has no text', () => {
    const html = '<p>Correu electrònic: <a href="mailto:acomas@ripollet.cat">acomas@ripollet.cat</a></p>'
      + '<p>Escriviu-nos: <a href="mailto:info%40montornes.cat?subject=Hola"><img src="cid:logo"></a></p>';
    expect(htmlToText(html)).toBe('Correu electrònic: acomas@ripollet.cat\n\nEscriviu-nos: info@montornes.cat');
  });

  it('keeps Gmail-style div lines together and a blank div as one blank line', () => {
    const html = '<div dir="ltr"><div>Títol: Taller de bicicletes</div><div>Organitzacions promotores: Ajuntament</div>'
      + '<div><br></div><div><br></div><div>Salut,</div><div>Bernat<br></div></div>';
    expect(htmlToText(html)).toBe('Títol: Taller de bicicletes\nOrganitzacions promotores: Ajuntament\n\nSalut,\nBernat');
  });

  it("reads Outlook's MsoNormal paragraphs as lines, not paragraphs", () => {
    const html = '<p class="MsoNormal">Títol: Banc de llavors</p><p class="MsoNormal">Telèfon: 93 555 18 40</p>'
      + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Clara</p>';
    expect(htmlToText(html)).toBe('Títol: Banc de llavors\nTelèfon: 93 555 18 40\n\nClara');
  });

  it('writes list items as dash lines', () => {
    expect(htmlToText('<p>Promotores:</p><ul><li><p>Ajuntament de Cabrils</p></li><li>Cooperativa Sembra</li></ul>'))
      .toBe('Promotores:\n\n- Ajuntament de Cabrils\n- Cooperativa Sembra');
  });

  it('collapses runs of blank lines and of spaces', () => {
    expect(htmlToText('<p>a   b</p><p></p><p>&nbsp;</p><br><br><br><p>c</p>')).toBe('a b\n\nc');
  });

  it('survives HTML nested far deeper than any mail, keeping its text', () => {
    const html = `${'<div>'.repeat(100_000)}profund${'</div>'.repeat(100_000)}<p>final</p>`;
    expect(htmlToText(html)).toBe('profund\n\nfinal');
  });
});

describe('HTML tables', () => {
  it('reads a two-column form table as "Label: value" lines, with a blank line around the table', () => {
    const html = '<p>Hola,</p><table>'
      + '<tr><td><b>Títol</b></td><td>Obrador compartit</td></tr>'
      + '<tr><td><b>Telèfon:</b></td><td>93 555 31 20</td></tr>'
      + '</table><p>Salutacions</p>';
    expect(htmlToText(html)).toBe('Hola,\n\nTítol: Obrador compartit\nTelèfon: 93 555 31 20\n\nSalutacions');
  });

  it('keeps the lines of a multi-line value cell, and starts a cell of inner labels on its own line', () => {
    const html = '<table>'
      + '<tr><td>Organitzacions promotores</td><td>Ajuntament de Ripollet<br>Cooperativa Fogons Oberts</td></tr>'
      + '<tr><td>Contacte</td><td><p>Nom: Aina Comas Ribera</p><p>Correu electrònic: acomas@ripollet.cat</p></td></tr>'
      + '</table>';
    expect(htmlToText(html).split('\n')).toEqual([
      'Organitzacions promotores: Ajuntament de Ripollet',
      'Cooperativa Fogons Oberts',
      'Contacte:',
      'Nom: Aina Comas Ribera',
      'Correu electrònic: acomas@ripollet.cat',
    ]);
  });

  it('reads a table with a th header row as one "Header: cell" block per practice', () => {
    const html = '<table><thead><tr><th>Títol</th><th>Promotores</th><th>Contacte</th></tr></thead><tbody>'
      + '<tr><td>Banc de llavors</td><td>Ajuntament, Cooperativa Terra de Ceps</td><td>Clara Fuster Nin</td></tr>'
      + '<tr><td>Espai de cotreball</td><td>Ajuntament</td><td>Pau Garriga Serra</td></tr>'
      + '</tbody></table>';
    expect(htmlToText(html)).toBe([
      'Títol: Banc de llavors', 'Promotores: Ajuntament, Cooperativa Terra de Ceps', 'Contacte: Clara Fuster Nin',
      '',
      'Títol: Espai de cotreball', 'Promotores: Ajuntament', 'Contacte: Pau Garriga Serra',
    ].join('\n'));
  });

  it('takes a first row of bold cells as the header of a two-column table', () => {
    const html = '<table><tr><td><strong>Títol</strong></td><td><strong>Municipi</strong></td></tr>'
      + '<tr><td>Botiga gratuïta</td><td>Sant Quirze del Vallès</td></tr></table>';
    expect(htmlToText(html)).toBe('Títol: Botiga gratuïta\nMunicipi: Sant Quirze del Vallès');
  });

  it('takes the first row of a table with more than two columns as its header even without markup', () => {
    const html = '<table><tr><td>Indicador</td><td>2019</td><td>2020</td></tr><tr><td>Persones</td><td>35</td><td></td></tr></table>';
    expect(htmlToText(html)).toBe('Indicador: Persones\n2019: 35');
  });

  it('reads a form with an empty spacer column as "Label: value", and an empty value as "Label:"', () => {
    const html = '<table><tr><td>Títol</td><td></td><td>Banc de llavors</td></tr><tr><td>Telèfon</td><td></td><td></td></tr></table>';
    expect(htmlToText(html)).toBe('Títol: Banc de llavors\nTelèfon:');
    expect(htmlToText('<table><tr><td>Telèfon</td><td> </td></tr></table>')).toBe('Telèfon:');
  });

  it('does not read a layout table as labels: one-cell rows and long first cells stay blocks', () => {
    const long = 'Us fem arribar la proposta de bona pràctica del nostre ajuntament per al recull de la xarxa.';
    const html = `<table><tr><td><img src="cid:logo"></td></tr><tr><td>${long}</td><td>Barberà del Vallès</td></tr></table>`;
    expect(htmlToText(html)).toBe(`${long}\n\nBarberà del Vallès`);
  });

  it('linearises a table nested in a layout cell', () => {
    const html = '<table><tr><td><p>Fitxa</p><table><tr><td>Títol</td><td>Huerto comunitario</td></tr></table></td></tr></table>';
    expect(htmlToText(html)).toBe('Fitxa\n\nTítol: Huerto comunitario');
  });
});
