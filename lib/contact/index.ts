export { buildContactLink, encodeMailtoPart, MAX_LINK_LENGTH, type ContactLink } from './links';
export { contactBody, contactSubject, type ContactRequest } from './message';
