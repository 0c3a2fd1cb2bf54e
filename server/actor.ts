/** Who does a write: the signed-in person (or a provider, for its callbacks) and their request. */
export interface Actor {
  personId: string;
  requestId?: string;
}
