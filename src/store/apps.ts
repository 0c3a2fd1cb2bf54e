import { listApps } from "../api/directory";
import { createListCache } from "./list-cache";

/** The apps the signed-in person owns. */
export const useApps = createListCache(listApps);
