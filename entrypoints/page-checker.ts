import { handOverPageChecker } from './content/page-checker-handoff';
import { startPageChecker } from './content/start-page-checker';

/**
 * The page checker (page → adapter → document model → engine + pack → findings → overlay), injected by
 * the background into a frame whose loader found somewhere a document could be written
 * (content/page-checker-handoff.ts). It only hands its start function to the loader.
 */
export default defineUnlistedScript(() => handOverPageChecker(startPageChecker));
