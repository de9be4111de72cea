import { Faker, base, en, id_ID } from '@faker-js/faker';
import type { Rng } from './rng';

/**
 * Kolaka is Tolaki, Bugis, Bajo, Muna/Buton and Javanese (transmigrants): faker's Indonesian
 * names are mostly Javanese, so a share of names comes from this short list of names common in
 * Sulawesi Tenggara.
 */
const LOKAL = {
  L: ['Muhammad', 'Andi', 'Rusdin', 'Jamaluddin', 'Syamsul', 'Arifin', 'Hasanuddin', 'La Ode Ahmad',
    'Abdul Rahman', 'Muh. Amir', 'Sukri', 'Ruslan', 'Asrul', 'Baharuddin', 'Jumadil', 'Lapili',
    'Amiruddin', 'Haerul', 'Kaharuddin', 'Tamrin'],
  P: ['Nurhayati', 'Sitti Aminah', 'Hasna', 'Rosmini', 'Hasriani', 'Wa Ode Sariani', 'Nurmiati',
    'Andi Fatimah', 'Rahmawati', 'Jumriah', 'Suriani', 'Hamsiah', 'Darmawati', 'Nurjannah',
    'Asriani', 'Marlina', 'Sumarni', 'Halijah', 'Wa Ina', 'Ramlah']
} as const;

const LOKAL_SHARE = 0.4;
const SINGLE_NAME_SHARE = 0.25;

export type JenisKelamin = 'L' | 'P';

/** Names and phone numbers drawn from the generator's own random stream. */
export class NameSource {
  readonly #rng: Rng;
  readonly #faker: Faker;

  constructor(rng: Rng) {
    this.#rng = rng;
    // Faker calls the randomizer's methods unbound.
    const randomizer = { next: () => rng.next(), seed: (s: number | number[]) => rng.seed(s) };
    this.#faker = new Faker({ locale: [id_ID, en, base], randomizer });
  }

  nama(jenisKelamin: JenisKelamin): string {
    const sex = jenisKelamin === 'L' ? 'male' : 'female';
    const depan = this.#rng.chance(LOKAL_SHARE)
      ? this.#rng.pick(LOKAL[jenisKelamin])
      : this.#faker.person.firstName(sex);
    if (this.#rng.chance(SINGLE_NAME_SHARE)) return depan;
    return `${depan} ${this.#faker.person.lastName(sex)}`;
  }

  /** Indonesian mobile number, `08xx…`, 11–12 digits. */
  telepon(): string {
    const operator = this.#rng.pick(['11', '12', '13', '21', '22', '23', '52', '53', '77', '78', '81', '82', '85', '95', '96']);
    let rest = '';
    const len = this.#rng.int(7, 8);
    for (let i = 0; i < len; i++) rest += this.#rng.int(0, 9);
    return `08${operator}${rest}`;
  }
}
