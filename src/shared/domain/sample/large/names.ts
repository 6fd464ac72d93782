import type { Rng } from '../random'

export const largeEmailDomain = 'kestrelcoffee.example'

const givenNames = (
  'Aoife Ciara Niamh Saoirse Róisín Orla Siobhán Clodagh Sinéad Aisling Caoimhe Emer Gráinne Maeve ' +
  'Laura Emma Sarah Rachel Katie Amy Chloe Hannah Megan Lucy Grace Sophie Ella Jessica Rebecca ' +
  'Seán Cian Oisín Darragh Eoin Conor Ciarán Cathal Donal Fionn Tadhg Rory Liam Jack Adam Dylan ' +
  'Ben Luke Mark David Paul Kevin Brian Gary Shane Niall Colm Ronan Declan Kieran Aidan ' +
  'Katarzyna Marta Agnieszka Piotr Tomasz Mateusz Andrei Ioana Vytautas Rūta Jānis Lucía Javier ' +
  'Ana Rafael Bruno Giulia Marco Chiara Priya Arjun Nikhil Aisha Fatima Mohammed Omar Tolu Chidi ' +
  'Kemi Mei Wei Hana Kenji Yuki Lena Jonas Anke Pierre Camille Inês Tiago Olga Dmytro'
).split(' ')

const familyNames = (
  'Murphy Kelly Walsh Byrne Ryan OBrien Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn ' +
  'Moore McLoughlin Carroll Connolly Daly Connell Dunne Brennan Burke Collins Campbell Clarke ' +
  'Johnston Hughes Farrell Fitzgerald Brown Martin Maguire Nolan Flynn Thompson Callaghan Duffy ' +
  'Mahony Buckley Hayes Cronin Sheehan Crowley Fleming Healy Keane Power Foley Barry Hogan Egan ' +
  'Nowak Kowalski Wiśniewska Zieliński Popescu Ionescu Kazlauskas Bērziņš García Fernández Silva ' +
  'Santos Rossi Romano Sharma Patel Gupta Khan Hussain Adeyemi Okafor Nwosu Chen Wang Li Tanaka ' +
  'Suzuki Tesfaye Schmidt Müller Dubois Moreau Costa Pereira Kovalenko Shevchenko Novak'
).split(' ')

const prettyFamily: Record<string, string> = {
  OBrien: "O'Brien",
  Connell: "O'Connell",
  Mahony: "O'Mahony",
  Callaghan: "O'Callaghan",
}

/** Hands out first and last names, never the same full name twice. */
export class NameBook {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Rng) {}

  next(): { givenName: string; familyName: string } {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const givenName = this.rng.pick(givenNames)
      const raw = this.rng.pick(familyNames)
      const familyName = prettyFamily[raw] ?? raw
      const key = `${givenName} ${familyName}`
      if (this.used.has(key)) continue
      this.used.add(key)
      return { givenName, familyName }
    }
    throw new Error('Ran out of sample names')
  }
}

const plain: Record<string, string> = Object.fromEntries(
  [...'áàâäãéèêëíìîïóòôöõúùûüñńçłśźżćęūņšāē'].map((char, i) => [
    char,
    'aaaaaeeeeiiiiooooouuuunnclszzceunsae'[i] ?? '',
  ]),
)

export function toLargeEmail(givenName: string, familyName: string, number: number): string {
  const clean = (part: string): string =>
    part
      .toLowerCase()
      .replace(/./gu, (char) => plain[char] ?? char)
      .replace(/[^a-z]/g, '')
  // Names repeat across five years of hiring: later joiners with a taken address get a number.
  return `${clean(givenName)}.${clean(familyName)}${number > 0 ? number : ''}@${largeEmailDomain}`
}
