import { send, type ApiResponse, type RequestOptions } from "./http";
import type { ServerProcess } from "./server-process";

export interface Cluster {
  /**
   * Sends to the instances in turn, as a round-robin load balancer does. A request whose
   * instance is gone (the connection refused or cut) is sent again to the next one, as the app
   * retries a request that got no answer: the same body, the same Idempotency-Key.
   */
  request(method: string, path: string, opts?: RequestOptions): Promise<ApiResponse>;
  /** Requests each instance answered. */
  answered: number[];
  /** Requests sent again because their instance was gone. */
  resent: number;
}

export function createCluster(instances: ServerProcess[]): Cluster {
  let turn = 0;
  const cluster: Cluster = {
    answered: instances.map(() => 0),
    resent: 0,
    async request(method, path, opts) {
      for (let attempt = 0; attempt < 2 * instances.length; attempt++) {
        const at = turn++ % instances.length;
        try {
          const res = await send(instances[at]!.url, method, path, opts);
          cluster.answered[at]!++;
          return res;
        } catch {
          cluster.resent++;
        }
      }
      throw new Error(`${method} ${path}: no instance answered`);
    },
  };
  return cluster;
}
