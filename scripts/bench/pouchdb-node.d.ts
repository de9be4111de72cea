// The PouchDB pieces the bench runs in Node ship no types of their own: adapters and
// replication are plugins, and the database they make is what @types/pouchdb-core describes.
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
