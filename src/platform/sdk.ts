// The zmp-sdk APIs the app uses, and only those: importing "zmp-sdk/apis" whole loads every API
// (about 60 KB gzip) on the path to the first signed-in screen inside Zalo.
import {
  checkTransaction,
  createOrder,
  downloadFile,
  events,
  EventName,
  getAccessToken,
  getPhoneNumber,
  nativeStorage,
  openDocument,
  openShareSheet,
  openWebview,
  requestUpdateZalo,
  saveImageToGallery,
} from "zmp-sdk/apis";

export const sdk = {
  checkTransaction,
  createOrder,
  downloadFile,
  events,
  EventName,
  getAccessToken,
  getPhoneNumber,
  nativeStorage,
  openDocument,
  openShareSheet,
  openWebview,
  requestUpdateZalo,
  saveImageToGallery,
};
