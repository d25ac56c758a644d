/** Documents behind each transaction: data files and PDF attachments, generated deterministically on demand. */
export { listFiles, renderFile } from "./catalog";
export { buildModel, type DocumentModel } from "./model";
