// The PouchDB pieces the benchmark runs in Node ship no types of their own: an adapter and the
// map/reduce plugin are plugins, and the database they make is what @types/pouchdb-core describes.
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
