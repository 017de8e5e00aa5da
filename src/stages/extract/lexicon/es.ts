// Spanish, as councils of the network also write it.
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  lang: 'es',
  functionWords: ('y con los las por para del al este esta estos estas pero tambien muy ' +
    'su sus hemos os vuestra vuestro nuestra nuestro hacemos somos ha sido eso ' +
    'solo mas cuando porque entre ningun mediante sobre durante hasta ya todavia todo toda todas todos una unos unas ' +
    'gracias saludos buenos buenas dias muchas mucho aqui perdonad adjuntamos enviamos').split(' '),
  spelling: '[áñ]|ción$|sión$',
  councilNouns: ['ayuntamiento'],
  councilPlurals: ['ayuntamientos'],
  groupCouncils: ['consejo comarcal'],
  councilAbbreviations: [],
  townNouns: ['municipio', 'ciudad'],
  placeJoins: ['de la ', 'de los ', 'de las ', 'del ', 'de '],
  departments: ['servicio', 'servicios', 'area', 'departamento', 'concejalia', 'oficina'],
  labels: {},
  orgHeads: [],
  greetings: ['buenos dias', 'buenas tardes', 'hola', 'estimados', 'estimadas'],
  closings: ['saludos', 'un saludo', 'atentamente', 'cordialmente'],
  phoneCountry: 'ES',
  nameCouncil: (place) => {
    const m = /^(El|La|Els|Les|L')\s*(.*)$/.exec(place);
    return m && m[1] === 'El' ? `Ayuntamiento del ${m[2]}` : `Ayuntamiento de ${place}`;
  },
};
