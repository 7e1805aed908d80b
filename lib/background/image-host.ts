// Answers 'analyse-image' requests from content scripts. Chrome: relays to the offscreen document;
// Firefox: runs the engine in the background page. STUB until the image engine lands.
export function startImageHost(): void {}
