import { detectPii } from '../../src/agents/safety/pii/detectPii';
import {
  isValidDni,
  isValidGermanTaxId,
  isValidNir,
  isValidSsn,
} from '../../src/agents/safety/pii/nationalIds';
import { passesLuhn } from '../../src/agents/safety/pii/cards';
import { PiiAllowListMatcher } from '../../src/agents/safety/pii/piiAllowList';
import { redact } from '../../src/agents/safety/pii/piiMatch';
import { DEFAULT_SAFETY_POLICY } from '../../src/agents/safety/policy/safetyPolicy';
import { normalizeText } from '../../src/text/normalizeText';

const brand = new PiiAllowListMatcher(DEFAULT_SAFETY_POLICY.pii.allow);

function kinds(text: string): string[] {
  return detectPii(normalizeText(text).clean, brand).map((match) => match.kind);
}

describe('PII: personal data that must go to review', () => {
  it.each([
    ['Contact me at jane.doe@gmail.com', 'email'],
    ['JANE.DOE+promo@Example.co.uk please', 'email'],
    ['Write to john [at] example [dot] com', 'email'],
    ['escríbeme: ana(arroba)telefonica(punto)es', 'email'],
    ['maria dot lopez at gmail dot com', 'email'],
    ['maria at gmail dot com', 'email'],
    ['Call me at 555-123-4567.', 'phone'],
    ['Call Mike on (415) 555-2671', 'phone'],
    ['Reach me on +44 20 7946 0958.', 'phone'],
    ['His number is 07700 900123.', 'phone'],
    ['Llámame al +34 612 345 678', 'phone'],
    ['Appelez-moi au 06 12 34 56 78.', 'phone'],
    ['Ruf mich an: 0151 23456789.', 'phone'],
    ['Mein Handy: +49 171 2345678.', 'phone'],
    ['call 5551234567 now', 'phone'],
    ['Card number 4111 1111 1111 1111, exp 12/27.', 'card'],
    ['My card is 4242-4242-4242-4242.', 'card'],
    ['His Amex is 3782 822463 10005.', 'card'],
    ['Carte bancaire 4970 1012 3456 7899', 'card'],
    ['Bitte auf DE89 3704 0044 0532 0130 00 überweisen', 'iban'],
    ['IBAN GB82 WEST 1234 5698 7654 32', 'iban'],
    ['IBAN: ES91 2100 0418 4502 0005 1332', 'iban'],
    ['IBAN FR14 2004 1010 0505 0001 3M02 606', 'iban'],
    ['iban de89370400440532013000', 'iban'],
    ['Her SSN is 123-45-6789.', 'national_id'],
    ['SSN: 078-05-1120', 'national_id'],
    ['social security number 219099999', 'national_id'],
    ['NI number QQ123456C', 'national_id'],
    ['My National Insurance number is AB 12 34 56 C.', 'national_id'],
    ['Mi DNI es 12345678Z', 'national_id'],
    ['Mi NIE es X1234567L.', 'national_id'],
    ['Mon NIR : 2 55 08 14 168 025 38', 'national_id'],
    ['numéro de sécurité sociale 1 85 05 78 006 084 36', 'national_id'],
    ['Meine Steuer-ID ist 86095742719.', 'national_id'],
    ['DOB 04/12/1988', 'date_of_birth'],
    ['born on 3 May 1990', 'date_of_birth'],
    ['Geburtsdatum: 01.02.1980', 'date_of_birth'],
    ["Driver's license D1234-56789-01234", 'id_document'],
    ['Passport no. 533380006', 'id_document'],
    ['Deliver to 221 Baker Street, London.', 'address'],
    ['Ship it to 1600 Pennsylvania Avenue.', 'address'],
    ['Die Lieferung geht an Hauptstraße 12, Berlin.', 'address'],
    ['Ich wohne in der Goethestraße 7.', 'address'],
    ['Mon adresse : 12 rue de la Paix, Paris.', 'address'],
    ['Vivo en Calle Mayor 15, Madrid.', 'address'],
    ['PO Box 1234', 'address'],
  ])('%j → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('PII: not personal data', () => {
  it.each([
    'Hi Maria, your order is ready.',
    'Hey {{firstName}}, we saved it for you. {{email}} {{phone}}',
    'Your card ending 4821 was charged $59.90.',
    'Payment from card ending in 1234.',
    'Your order #4839201 has shipped.',
    'Order 1002938475 is on its way.',
    'Ihre Bestellnummer 4471920038 ist unterwegs.',
    'Ihre Bestellung Nr. 778812345 wurde versandt.',
    'Tu pedido 55120934 ya está en camino.',
    'Votre commande n° 99812 est prête.',
    'Tracking number 1Z999AA10123456784.',
    'Sendungsnummer 00340434161234567890',
    'Booking reference BK-20391-XQ.',
    'Use code SPRING25 at checkout.',
    'Text JOIN to 78787 for deals.',
    'Reply STOP to 40404.',
    'Price: $1,299.00 or 12 payments of $108.25.',
    'Prix : 1 299,99 € seulement',
    'Sale ends 2025-12-31 at 23:59.',
    'Valid 01/02/2026 - 28/02/2026.',
    'Open 10:00-18:00 every day.',
    'Item SKU CT-2291-BLK.',
    'Call Contoso Outfitters at +1 800 555 0199.',
    'Call us at 1-800-555-0199 or (800) 555-0199.',
    'Email support@contoso-outfitters.example for returns.',
    'Write to press@news.contoso-outfitters.example',
    'Visit us at 1 Contoso Way, Redmond.',
    'Top 10 Street Styles this season.',
    'Get 2 For The Road this weekend.',
    'Our 24/7 support team is here.',
    'We ship to all 50 states.',
    'Loyalty number 7845 1290 3371 earns double points.',
  ])('%j', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('PII checksums', () => {
  it('validates Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it('validates SSN ranges', () => {
    expect(isValidSsn('123', '45', '6789')).toBe(true);
    expect(isValidSsn('000', '45', '6789')).toBe(false);
    expect(isValidSsn('666', '45', '6789')).toBe(false);
    expect(isValidSsn('912', '45', '6789')).toBe(false);
    expect(isValidSsn('123', '00', '6789')).toBe(false);
  });

  it('validates DNI letters, NIR keys and German tax ids', () => {
    expect(isValidDni('12345678', 'Z')).toBe(true);
    expect(isValidDni('12345678', 'A')).toBe(false);
    expect(isValidNir('2550814168025', '38')).toBe(true);
    expect(isValidNir('2550814168025', '39')).toBe(false);
    expect(isValidNir('1852A12345678', String(97 - Number(BigInt('1851912345678') % 97n)))).toBe(true);
    expect(isValidGermanTaxId('86095742719')).toBe(true);
    expect(isValidGermanTaxId('86095742718')).toBe(false);
    expect(isValidGermanTaxId('01234567890')).toBe(false);
  });

  it('ignores unlabelled numbers that fail their checksum', () => {
    expect(kinds('Reference 4111 1111 1111 1112')).toEqual([]);
    expect(kinds('code 12345678A')).toEqual([]);
    expect(kinds('Ref FR35 3000 3018 7200 0204 6173 154 on your invoice')).toEqual([]);
    expect(kinds('Ihr Kundenkonto FR35 3000 3018 7200 0204 6173 154')).toEqual([]);
  });

  it('flags an IBAN with a wrong checksum when the text says it is bank details', () => {
    expect(kinds('Pour le remboursement, voici mon IBAN : FR35 3000 3018 7200 0204 6173 154.')).toEqual([
      'iban',
    ]);
    expect(kinds('Mi número de cuenta: ES00 2100 0418 4502 0005 1332')).toEqual(['iban']);
    expect(kinds('Bankverbindung DE00 3704 0044 0532 0130 00')).toEqual(['iban']);
  });
});

describe('PII redaction', () => {
  it('never repeats the full value in a finding', () => {
    const [email] = detectPii('mail jane.doe@gmail.com');
    const [phone] = detectPii('call 555-123-4567');
    const [card] = detectPii('card 4111 1111 1111 1111');
    expect(email && redact(email)).toBe('email address (j•••@gmail.com)');
    expect(phone && redact(phone)).toBe('phone number (••••••••67)');
    expect(card && redact(card)).not.toContain('4111');
  });
});
