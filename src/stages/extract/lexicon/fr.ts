// French: the language of RTES, the French network of local authorities for the social and
// solidarity economy, which runs the same kind of call.
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  lang: 'fr',
  functionWords: ('et avec les des pour dans sur est sont nous vous notre nos votre vos ce cette ces qui ' +
    'une aux au du pas plus mais aussi tres leur leurs ont fait ete etait avons avez entre depuis ' +
    'chez sans sous bonjour cordialement merci madame monsieur ainsi dont elle ils').split(' '),
  spelling: '[êâîôûœëù]|tion$',
  councilNouns: ['mairie', 'ville', 'commune', 'hôtel de ville'],
  councilPlurals: ['mairies', 'villes', 'communes'],
  groupCouncils: ["communauté d'agglomération", 'communauté de communes', 'communauté urbaine', 'métropole',
    'eurométropole', 'conseil départemental', 'conseil régional', 'agglomération', 'syndicat intercommunal'],
  councilAbbreviations: [],
  townNouns: ['commune', 'ville'],
  placeJoins: ["de l'", 'de la ', 'des ', 'du ', 'de ', "d'"],
  departments: ['service', 'direction', 'pôle', 'mission', 'délégation', 'cabinet'],
  labels: {
    title: ['(nom|titre|intitule|denomination)( (de la|du|de l.|de|d.))? ?(bonne pratique|pratique|initiative|projet|action|dispositif|experience|programme)\\b', 'titre', 'intitule', 'nom du projet', 'projet', 'initiative'],
    promoters: ['(porteurs?|porteuses?|porte|portee|porte par|portee par|structures? porteuses?|(porteurs?|porteuse|pilotes?|partenaires?) (du|de la|de l.|des) (projet|action|pratique|initiative|dispositif)|partenaires?|acteurs?|organismes? porteurs?|qui porte\\b.*|qui pilote\\b.*|pilote par|pilotage|co ?porteurs?|structures? impliquees?|acteurs? impliques?|partenaires? (associes|impliques))'],
    summary: ['(breve |courte )?(description|presentation|resume|synthese|descriptif)\\b.*', 'en quoi consiste.*', 'de quoi s.agit il', 'objet', 'en (quelques mots|bref|resume)', 'principe\\b.*', 'contenu', '(le projet|l.action|la pratique|l.initiative|le dispositif)( en (bref|quelques mots|resume))?'],
    summaryAlt: ['objectifs?\\b.*', 'finalite'],
    name: ['(nom|nom et prenom|prenom et nom|nom prenom|prenom nom|nom complet)( (du|de la) (contact|referent|referente|personne referente|responsable))?'],
    surname: ['prenom'],
    contact: ['(personne |interlocuteur |interlocutrice )?(a )?contacter', 'contact\\b.*', 'referent\\b.*', 'referente\\b.*', 'personne referente', 'interlocut\\w*', 'coordonnees.*', 'pour (en savoir plus|plus d.informations?)'],
    role: ['(fonction|poste|qualite|service)( du contact| de la personne)?'],
    email: ['(courriel|adresse (electronique|mail|courriel|e ?mail)|mel|e ?mail)\\b.*'],
    phone: ['(telephone|tel|tel fixe|tel portable|portable|mobile|ligne directe|numero de telephone)\\b.*'],
    council: ['(collectivite|commune|ville|mairie|intercommunalite|epci|territoire|structure)( (porteuse|qui presente|candidate))?'],
  },
  orgHeads: ['association', 'coopérative', 'scic', 'scop', 'fondation', 'fédération', 'collectif', 'régie de quartier',
    'régie', 'entreprise', 'centre social', 'maison', 'mission locale', 'réseau', 'syndicat', 'chambre', 'pôle', 'groupement',
    'atelier', 'ateliers', 'épicerie', 'ressourcerie', 'recyclerie', 'conseil', 'office', 'agence', 'établissement', 'incubateur', 'tiers-lieu'],
  greetings: ['bonjour', 'madame', 'monsieur', 'madame monsieur', 'cher', 'chere', 'chers', 'cheres', 'bonsoir'],
  closings: ['cordialement', 'bien cordialement', 'bien a vous', 'salutations', 'sinceres salutations', 'meilleures salutations'],
  phoneCountry: 'FR',
  // "Ville de Lyon", "Ville du Havre", "Ville d'Angers": how French towns name themselves as promoters.
  nameCouncil: (place) => {
    const m = /^(Le|La|Les|L')\s*(.*)$/.exec(place);
    if (m) {
      const joined: Record<string, string> = { Le: 'du ', La: 'de La ', Les: 'des ', "L'": "de L'" };
      return `Ville ${joined[m[1] ?? ''] ?? 'de '}${m[2]}`;
    }
    return /^[aeiouâéèêîôuyhAEIOUÂÉÈÊÎÔUYH]/.test(place) ? `Ville d'${place}` : `Ville de ${place}`;
  },
};
