/** The answer when CouchDB cannot be reached: nothing on the device is lost, try again. */
export const TIDAK_TERSEDIA = {
  error: 'unavailable',
  reason: 'Server basis data sedang tidak dapat dihubungi. Data Anda tetap tersimpan di perangkat; coba lagi sebentar lagi.'
};
