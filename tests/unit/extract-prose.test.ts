// Practices written as prose, in the many ways councils tell them: the name, the explanation over
// several paragraphs, a closing contact sentence, and a body that only announces an attachment.
import { describe, it, expect } from '@jest/globals';
import { findProseTitle, hasOwnDescription, proseContact, prosePromoters, proseSummary, proseTitle } from '../../src/stages/extract/prose.js';

describe('extract: prose practices', () => {
  it.each([
    ['Des de l\'Ajuntament hem posat en marxa «Cabàs Veïnal», amb la cooperativa X.', 'Cabàs Veïnal'],
    ['Os presentamos "Barrio Activo", una iniciativa que hemos puesto en marcha.', 'Barrio Activo'],
    ['Llevamos a cabo \'Ruta Jove\', en colaboración con el ateneo.', 'Ruta Jove'],
    ['Impulsem el servei “Àpats a Casa”, que porta un dinar calent cada dia.', 'Àpats a Casa'],
    ['La iniciativa Lloguer Just consisteix en una borsa d\'habitatge.', 'Lloguer Just'],
    ['Hemos puesto en marcha el programa Cuidamos en Red junto con dos entidades.', 'Cuidamos en Red'],
    ['Volem compartir amb la xarxa l\'Hort Comunitari del Riu, un projecte que impulsem amb l\'ateneu.', 'Hort Comunitari del Riu'],
    ['Compartimos Bici Escuela, un curso para aprender a ir en bicicleta.', 'Bici Escuela'],
    ['Des de l\'Ajuntament impulsem el Pla de Consum Responsable, amb dues cooperatives.', 'Pla de Consum Responsable'],
    ['Us presentem el projecte \'L\'Hort de Tots\', que fa anys que funciona.', "L'Hort de Tots"],
  ])('names the practice in "%s"', (text, title) => {
    expect(proseTitle(text)).toBe(title);
  });

  it('takes no council, department or quoted organisation for a name', () => {
    expect(proseTitle('Des de l\'Ajuntament de Ripoll, un municipi de muntanya, us escrivim.')).toBeNull();
    expect(proseTitle('Treballem amb la cooperativa "La Fàbrica" des de fa anys.')).toBeNull();
    expect(findProseTitle('Us reenvio el que ha preparat el Servei de Promoció.')?.strong).not.toBe(true);
  });

  it('does not open a quote at the apostrophe of an elided article', () => {
    expect(proseTitle("L'Ajuntament i l'Associació col·laboren en l'horta des de l'any passat.")).toBeNull();
  });

  it('reads the explanation over the paragraphs that describe the practice, up to the contact sentence', () => {
    const paras = [
      'Des de l\'Ajuntament hem posat en marxa «Vinya Jove» per recuperar vinyes abandonades del terme.',
      'Les parcel·les es cedeixen a joves pagesos que les treballen en ecològic.',
      'Per a més informació podeu contactar amb Joana Vilaseca Pi, al 972 00 00 00.',
      'Una altra cosa que no és de la pràctica i que no s\'ha de llegir com a explicació.',
    ];
    const s = proseSummary(paras, 'Vinya Jove');
    expect(s).toContain('Les parcel·les es cedeixen');
    expect(s).not.toContain('Joana Vilaseca');
    expect(s).not.toContain('Una altra cosa');
  });

  it('starts the explanation at "consisteix en" or "se trata de"', () => {
    expect(proseSummary(['Os presentamos «Ruta Jove». Se trata de un itinerario de seis meses para jóvenes.'], 'Ruta Jove'))
      .toBe('Se trata de un itinerario de seis meses para jóvenes.');
  });

  it('reads a contact given in the first person: the phone and address, the name left to the signature', () => {
    const c = proseContact('Qualsevol dubte, podeu trucar-me al 93 800 00 11 o escriure\'m a anna@ripoll.cat.', 'prose');
    expect(c.phone?.value).toMatch(/938000011$/);
    expect(c.email?.value).toBe('anna@ripoll.cat');
    expect(c.name).toBeUndefined();
  });

  it('reads a reference person who is not the sender from a closing sentence', () => {
    const c = proseContact('Para más información podéis contactar con Clara Ferrer Gil, educadora del proyecto, en el 690 00 00 11 o en lferrer@ripoll.cat.', 'prose');
    expect(c.name?.value).toBe('Clara Ferrer Gil');
    expect(c.email?.value).toBe('lferrer@ripoll.cat');
  });

  it('finds no description of its own in a body that only announces, promises or asks', () => {
    expect(hasOwnDescription(['Us adjuntem la fitxa del projecte «Horts Oberts», que hem impulsat amb la Cooperativa Verdor.'])).toBe(false);
    expect(hasOwnDescription(['Os haremos llegar la ficha del programa «Barrio Activo», que hemos puesto en marcha con dos entidades.'])).toBe(false);
    expect(hasOwnDescription(['Volíem saber si el projecte «Horts Oberts», que hem impulsat amb l\'Associació Sembra fa dos anys, encaixa a la crida.'])).toBe(false);
  });

  it('asks more of a body beside a document than a remark about it', () => {
    expect(hasOwnDescription(['Adjunto la ficha del proyecto.', 'El proyecto ha tenido muy buena acogida entre los vecinos y este año lo ampliaremos a otros barrios.'])).toBe(false);
    expect(hasOwnDescription(['Us enviem la pràctica (també l\'adjuntem en PDF).', 'El projecte recull l\'oliva de les finques abandonades del terme amb persones en situació d\'atur contractades per l\'Ajuntament. L\'oli es reparteix entre les famílies ateses pels serveis socials del municipi.'])).toBe(true);
  });

  it('reads promoters told as "Detrás del proyecto están A, B y C" and "fruit d\'un conveni entre A i B"', () => {
    expect(prosePromoters('Detrás del proyecto están el Ayuntamiento de Tona, la cooperativa Rodant y la Asociación de Comerciantes de Tona.', ['Tona']))
      .toEqual(['Ayuntamiento de Tona', 'Cooperativa Rodant', 'Asociación de Comerciantes de Tona']);
    expect(prosePromoters("És fruit d'un conveni signat el 2018 entre l'Ajuntament de Tona i la Cooperativa Terres del Congost.", ['Tona']))
      .toEqual(['Ajuntament de Tona', 'Cooperativa Terres del Congost']);
  });
});
