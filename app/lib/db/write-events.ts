/** Local saves, discards and sync confirmations announce themselves, so counts shown elsewhere refresh. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onLocalWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyLocalWrite(): void {
  for (const listener of listeners) listener();
}
