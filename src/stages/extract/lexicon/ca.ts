// Catalan: the call's own language.
import type { Lexicon } from './types.js';

export const ca: Lexicon = {
  lang: 'ca',
  functionWords: ('i amb els les per dels als del aquest aquesta aquests aquestes pero tambe molt ' +
    'seva seu seus seves hem han us vostra vostre nostra nostre fem som ha estat aixo ' +
    'nomes mes quan perque entre cap mitjancant sobre durant fins ja encara tot tota totes tots una uns unes ' +
    'gracies salutacions bon bona dia moltes aquí aqui perdoneu adjuntem enviem').split(' '),
  spelling: '[àèòç]|l·l|ció$|sió$',
  councilNouns: ['ajuntament'],
  councilPlurals: ['ajuntaments'],
  groupCouncils: ['consell comarcal'],
  councilAbbreviations: ['aj.', 'ajunt.'],
  townNouns: ['municipi', 'ciutat', 'vila', 'consistori'],
  placeJoins: ["de l'", 'de la ', 'de les ', 'dels ', 'del ', 'de ', "d'"],
  departments: ['servei', 'serveis', 'area', 'departament', 'regidoria', 'oficina'],
  labels: {},
  orgHeads: [],
  greetings: ['bon dia', 'bona tarda', 'hola', 'benvolguts', 'benvolgudes', 'estimats', 'estimades'],
  closings: ['salutacions', 'cordialment', 'atentament', 'una abracada'],
  phoneCountry: 'ES',
  // With Catalan contractions: "Ajuntament del Masnou", "d'Olot".
  nameCouncil: (place) => {
    const m = /^(El|La|Els|Les|L')\s*(.*)$/.exec(place);
    if (m) {
      const joined: Record<string, string> = { El: 'del ', La: 'de la ', Els: 'dels ', Les: 'de les ', "L'": "de l'" };
      return `Ajuntament ${joined[m[1] ?? ''] ?? 'de '}${m[2]}`;
    }
    return /^[aeiouàèéíòóúhAEIOUÀÈÉÍÒÓÚH]/.test(place) ? `Ajuntament d'${place}` : `Ajuntament de ${place}`;
  },
};
