/**
 * Names of the demo school's students and families, by the regions a Kupang school draws
 * from. Most of Kupang is Timorese (Dawan, Helong), Rotenese, Sabunese or from Flores, with
 * Javanese, Bugis, Balinese, Batak, Minang, Sundanese and Chinese-Indonesian families too.
 * Every combination is invented; a resemblance to a real person is chance.
 */
import type { Gender } from '../../../src/core/schema/records';
import type { Rng } from './random';

/** A list written as prose, so the tables stay short: 'Yohanes, Yakobus' → ['Yohanes', 'Yakobus']. */
function names(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** family: given name(s) + family name (marga, fam); personal: one or two personal names; bali: I/Ni + birth order + name. */
export type NameKind = 'family' | 'personal' | 'bali';

export interface Region {
  key: string;
  share: number;
  kind: NameKind;
  /** What the Students sheet's languages column says; null leaves it blank. */
  languages: readonly (string | null)[];
  boys: readonly string[];
  girls: readonly string[];
  /** Second personal names (personal kind), or family names (family kind). */
  second: readonly string[];
  secondGirls?: readonly string[];
  /** The parents' generation, when their names differ from the children's. */
  men?: readonly string[];
  women?: readonly string[];
}

const NTT_BOYS = names(`
  Yohanes, Yakobus, Markus, Matias, Yosef, Petrus, Paulus, Agustinus, Kristofel, Yeremias, Dominggus,
  Marthen, Obed, Semuel, Elias, Ronaldo, Jefri, Rivaldo, Gilbert, Juan, Frengki, Deni, Rio, Yunus,
  Imanuel
`);
const NTT_GIRLS = names(`
  Maria, Yuliana, Ester, Debora, Agustina, Kristina, Margaretha, Yohana, Selfina, Imelda, Anjelina,
  Ferderika, Novita, Oktaviani, Grace, Cindy, Marlin, Delfiana, Ribka, Sarlota, Yuni, Meliana
`);
const NTT_MEN = names(`
  Yohanis, Yakob, Markus, Petrus, Simon, Daniel, Lukas, Nikolas, Zakarias, Abraham, Ferdinan, Herman,
  Yosias, Melkianus, Alfons
`);
const NTT_WOMEN = names(`
  Maria, Yuliana, Martha, Ester, Ruth, Naomi, Agustina, Yakoba, Orpa, Welmina, Sofia, Rosalina,
  Dorkas, Mariana
`);

export const REGIONS: readonly Region[] = [
  {
    key: 'timor',
    share: 30,
    kind: 'family',
    languages: ['Indonesia, Dawan', 'Indonesia, Dawan', 'Indonesia, Kupang', 'Indonesia, Helong', null],
    boys: NTT_BOYS,
    girls: NTT_GIRLS,
    second: names(`
      Manafe, Tefa, Bana, Tanesib, Nomleni, Benu, Sanam, Taneo, Kase, Boimau, Faot, Pah, Selan, Nenoliu,
      Lakapu, Neonane, Tnunay, Atok, Oematan, Kolo, Nitbani, Bessie, Sae, Nuban
    `),
    men: NTT_MEN,
    women: NTT_WOMEN,
  },
  {
    key: 'rote',
    share: 10,
    kind: 'family',
    languages: ['Indonesia, Rote', 'Indonesia, Kupang', null],
    boys: NTT_BOYS,
    girls: NTT_GIRLS,
    second: names(`
      Ndoen, Ndun, Messakh, Fanggidae, Adoe, Mooy, Lenggu, Henukh, Pello, Manu, Haning, Ndolu, Zacharias,
      Tallo, Mesah
    `),
    men: NTT_MEN,
    women: NTT_WOMEN,
  },
  {
    key: 'sabu',
    share: 5,
    kind: 'family',
    languages: ['Indonesia, Sabu', 'Indonesia, Kupang', null],
    boys: NTT_BOYS,
    girls: NTT_GIRLS,
    second: ['Rohi', 'Hege', 'Bire', 'Lobo', 'Kana', 'Djami', 'Luji', 'Riwu', 'Dimu', 'Huma', 'Lado'],
    men: NTT_MEN,
    women: NTT_WOMEN,
  },
  {
    key: 'flores',
    share: 12,
    kind: 'family',
    languages: ['Indonesia, Manggarai', 'Indonesia, Sikka', 'Indonesia, Lamaholot', 'Indonesia, Ende', null],
    boys: names(`
      Aloysius, Fransiskus, Yosef, Benediktus, Kornelius, Hironimus, Stefanus, Florianus, Yoakim,
      Arnoldus, Klemens, Rikardus, Valentino
    `),
    girls: names(`
      Maria, Theresia, Yasinta, Veronika, Skolastika, Emerensiana, Fransiska, Agnes, Katarina, Elisabeth,
      Klara, Bernadeta, Maria Goreti
    `),
    second: names(`
      Jehaut, Nggadas, Dhae, Wangge, Bhoko, da Costa, Parera, Fernandez, da Silva, Lewar, Making, Kelen,
      Hayon, Lamak, Sogen, Moa, Rangga
    `),
  },
  {
    key: 'jawa',
    share: 10,
    kind: 'personal',
    languages: ['Indonesia, Jawa', 'Indonesia, Jawa', null],
    boys: names(`
      Budi, Agus, Dwi, Eko, Wahyu, Rizky, Bayu, Aditya, Fajar, Yoga, Galih, Dimas, Bagus, Satria, Joko
    `),
    girls: names(`Sri, Dewi, Siti, Rina, Nur'aini, Putri, Ayu, Wulan, Indah, Nanda, Anisa, Tri`),
    second: names(`
      Santoso, Setiawan, Prasetyo, Nugroho, Saputra, Wibowo, Pratama, Kurniawan, Hidayat, Firmansyah
    `),
    secondGirls: names(`
      Lestari, Rahayu, Wahyuni, Handayani, Safitri, Kusumawati, Puspitasari, Maharani, Anggraini,
      Nurhayati
    `),
    men: names(`
      Sutrisno, Slamet Riyadi, Suparno, Ma'ruf, Wagiman, Bambang Sutejo, Heru Purnomo, Syafi'i, Sugeng,
      Joko Susilo, Mulyadi, Teguh Wibisono, Edi Santoso, Purwanto
    `),
    women: names(`
      Suparmi, Sumarni, Sri Mulyani, Tutik, Mu'awanah, Endang Susilowati, Wartini, Sri Rejeki, Siti
      Khotimah, Yuli Astuti, Ngatini, Rukmini
    `),
  },
  {
    key: 'sunda',
    share: 3,
    kind: 'personal',
    languages: ['Indonesia, Sunda', null],
    boys: ['Asep', 'Dede', 'Ujang', 'Cecep', 'Yayan', 'Dadan', 'Rizal'],
    girls: ['Euis', 'Neng', 'Rini', 'Siti', 'Yeni', 'Ai', 'Lilis'],
    second: ['Saepudin', 'Sopandi', 'Kurniawan', 'Hidayat', 'Suryana', 'Ramdani'],
    secondGirls: ['Komariah', 'Nurjanah', 'Rohmawati', 'Sukmawati', 'Fitriani'],
    men: ['Ade Suryana', 'Dedi Supriadi', 'Ujang Sopandi', 'Cucu Sumarna'],
    women: ['Euis Komariah', 'Entin', 'Imas', 'Nining Kurniasih'],
  },
  {
    key: 'batak',
    share: 4,
    kind: 'family',
    languages: ['Indonesia, Batak Toba', 'Indonesia', null],
    boys: ['Roy', 'Jonatan', 'Hotman', 'Daniel', 'Samuel', 'Parulian', 'Togar', 'Bonar', 'Hendra', 'Yosua'],
    girls: ['Maria', 'Hotma', 'Rosmawati', 'Lasma', 'Ruth', 'Tiurma', 'Nova', 'Sarah', 'Lamtiar'],
    second: names(`
      Simanjuntak, Situmorang, Sihombing, Nainggolan, Hutapea, Siregar, Pardede, Manurung, Sitorus,
      Panjaitan, Simatupang, Hutagalung
    `),
  },
  {
    key: 'minang',
    share: 3,
    kind: 'personal',
    languages: ['Indonesia, Minang', null],
    boys: ['Rizki', 'Fadli', 'Ilham', 'Ridho', 'Arif', 'Hafiz', 'Zulfikar'],
    girls: ['Putri', 'Rahmi', 'Nadia', 'Fitri', 'Aulia', 'Zahra'],
    second: ['Fadhillah', 'Syahputra', 'Ramadhan', 'Hidayatullah', 'Putra'],
    secondGirls: ['Rahmadani', 'Yulianti', 'Maharani', 'Ananda', 'Azzahra'],
    men: ['Syafrizal', 'Zainal Abidin', 'Darmawan', 'Yusrizal'],
    women: ['Yusnidar', 'Rosmaini', 'Nurhasanah', 'Elfi Suryani'],
  },
  {
    key: 'bugis',
    share: 6,
    kind: 'personal',
    languages: ['Indonesia, Bugis', 'Indonesia, Bugis', null],
    boys: ['Muhammad', 'Andi', 'Syamsul', 'Ilham', 'Arham', 'Akbar', 'Rahmat', 'Irfan'],
    girls: ['Nurul', 'Andi', 'Nurhaliza', 'Sitti', 'Fatimah', 'Hasnah', "Khairunnisa'"],
    second: ['Fajar', 'Ilham', 'Hidayat', 'Saputra', 'Amir', 'Bahri', 'Rahman', 'Syahrir'],
    secondGirls: ['Hikmah', 'Aulia', 'Rahmawati', 'Azizah', 'Ramadhani', 'Fitriani'],
    men: names(`H. Ma'ruf, H. Abdul Rahman, Baharuddin, Syamsuddin, Syafi'i, Muhammad Yusuf, Andi Baso`),
    women: ['Hj. Nurbaya', 'Sitti Aminah', 'Hasnawati', 'Andi Megawati', 'Nurhayati'],
  },
  {
    key: 'bali',
    share: 4,
    kind: 'bali',
    languages: ['Indonesia, Bali', null],
    boys: ['Adi Putra', 'Agus Suarjana', 'Arya Wiguna', 'Dharma Yasa', 'Eka Saputra', 'Surya Pratama'],
    girls: ['Ayu Lestari', 'Sri Wahyuni', 'Dewi Kartika', 'Intan Pratiwi', 'Ayu Widiastuti', 'Sinta Dewi'],
    second: [],
    men: ['Sudarsa', 'Suwitra', 'Mertha', 'Sukadana', 'Wirawan'],
    women: ['Sukarini', 'Suastini', 'Ariani', 'Sumerti'],
  },
  {
    key: 'tionghoa',
    share: 4,
    kind: 'family',
    languages: ['Indonesia', null, null],
    boys: ['Kevin', 'Michael', 'Vincent', 'Felix', 'Steven', 'Jason', 'Jonathan', 'Nicholas'],
    girls: ['Jessica', 'Stefanie', 'Angeline', 'Michelle', 'Vivian', 'Cindy', 'Felicia'],
    second: ['Wijaya', 'Halim', 'Tanoto', 'Gunawan', 'Salim', 'Lim', 'Tan', 'Liem', 'Sutanto', 'Hartono'],
    men: ['Hendra', 'Budi', 'Suryadi', 'Johan', 'Robert', 'Teddy'],
    women: ['Lina', 'Susanti', 'Meiliana', 'Yanti', 'Lenny'],
  },
];

const BALI_ORDER: Record<Gender, readonly string[]> = {
  L: ['Wayan', 'Putu', 'Gede', 'Made', 'Kadek', 'Nyoman', 'Komang', 'Ketut'],
  P: ['Wayan', 'Putu', 'Luh', 'Made', 'Kadek', 'Nyoman', 'Komang', 'Ketut'],
};

/** A person's name in parts: the family name is what siblings share. */
export interface PersonName {
  given: string;
  family: string | null;
}

export const fullName = (name: PersonName): string =>
  name.family ? `${name.given} ${name.family}` : name.given;

/**
 * A student's name in a region's way: for family cultures one or two given names and the family
 * name (or the given `family`, for a sibling); otherwise one or two personal names.
 * @example nameStudent(rng, timor, 'P') // { given: 'Yuliana', family: 'Manafe' }
 */
export function nameStudent(rng: Rng, region: Region, gender: Gender, family?: string): PersonName {
  const given = gender === 'L' ? region.boys : region.girls;
  if (region.kind === 'bali') {
    const prefix = gender === 'L' ? 'I' : 'Ni';
    return { given: `${prefix} ${rng.pick(BALI_ORDER[gender])} ${rng.pick(given)}`, family: null };
  }
  if (region.kind === 'family') {
    const first = rng.pick(given);
    const second = rng.chance(0.2) ? ` ${rng.pick(given)}` : '';
    return {
      given: second.endsWith(first) ? first : first + second,
      family: family ?? rng.pick(region.second),
    };
  }
  const seconds = gender === 'P' && region.secondGirls ? region.secondGirls : region.second;
  const first = rng.pick(given);
  return { given: rng.chance(0.15) ? first : `${first} ${rng.pick(seconds)}`, family: null };
}

/**
 * A guardian's name: the father (seven times in ten) with the family name, or the mother.
 * @example nameGuardian(rng, timor, 'Manafe') // 'Yakob Manafe'
 */
export function nameGuardian(rng: Rng, region: Region, family: string | null): string {
  const father = rng.chance(0.7);
  const names = father ? (region.men ?? region.boys) : (region.women ?? region.girls);
  const given = rng.pick(names);
  if (region.kind === 'bali') {
    return `${father ? 'I' : 'Ni'} ${rng.pick(BALI_ORDER[father ? 'L' : 'P'])} ${given}`;
  }
  if (region.kind === 'family') return `${given} ${father && family ? family : rng.pick(region.second)}`;
  return given;
}
