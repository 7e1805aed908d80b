// Chrome offscreen document: hosts the image engine (the MV3 service worker has no DOM, canvas or
// workers). Thin: answers relayed analyse requests from lib/background/image-host.ts.
import { browser } from 'wxt/browser';
import { browserImageEngine, fromBase64 } from '@/lib/image/browser';
import { isOffscreenAnalyseRequest, isOffscreenWarmUpRequest, type AnalyseImageResponse } from '@/lib/image/messages';

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: AnalyseImageResponse | boolean) => void) => {
  if (isOffscreenWarmUpRequest(message)) {
    void browserImageEngine().warmUp().then(sendResponse);
    return true;
  }
  if (!isOffscreenAnalyseRequest(message)) return undefined;
  void browserImageEngine()
    .analyse(message.id, fromBase64(message.base64), { timeoutMs: message.timeoutMs })
    .then((analysis) => sendResponse({ analysis }));
  return true;
});
