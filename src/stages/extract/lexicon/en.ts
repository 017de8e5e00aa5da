// English: the labels of the English templates some councils use, and the language of forwarded
// lists and manuals (which are not a council's practice).
import type { Lexicon } from './types.js';

export const en: Lexicon = {
  lang: 'en',
  functionWords: 'the and of to is that with for this are was have not you it be we on as but from by or an which would there their what'.split(' '),
  councilNouns: ['city council', 'town council', 'borough council', 'municipality'],
  councilPlurals: ['councils', 'municipalities'],
  groupCouncils: ['county council', 'district council'],
  councilAbbreviations: [],
  townNouns: ['city', 'town'],
  placeJoins: ['of the ', 'of '],
  departments: ['department', 'office', 'service'],
  labels: {
    title: ['(name|title) of the (practice|project|initiative|programme|program)', 'project (name|title)', 'practice (name|title)', 'initiative'],
    promoters: ['(promoted|led|run|organi[sz]ed) by', 'promoters?', 'partners?', 'lead organi[sz]ations?', 'organi[sz]ations involved', 'who (runs|leads|promotes) it'],
    summary: ['(short |brief )?(summary|description|overview)\\b.*', 'what is it( about)?', 'how (does it|it) works?'],
    summaryAlt: ['(aims?|objectives?|goals?)\\b.*'],
    name: ['(full )?name( of the contact( person)?)?', 'contact name'],
    surname: ['surname', 'last name', 'family name'],
    contact: ['contact( person| details)?\\b.*', 'for (more|further) information'],
    role: ['(job )?(title|role|position)( of the contact)?', 'job title'],
    email: ['e ?mail( address)?'],
    phone: ['(tel|telephone|phone|mobile)( number)?', 'direct line'],
    council: ['(council|municipality|local authority)( submitting)?'],
  },
  orgHeads: ['association', 'cooperative', 'foundation', 'charity', 'trust', 'network'],
  greetings: ['dear', 'hello', 'hi', 'good morning'],
  closings: ['best regards', 'kind regards', 'regards', 'yours sincerely', 'best wishes'],
  phoneCountry: 'GB',
  nameCouncil: (place) => `${place} Council`,
};
