// Lines that are not the practice's content: greetings, closing formulas, legal disclaimers,
// "sent from my phone", page markers of PDF text. Kept apart so that signature and prose reading
// share one definition of what a council's mail wraps around its content.
import { fold, wordCount } from './text.js';

const GREETING = /^(bon dia|bona tarda|bon vespre|bona nit|hola|holaa|benvolgu[dt]\w*|estimat\w*|companys|companyes|companeros|companeras|estimad[oa]s?\w*|apreciad[oa]s?\w*|buenos dias|buenas tardes|buenas|querid[oa]s?|salutacions|saludos|dear|hello)\b/;

/** "Bon dia,", "Hola Marta,", "Benvolgudes:", "Estimados/as:": a salutation line at the top. */
export function isGreeting(line: string): boolean {
  const f = fold(line);
  return GREETING.test(f) && wordCount(f) <= 6 && /[,:!]?\s*$/.test(line) && !/[.]\s*\S/.test(line);
}

const CLOSING = /^(salutacions|salut|cordialment|ben cordialment|molt cordialment|atentament|ben atentament|una abracada|abracades|molts records|moltes gracies|mil gracies|gracies|merci|fins aviat|fins ara|quedem a|quedo a|restem a|resto a|un salut|una salutacio|salud|saludos|un saludo|un cordial|una cordial|cordials salutacions|cordiales saludos|reciban un|rebeu una|rebi una|reciba un|recibid un|atentamente|cordialmente|muchas gracias|mil gracias|gracias|un abrazo|abrazos|quedamos a|quedo a|best regards|kind regards|regards|thanks|thank you|best)\b/;

/** "Salutacions cordials,", "Gràcies i salut!", "Un saludo,": the line before a signature. */
export function isClosing(line: string): boolean {
  const f = fold(line);
  if (!CLOSING.test(f)) return false;
  // A closing is short; "Gràcies per la crida, us enviem…" is a sentence of content.
  return wordCount(f) <= 8 && !/\b(us|os) (enviem|envio|adjunt|fem arribar|hacemos llegar|enviamos)/.test(f);
}

const COURTESY = /^(per a |per |para )?(qualsevol|cualquier) (dubte|duda|aclariment|aclaracion|consulta|cosa|pregunta)|^(quedem|quedo|restem|resto|quedamos|quedo) (a la|a vostra|a vuestra|a la vostra|a su|a tu|a disposicio|a disposicion)|^no (dubteu|dudeis|dudes|dubtis|dude)|^(espero|esperem|esperamos) que (us|os|sigui|sea)|^moltes gracies per|^muchas gracias por|^gracies per|^gracias por/;

/** "Per a qualsevol dubte…", "Quedem a la vostra disposició…": courtesy that ends content. */
export function isCourtesy(line: string): boolean {
  return COURTESY.test(fold(line));
}

const DISCLAIMER = /(abans d'imprimir|antes de imprimir|before printing|please consider the environment|aquest (missatge|correu)[^.]{0,80}(confidencial|destinatari)|este (mensaje|correo)[^.]{0,80}(confidencial|destinatario)|this (e-?mail|message)[^.]{0,80}confidential|avis legal|aviso legal|clausula de confidencialitat|clausula de confidencialidad|proteccio de dades|proteccion de datos|politica de privacitat|politica de privacidad|reglament general de proteccio|reglamento general de proteccion|rgpd|lopd|donar-se de baixa|darse de baja|unsubscribe|si no (voleu|desitgeu|quereis|desea) rebre|informacio continguda en aquest|la informacion contenida en este)/;

export function isDisclaimer(line: string): boolean {
  return DISCLAIMER.test(fold(line));
}

const DEVICE = /^(enviat|enviado|sent|envoye) (des de|desde|from|de) (el meu|mi|my|mon) |^(get|obtener|obtingueu) outlook|^enviat amb|^enviado con/;

/** "Enviat des del meu iPhone", "Get Outlook for Android". */
export function isDeviceLine(line: string): boolean {
  return DEVICE.test(fold(line));
}

/** pdf-parse page separators and running footers ("-- 1 of 2 --", "pàg. 1/3", "Pàgina 2 de 4"). */
export function isPageMarker(line: string): boolean {
  const f = fold(line);
  return /^-- ?\d+ of \d+ ?--$/.test(f) || /\b(pag|pagina|page)\.? ?\d+ ?(\/|de|of) ?\d+\s*$/.test(f) || /^\d+ ?\/ ?\d+$/.test(f);
}

/** "--" or "-- " alone: the conventional signature delimiter (RFC 3676 §4.3) and its variants. */
export function isSignatureDelimiter(line: string): boolean {
  return /^\s*--\s*$/.test(line);
}

/** Lines dropped everywhere before any reading. */
export function isAlwaysNoise(line: string): boolean {
  return isPageMarker(line) || isDeviceLine(line) || isDisclaimer(line);
}
