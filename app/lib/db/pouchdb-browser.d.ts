// pouchdb-browser ships no types; it is PouchDB core with the IndexedDB and HTTP adapters,
// map/reduce and replication, which @types/pouchdb-core describes (replication: replication.ts).
declare module 'pouchdb-browser' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
